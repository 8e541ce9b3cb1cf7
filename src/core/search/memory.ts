/**
 * Translation memory: which stored sentences to look at for a new one, and which to offer.
 * Candidates share a content root with the sentence (function words would make every sentence a
 * candidate); offers are scored by word-level similarity and must reach MIN_MEMORY_SCORE.
 */
import type { EngineQuery } from './query';
import { similarity } from './fuzzy';
import { plainTokens, rootText } from './words';

export const MIN_MEMORY_SCORE = 50;
export const MEMORY_OFFERS = 3;

/** Frequent Indonesian function words: in nearly every sentence, so no evidence of likeness. */
const FUNCTION_WORDS = new Set(
  'yang dan di ke dari ini itu dengan untuk pada dalam tidak akan adalah oleh atau juga ada sudah telah saat bahwa karena sebagai tersebut para serta hingga namun lebih kata bagi agar jika secara masih sejak tak nya pun lah kah ia mereka kami kita saya anda dia tentang terhadap seperti setelah sebelum ketika yaitu kepada antara sebuah seorang'.split(' '),
);

/**
 * At most this many roots ask for candidates: every root widens the set the engine ranks. The
 * longest are kept, as longer words are on the whole the rarer ones (and so the telling ones).
 */
export const MEMORY_QUERY_ROOTS = 6;

/**
 * How to ask the engine for candidates, in two steps: `near` wants all but one of the sentence's
 * telling roots (a near repetition, the memory's main case; few rows, so ranking them is cheap),
 * `wider` fewer, asked only when the near step finds too few offers: any one root when the sentence
 * has two, else at least two of them (null for one or three roots, where that is the near step).
 * Why not any one root of a longer sentence: a stored sentence sharing a single telling root of
 * three or more rarely has half its words in common, and the step had to rank every sentence sharing
 * any of them (for a sentence the library did not hold, up to 15,000 of 100,000; at least two of
 * them, at most about 1,000).
 */
export interface MemoryQueries {
  near: EngineQuery;
  wider: EngineQuery | null;
}

/** Each group's roots all wanted, any group: an engine query for each engine. */
function anyGroup(groups: string[][]): EngineQuery {
  return {
    fts5: groups.map((g) => (g.length === 1 ? `"${g[0]}"` : `(${g.map((r) => `"${r}"`).join(' AND ')})`)).join(' OR '),
    tsquery: groups.map((g) => (g.length === 1 ? g[0]! : `(${g.join(' & ')})`)).join(' | '),
  };
}

export function memoryQueries(text: string): MemoryQueries | null {
  const content = [...new Set(plainTokens(rootText(text)).filter((r) => !FUNCTION_WORDS.has(r) && !/^\d+$/.test(r)))];
  const roots = content.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, MEMORY_QUERY_ROOTS);
  if (roots.length === 0) return null;
  if (roots.length < 3) return { near: anyGroup([roots]), wider: roots.length === 2 ? anyGroup(roots.map((r) => [r])) : null };
  const allButOne = roots.map((_, left) => roots.filter((__, i) => i !== left));
  const pairs = roots.flatMap((a, i) => roots.slice(i + 1).map((b) => [a, b]));
  return { near: anyGroup(allButOne), wider: roots.length === 3 ? null : anyGroup(pairs) };
}

export interface MemoryCandidate<T> {
  source: string;
  /** The translation: the same pair met twice is offered once. */
  target: string;
  item: T;
}

/** Whether a stored sentence is alike enough to be offered: the translation of one that is not need not be read. */
export function alikeEnough(text: string, stored: string): boolean {
  return similarity(text, stored) >= MIN_MEMORY_SCORE;
}

/** The best offers among candidates: score at least MIN_MEMORY_SCORE, best first, one per distinct pair. */
export function bestOffers<T>(text: string, candidates: readonly MemoryCandidate<T>[]): { score: number; item: T }[] {
  const seen = new Set<string>();
  const scored: { score: number; item: T }[] = [];
  for (const c of candidates) {
    const score = similarity(text, c.source);
    const pair = `${c.source}\n${c.target}`;
    if (score < MIN_MEMORY_SCORE || seen.has(pair)) continue;
    seen.add(pair);
    scored.push({ score, item: c.item });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, MEMORY_OFFERS);
}
