/**
 * The roots of a text's Indonesian words, each once: what a document asks of a reader. Numbers
 * are left out (nobody learns "2.500").
 */
import { visitWords } from '../glossary/words';
import { indonesianKey } from './keys';

export function documentRoots(texts: readonly string[]): string[] {
  const roots = new Set<string>();
  for (const text of texts) {
    visitWords(text, false, (word) => {
      if (!/^[\d.,-]+$/.test(word)) roots.add(indonesianKey(word));
    });
  }
  return [...roots].sort();
}
