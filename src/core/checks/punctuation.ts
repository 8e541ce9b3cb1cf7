/**
 * Final punctuation check: a question stays a question, a sentence that ends stays ended, a
 * heading without a stop stays without one. Closing quotes and brackets are looked through;
 * an ellipsis counts as a full stop.
 */
import { isTranslated, type CheckPair, type Finding } from './types';

const CLOSERS = /[\s"'”’»)\]}]+$/u;
const MARKS: Record<string, string> = { '.': '.', '…': '.', '?': '?', '!': '!', ':': ':', ';': ';' };

/** The mark a text ends with ('.', '?', '!', ':', ';'), or '' when it ends without one. */
export function finalMark(text: string): string {
  const trimmed = text.replace(CLOSERS, '');
  return MARKS[trimmed.at(-1) ?? ''] ?? '';
}

export function checkPunctuation(pair: CheckPair): Finding | null {
  if (!isTranslated(pair)) return null;
  const source = finalMark(pair.source.at(-1)!);
  const target = finalMark(pair.target.at(-1)!);
  if (source === target) return null;
  return { check: 'punctuation', link: pair.link, params: { source: source || '–', target: target || '–' } };
}
