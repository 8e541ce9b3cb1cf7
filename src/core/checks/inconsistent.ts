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

/** The form two sentences are compared in. */
export function sentenceKey(text: string): string {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
  // A loop, not /[.!?…]+$/: that regex goes back over every run of stops inside the text.
  let end = key.length;
  while (end > 0 && STOPS.has(key[end - 1]!)) end--;
  return key.slice(0, end);
}

/** At least four words, tested without splitting the sentence into them. */
const FOUR_WORDS = /^\P{L}*\p{L}+(?:\P{L}+\p{L}+){3}/u;

/** For each Indonesian sentence key, the distinct English translations (by key, first wording kept). */
export function translationsByKey(pairs: readonly LibraryPair[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const p of pairs) {
    const key = sentenceKey(p.source);
    let targets = out.get(key);
    if (!targets) out.set(key, (targets = new Map()));
    const target = sentenceKey(p.target);
    if (target !== '' && !targets.has(target)) targets.set(target, p.target);
  }
  return out;
}

/** The document's one-to-one pairs whose Indonesian the library (document included) translates in more than one way. */
export function checkInconsistent(pairs: readonly CheckPair[], library: readonly LibraryPair[]): Finding[] {
  const own = pairs.filter((p) => p.source.length === 1 && p.target.length === 1 && FOUR_WORDS.test(p.source[0]!));
  const known = translationsByKey([...library, ...own.map((p) => ({ source: p.source[0]!, target: p.target[0]! }))]);
  const out: Finding[] = [];
  for (const pair of own) {
    const targets = known.get(sentenceKey(pair.source[0]!));
    // Most sentences occur once: only those with two translations pay for the comparison.
    if (!targets || targets.size < 2) continue;
    const mine = sentenceKey(pair.target[0]!);
    const others = [...targets].filter(([key]) => key !== mine).map(([, text]) => text);
    out.push({ check: 'inconsistent', link: pair.link, params: { count: targets.size, others: others.slice(0, MAX_SHOWN).join(' | ') } });
  }
  return out;
}
