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

/** Whether a sentence is long enough to be compared (four words or more): only such sentences are looked up in the library. */
export const isComparable = (text: string): boolean => FOUR_WORDS.test(text);

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
    if (p.source.length !== 1 || p.target.length !== 1 || !isComparable(p.source[0]!)) continue;
    out.push({ link: p.link, source: p.source[0]!, target: p.target[0]!, sourceKey: sentenceKey(p.source[0]!) });
  }
  return out;
}

/** The pairs of one Indonesian key, library first, then this document, each in order. */
interface KeyGroup {
  /** The English of each pair, and the index of the document's own pairs (-1: a library pair). */
  targets: string[];
  owners: number[];
}

/**
 * The pairs grouped by the key of their Indonesian: one look-up per pair, so a long document's
 * thousands of keys are each hashed and compared once.
 */
function groupByKey(library: readonly LibraryPair[], own: readonly OwnPair[]): Map<string, KeyGroup> {
  const groups = new Map<string, KeyGroup>();
  const add = (key: string, target: string, owner: number) => {
    const group = groups.get(key);
    if (group) {
      group.targets.push(target);
      group.owners.push(owner);
    } else groups.set(key, { targets: [target], owners: [owner] });
  };
  for (const p of library) add(sentenceKey(p.source), p.target, -1);
  own.forEach((p, i) => add(p.sourceKey, p.target, i));
  return groups;
}

/** The document's one-to-one pairs whose Indonesian the library (document included) translates in more than one way. */
export function checkInconsistent(pairs: readonly CheckPair[], library: readonly LibraryPair[]): Finding[] {
  const own = ownPairs(pairs);
  const found: (Finding | undefined)[] = new Array(own.length);
  for (const { targets, owners } of groupByKey(library, own).values()) {
    // Most sentences occur once: a key met once has one translation at most; so has a key
    // translated the same way, word for word, wherever it is met (no English key needed).
    if (targets.length < 2 || targets.every((t) => t === targets[0])) continue;
    // The distinct translations by key, the first wording of each kept.
    const keys = targets.map(sentenceKey);
    const distinct = new Map<string, string>();
    keys.forEach((key, k) => {
      if (key !== '' && !distinct.has(key)) distinct.set(key, targets[k]!);
    });
    if (distinct.size < 2) continue;
    const shown = new Map<string, string>();
    owners.forEach((owner, k) => {
      if (owner < 0) return;
      const targetKey = keys[k]!;
      let others = shown.get(targetKey);
      if (others === undefined) {
        const texts = [...distinct].filter(([key]) => key !== targetKey).map(([, text]) => text);
        shown.set(targetKey, (others = texts.slice(0, MAX_SHOWN).join(' | ')));
      }
      found[owner] = { check: 'inconsistent', link: own[owner]!.link, params: { count: distinct.size, others } };
    });
  }
  return found.filter((f) => f !== undefined);
}
