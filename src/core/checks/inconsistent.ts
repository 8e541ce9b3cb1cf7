/**
 * Inconsistent translation check: the same Indonesian sentence translated two ways in the
 * library (this document included). Sentences are compared as one-to-one pairs, ignoring case,
 * spacing and the final stop; sentences of fewer than four words ("Ya.", "Terima kasih.") may
 * rightly be translated several ways and are left alone.
 */
import type { CheckPair, Finding } from './types';

/** A one-to-one sentence pair of the library. */
export interface LibraryPair {
  source: string;
  target: string;
}

const MAX_SHOWN = 3;

const STOPS = new Set(['.', '!', '?', '…']);

const RUN_OF_SPACE = /\s\s|[^\S ]/;

/** The form two sentences are compared in. */
export function sentenceKey(text: string): string {
  const lower = text.toLowerCase();
  // Most sentences have single spaces only: they skip the replacing.
  const key = (RUN_OF_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
  // A loop, not /[.!?…]+$/: that regex goes back over every run of stops inside the text.
  let end = key.length;
  while (end > 0 && STOPS.has(key[end - 1]!)) end--;
  return key.slice(0, end);
}

/** At least four words, tested without splitting the sentence into them. */
const FOUR_WORDS = /^\P{L}*\p{L}+(?:\P{L}+\p{L}+){3}/u;

interface KeyedPair extends LibraryPair {
  sourceKey: string;
  targetKey: string;
}

const keyed = (p: LibraryPair): KeyedPair => ({ ...p, sourceKey: sentenceKey(p.source), targetKey: sentenceKey(p.target) });

/** For each Indonesian sentence key, the distinct English translations (by key, first wording kept). */
export function translationsByKey(pairs: readonly KeyedPair[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const p of pairs) {
    let targets = out.get(p.sourceKey);
    if (!targets) out.set(p.sourceKey, (targets = new Map()));
    if (p.targetKey !== '' && !targets.has(p.targetKey)) targets.set(p.targetKey, p.target);
  }
  return out;
}

/** The document's one-to-one pairs whose Indonesian the library (document included) translates in more than one way. */
export function checkInconsistent(pairs: readonly CheckPair[], library: readonly LibraryPair[]): Finding[] {
  const own = pairs
    .filter((p) => p.source.length === 1 && p.target.length === 1 && FOUR_WORDS.test(p.source[0]!))
    .map((p) => ({ link: p.link, ...keyed({ source: p.source[0]!, target: p.target[0]! }) }));
  const known = translationsByKey([...library.map(keyed), ...own]);
  const out: Finding[] = [];
  for (const pair of own) {
    const targets = known.get(pair.sourceKey);
    // Most sentences occur once: only those with two translations are reported.
    if (!targets || targets.size < 2) continue;
    const others = [...targets].filter(([key]) => key !== pair.targetKey).map(([, text]) => text);
    out.push({ check: 'inconsistent', link: pair.link, params: { count: targets.size, others: others.slice(0, MAX_SHOWN).join(' | ') } });
  }
  return out;
}
