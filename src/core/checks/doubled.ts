/**
 * Doubled words check: "the the" in the English. A few doublings are grammar ("had had",
 * "that that"); Indonesian reduplication is written with a hyphen and is not looked at.
 */
import { isTranslated, type CheckPair, type Finding } from './types';

const DOUBLED = /(?<![\p{L}\p{N}'-])([\p{L}\p{N}']+)\s+\1(?![\p{L}\p{N}'-])/giu;
const GRAMMATICAL = new Set(['had', 'that']);

/** The words written twice in a row, lower-cased, in order. */
export function doubledWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DOUBLED)) {
    const word = m[1]!.toLowerCase();
    if (!GRAMMATICAL.has(word) && !/^\d+$/.test(word)) out.push(word);
  }
  return out;
}

export function checkDoubled(pair: CheckPair): Finding | null {
  if (!isTranslated(pair)) return null;
  const words = pair.target.flatMap(doubledWords);
  return words.length === 0 ? null : { check: 'doubled', link: pair.link, params: { words: words.join(', ') } };
}
