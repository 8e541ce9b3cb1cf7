/**
 * The word forms search compares: Indonesian words by their root (the glossary's morphology,
 * so serang, serangan, diserang and menyerang meet), English words by their Porter stem.
 * The index holds the Indonesian roots as written here. English is stemmed by SQLite's FTS5 (its
 * porter tokenizer); PostgreSQL indexes the stems written here (`stemText`), which its own
 * 'english' configuration would work out again for every sentence written, at three times the cost.
 */
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Lang } from '../model';
import { analyseWord } from '../glossary/morphology/analyse';
import { rootsVersion } from '../glossary/morphology/dictionary';
import { visitWords } from '../glossary/words';

/** The root of an Indonesian word, or the word itself (lower-cased) when the morphology knows none. */
export function indonesianRoot(word: string): string {
  const lower = word.toLowerCase();
  return analyseWord(lower)?.root ?? lower;
}

/**
 * A pure function of a word, its results kept: texts repeat their words. Bounded like the
 * morphology's memo, and emptied whole when full (cheaper than tracking age).
 */
function keptPerWord(compute: (word: string) => string): ((word: string) => string) & { clear(): void } {
  const kept = new Map<string, string>();
  const lookUp = (word: string) => {
    let result = kept.get(word);
    if (result === undefined) {
      result = compute(word);
      if (kept.size >= WORD_MEMO_LIMIT) kept.clear();
      kept.set(word, result);
    }
    return result;
  };
  return Object.assign(lookUp, { clear: () => kept.clear() });
}

const WORD_MEMO_LIMIT = 100_000;

const stemOfLower = keptPerWord((lower) => porter.stem(lower.replace(/['’]s$/, '')));

export function englishStem(word: string): string {
  return stemOfLower(word.toLowerCase());
}

/** How a word is compared in its language. */
export function searchForm(word: string, lang: Lang): string {
  return lang === 'id' ? indonesianRoot(word) : englishStem(word);
}

/** The roots of an Indonesian text, one per word in reading order: the column the index reads. */
export function rootText(text: string): string {
  if (rootMemoVersion !== rootsVersion()) {
    rootOfWord.clear();
    rootMemoVersion = rootsVersion();
  }
  let out = '';
  visitWords(text, false, (word) => {
    const root = rootOfWord(word);
    out = out === '' ? root : `${out} ${root}`;
  });
  return out;
}

/**
 * Each word as written to its root: every imported sentence is reduced to roots for the index, and
 * one look-up here saves lower-casing and the morphology's own look-up (about 40% of an import's
 * indexing time). Emptied when the installed dictionary (and so the roots) changes.
 */
const rootOfWord = keptPerWord(indonesianRoot);
let rootMemoVersion = -1;

/**
 * English words PostgreSQL's index leaves out, as its 'english' configuration did (its english.stop):
 * in nearly every sentence, so they would only make the index larger.
 */
const ENGLISH_STOP_WORDS = new Set(
  'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very s t can will just don should now'.split(
    ' ',
  ),
);

/** An English token (lower case, letters, marks and digits) as PostgreSQL's index holds it: its stem, or null for a stop word. */
export function englishIndexForm(token: string): string | null {
  return ENGLISH_STOP_WORDS.has(token) ? null : englishStem(token);
}

/** The stems of an English text, one per word in reading order, stop words left out: the column PostgreSQL indexes English by. */
export function stemText(text: string): string {
  let out = '';
  for (const token of plainTokens(text)) {
    const form = indexFormOf(token);
    if (form !== '') out = out === '' ? form : `${out} ${form}`;
  }
  return out;
}

/** Each token to its index form ('' for a stop word): one look-up per word of every English sentence imported. */
const indexFormOf = keptPerWord((token) => englishIndexForm(token) ?? '');

/** The words search compares of a sentence, as the `roots` column holds them: Indonesian roots, English stems. */
export function searchColumn(text: string, lang: Lang): string {
  return lang === 'id' ? rootText(text) : stemText(text);
}

/** Letters, marks and digits only: what both full-text engines read as one token. */
export function plainTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
