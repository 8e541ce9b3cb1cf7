/**
 * The word forms search compares: Indonesian words by their root (the glossary's morphology,
 * so serang, serangan, diserang and menyerang meet), English words by their Porter stem.
 * The index holds the Indonesian roots as written here; English is stemmed by the database.
 */
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Lang } from '../model';
import { analyseWord } from '../glossary/morphology/analyse';
import { visitWords } from '../glossary/words';

/** The root of an Indonesian word, or the word itself (lower-cased) when the morphology knows none. */
export function indonesianRoot(word: string): string {
  const lower = word.toLowerCase();
  return analyseWord(lower)?.root ?? lower;
}

export function englishStem(word: string): string {
  const lower = word.toLowerCase();
  let stem = stems.get(lower);
  if (stem === undefined) {
    stem = porter.stem(lower.replace(/['’]s$/, ''));
    if (stems.size >= STEM_MEMO_LIMIT) stems.clear();
    stems.set(lower, stem);
  }
  return stem;
}

/** Stems are pure functions of the word and texts repeat their words; bounded like the morphology's memo. */
const STEM_MEMO_LIMIT = 100_000;
const stems = new Map<string, string>();

/** How a word is compared in its language. */
export function searchForm(word: string, lang: Lang): string {
  return lang === 'id' ? indonesianRoot(word) : englishStem(word);
}

/** The roots of an Indonesian text, one per word in reading order: the column the index reads. */
export function rootText(text: string): string {
  const roots: string[] = [];
  visitWords(text, false, (word) => roots.push(indonesianRoot(word)));
  return roots.join(' ');
}

/** Letters, marks and digits only: what both full-text engines read as one token. */
export function plainTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
