/**
 * Word-level edit distance, what both the translation memory (how close a stored sentence is
 * to the one being translated) and the effort figures (how much of the machine English a person
 * changed) are measured in. Words compare case-insensitively, punctuation aside.
 */
import { plainTokens } from './words';

/** Insertions, deletions and substitutions of words turning `a` into `b` (two rows, O(|a|·|b|) time). */
export function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function wordsOf(text: string): string[] {
  return plainTokens(text);
}

/** How alike two sentences are, 0 to 100: 100 less the share of words that differ. */
export function similarity(a: string, b: string): number {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 100;
  return Math.round(100 * (1 - wordEditDistance(x, y) / longest));
}
