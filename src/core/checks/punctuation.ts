/**
 * Final punctuation check: a question stays a question, a sentence that ends stays ended, a
 * heading without a stop stays without one. Closing quotes and brackets are looked through;
 * an ellipsis counts as a full stop.
 */
import { isTranslated, type CheckPair, type Finding } from './types';

const CLOSERS = new Set([' ', '\t', '\n', '"', "'", '”', '’', '»', ')', ']', '}']);
const MARKS = new Map([['.', '.'], ['…', '.'], ['?', '?'], ['!', '!'], [':', ':'], [';', ';']]);

/** The mark a text ends with ('.', '?', '!', ':', ';'), or '' when it ends without one. */
export function finalMark(text: string): string {
  // A loop from the end, not /[closers]+$/: that regex goes back over every run of closers inside the text.
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1]!)) end--;
  return MARKS.get(text[end - 1] ?? '') ?? '';
}

export function checkPunctuation(pair: CheckPair): Finding | null {
  if (!isTranslated(pair)) return null;
  const source = finalMark(pair.source.at(-1)!);
  const target = finalMark(pair.target.at(-1)!);
  if (source === target) return null;
  return { check: 'punctuation', link: pair.link, params: { source: source || '–', target: target || '–' } };
}
