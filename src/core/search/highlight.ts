/**
 * Which words of a hit to mark: in the language searched, the words whose root (Indonesian) or
 * stem (English) is one the query asked for; in the aligned partner, the words the built-in
 * word list gives as translations of those. Returns the text cut into marked and plain parts,
 * which the page escapes like any other text.
 */
import { buildLexicon, translate } from '../align/lexicon';
import type { Lang } from '../model';
import { visitWords } from '../glossary/words';
import type { SearchQuery } from './query';
import { englishStem, indonesianRoot, plainTokens, searchForm } from './words';

export interface MarkedPart {
  text: string;
  hit: boolean;
}

type WordTest = (word: string) => boolean;

/** The text cut into parts, words passing `test` marked. */
export function markWords(text: string, lang: Lang, test: WordTest): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let at = 0;
  visitWords(text, lang === 'en', (word, start) => {
    if (!test(word)) return;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: word, hit: true });
    at = start + word.length;
  });
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

export interface Marker {
  /** Marks the words of a hit that the query's wanted terms name. */
  hit(text: string): MarkedPart[];
  /** Marks the words of the aligned partner that translate (or are translated by) the query's words. */
  partner(text: string): MarkedPart[];
}

/** The query's word tests, made once for all its hits. */
export function markerFor(query: SearchQuery): Marker {
  const hit = hitTest(query);
  const partnerLang: Lang = query.lang === 'id' ? 'en' : 'id';
  const partner = query.lang === 'id' ? englishForIndonesian(query) : indonesianForEnglish(query);
  return { hit: (text) => markWords(text, query.lang, hit), partner: (text) => markWords(text, partnerLang, partner) };
}

function wantedWords(query: SearchQuery): string[] {
  return query.terms.filter((t) => !t.negated).flatMap((t) => t.words);
}

export function hitTest(query: SearchQuery): WordTest {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of query.terms) {
    if (term.negated) continue;
    if (term.prefix) prefixes.push(...term.tokens);
    else for (const word of term.words) exact.add(searchForm(word, query.lang));
  }
  return (word) => {
    if (exact.has(searchForm(word, query.lang))) return true;
    if (prefixes.length === 0) return false;
    const tokens = plainTokens(query.lang === 'id' ? indonesianRoot(word) : word);
    return prefixes.some((p) => tokens.some((t) => t.startsWith(p)));
  };
}

function englishForIndonesian(query: SearchQuery): WordTest {
  const lexicon = buildLexicon();
  const stems = new Set<string>();
  for (const word of wantedWords(query)) {
    for (const candidate of [word, indonesianRoot(word)]) for (const en of translate(lexicon, candidate) ?? []) stems.add(englishStem(en));
  }
  return (word) => stems.has(englishStem(word));
}

function indonesianForEnglish(query: SearchQuery): WordTest {
  const lexicon = buildLexicon();
  const stems = new Set(wantedWords(query).map(englishStem));
  const memo = new Map<string, boolean>();
  return (word) => {
    const root = indonesianRoot(word);
    let known = memo.get(root);
    if (known === undefined) {
      known = (translate(lexicon, word) ?? translate(lexicon, root) ?? []).some((en) => stems.has(englishStem(en)));
      memo.set(root, known);
    }
    return known;
  };
}
