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
 * `any` any of them, asked only when the near step finds too few offers.
 */
export interface MemoryQueries {
  near: EngineQuery;
  any: EngineQuery;
}

export function memoryQueries(text: string): MemoryQueries | null {
  const content = [...new Set(plainTokens(rootText(text)).filter((r) => !FUNCTION_WORDS.has(r) && !/^\d+$/.test(r)))];
  const roots = content.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, MEMORY_QUERY_ROOTS);
  if (roots.length === 0) return null;
  const groups = roots.length < 3 ? [roots] : roots.map((_, left) => roots.filter((__, i) => i !== left));
  return {
    near: {
      fts5: groups.map((g) => `(${g.map((r) => `"${r}"`).join(' AND ')})`).join(' OR '),
      tsquery: groups.map((g) => `(${g.join(' & ')})`).join(' | '),
    },
    any: { fts5: roots.map((r) => `"${r}"`).join(' OR '), tsquery: roots.join(' | ') },
  };
}

export interface MemoryCandidate<T> {
  source: string;
  /** The translation: the same pair met twice is offered once. */
  target: string;
  item: T;
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
