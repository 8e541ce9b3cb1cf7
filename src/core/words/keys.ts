/**
 * The keys words are counted and compared under: an Indonesian word by its root (diserang,
 * menyerang and serangan are all "serang"), an English word by a light stem (attacked,
 * attacks → "attack"), so the statistics of one form help every form of the word.
 */
import { analyseWord } from '../glossary/morphology/analyse';

/** The Indonesian word's root when the morphology finds one, else the word in lower case. */
export function indonesianKey(word: string): string {
  const lower = word.toLowerCase();
  return analyseWord(lower)?.root ?? lower;
}

const ENGLISH_ENDINGS: [string, string][] = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['sses', 'ss'],
  ['ing', ''],
  ['ed', ''],
  ['es', 'e'],
  ['s', ''],
];

/** English words in lower case without a possessive or a regular inflection; short words stay as they are. */
export function englishKey(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (lower.length <= 4 || lower.endsWith('ss')) return lower;
  for (const [ending, replacement] of ENGLISH_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 3) return lower.slice(0, -ending.length) + replacement;
  }
  return lower;
}

/** Digits written either way (2.500, 2,500) compare equal. */
export function numberKey(word: string): string | undefined {
  return /^\d[\d.,]*$/.test(word) ? word.replace(/[.,]/g, '') : undefined;
}
