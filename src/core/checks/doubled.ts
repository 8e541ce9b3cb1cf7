/**
 * Doubled words check: "the the" in the English. A few doublings are grammar ("had had",
 * "that that"); Indonesian reduplication is written with a hyphen and is not looked at.
 */
import { isTranslated, type CheckPair, type Finding } from './types';

/** A word: letters, digits, apostrophes and hyphens ("so-so" is one word, not a doubling). */
const WORD = /[\p{L}\p{N}'-]+/gu;
const ONLY_SPACE = /^\s+$/u;
const GRAMMATICAL = new Set(['had', 'that']);

/**
 * A word, white space and the same word again, ignoring case, in one pass of the pattern: every
 * doubling passes it (two words that lower-case alike also match case-insensitively), so the
 * many texts without one skip the word-by-word scan, which costs a match per word.
 */
const MAY_DOUBLE = /(?<![\p{L}\p{N}'-])([\p{L}\p{N}'-]+)\s+\1(?![\p{L}\p{N}'-])/iu;

/** The words written twice in a row (only white space between), lower-cased, in order. */
export function doubledWords(text: string): string[] {
  if (!MAY_DOUBLE.test(text)) return [];
  const out: string[] = [];
  let previous = '';
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const doubled = word === previous && ONLY_SPACE.test(text.slice(previousEnd, m.index));
    if (doubled && !GRAMMATICAL.has(word) && !/^\d+$/.test(word)) out.push(word);
    // A word counted as doubled does not start another doubling ("the the the" is one).
    previous = doubled ? '' : word;
    previousEnd = m.index + m[0].length;
  }
  return out;
}

export function checkDoubled(pair: CheckPair): Finding | null {
  if (!isTranslated(pair)) return null;
  const words = pair.target.flatMap(doubledWords);
  return words.length === 0 ? null : { check: 'doubled', link: pair.link, params: { words: words.join(', ') } };
}
