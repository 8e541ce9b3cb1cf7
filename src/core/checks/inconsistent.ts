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

/** A one-to-one pair of this document worth comparing, with its link and the key of its Indonesian. */
interface OwnPair {
  link: number;
  source: string;
  target: string;
  sourceKey: string;
}

function ownPairs(pairs: readonly CheckPair[]): OwnPair[] {
  const out: OwnPair[] = [];
  for (const p of pairs) {
    if (p.source.length !== 1 || p.target.length !== 1 || !FOUR_WORDS.test(p.source[0]!)) continue;
    out.push({ link: p.link, source: p.source[0]!, target: p.target[0]!, sourceKey: sentenceKey(p.source[0]!) });
  }
  return out;
}

/**
 * For each Indonesian sentence key met more than once (library first, then this document), the
 * distinct English translations by key, the first wording of each kept. A key met once has one
 * translation at most, so most sentences need no English key at all.
 */
function repeatedTranslations(library: readonly LibraryPair[], own: readonly OwnPair[]): Map<string, Map<string, string>> {
  const all = [...library.map((p) => ({ sourceKey: sentenceKey(p.source), target: p.target })), ...own];
  const seen = new Map<string, number>();
  for (const p of all) seen.set(p.sourceKey, (seen.get(p.sourceKey) ?? 0) + 1);
  const out = new Map<string, Map<string, string>>();
  for (const p of all) {
    if (seen.get(p.sourceKey)! < 2) continue;
    let targets = out.get(p.sourceKey);
    if (!targets) out.set(p.sourceKey, (targets = new Map()));
    const targetKey = sentenceKey(p.target);
    if (targetKey !== '' && !targets.has(targetKey)) targets.set(targetKey, p.target);
  }
  return out;
}

/** The document's one-to-one pairs whose Indonesian the library (document included) translates in more than one way. */
export function checkInconsistent(pairs: readonly CheckPair[], library: readonly LibraryPair[]): Finding[] {
  const own = ownPairs(pairs);
  const known = repeatedTranslations(library, own);
  const out: Finding[] = [];
  for (const pair of own) {
    const targets = known.get(pair.sourceKey);
    // Most sentences occur once: only those with two translations are reported.
    if (!targets || targets.size < 2) continue;
    const targetKey = sentenceKey(pair.target);
    const others = [...targets].filter(([key]) => key !== targetKey).map(([, text]) => text);
    out.push({ check: 'inconsistent', link: pair.link, params: { count: targets.size, others: others.slice(0, MAX_SHOWN).join(' | ') } });
  }
  return out;
}
