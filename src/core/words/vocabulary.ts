/**
 * The roots of a text's Indonesian words: each root once (what a document asks of a reader) and
 * the root of each distinct word as written in lower case (what the reader underlines by).
 * Numbers are left out (nobody learns "2.500").
 */
import { visitWords } from '../glossary/words';
import { indonesianKey } from './keys';

export interface DocumentRoots {
  roots: string[];
  byWord: Record<string, string>;
}

export function documentRoots(texts: readonly string[]): DocumentRoots {
  const byWord = new Map<string, string>();
  for (const text of texts) {
    visitWords(text, false, (word) => {
      const lower = word.toLowerCase();
      if (!byWord.has(lower) && !/^[\d.,-]+$/.test(word)) byWord.set(lower, indonesianKey(lower));
    });
  }
  return { roots: [...new Set(byWord.values())].sort(), byWord: Object.fromEntries(byWord) };
}
