import { alignUnits } from '../align/index';
import type { ConfirmedLink, Link } from '../model';
import { linkRangeOf } from './units';

/**
 * Re-aligns the sentence links around one paragraph group: the range of
 * links that touch the group's sentences is widened to whole links, aligned
 * afresh and put back. Confirmed links inside the range stay as they are.
 */
export function realignRange(
  links: readonly ConfirmedLink[],
  sourceSentences: readonly string[],
  targetSentences: readonly string[],
  group: { source: number[]; target: number[] },
  options: { lexicon?: ReadonlyMap<string, string[]> } = {},
): ConfirmedLink[] {
  const bySource = linkRangeOf(links, 'source', group.source);
  const byTarget = linkRangeOf(links, 'target', group.target);
  const ranges = [bySource, byTarget].filter((r): r is [number, number] => r !== null);
  if (ranges.length === 0) return [...links];
  const first = Math.min(...ranges.map((r) => r[0]));
  const last = Math.max(...ranges.map((r) => r[1]));
  const slice = links.slice(first, last + 1);
  const src = slice.flatMap((l) => l.source);
  const tgt = slice.flatMap((l) => l.target);
  const local = (units: number[], all: number[]) => units.map((u) => all.indexOf(u));
  const locked = slice
    .filter((l) => l.confirmed)
    .map((l) => ({ source: local(l.source, src), target: local(l.target, tgt), confidence: 1 }));
  const aligned = alignUnits(
    src.map((u) => sourceSentences[u]),
    tgt.map((u) => targetSentences[u]),
    { locked, lexicon: options.lexicon },
  ).map((l) => ({
    source: l.source.map((i) => src[i]),
    target: l.target.map((i) => tgt[i]),
    confidence: l.confidence,
    confirmed: false,
  }));
  const confirmedAgain = aligned.map((l) =>
    slice.some((c) => c.confirmed && sameUnits(c, l)) ? { ...l, confidence: 1, confirmed: true } : l,
  );
  return [...links.slice(0, first), ...confirmedAgain, ...links.slice(last + 1)];
}

const sameUnits = (a: Link, b: Link) =>
  a.source.join() === b.source.join() && a.target.join() === b.target.join();

/**
 * A fresh alignment as stored: links people confirmed were locked, so they
 * come back unchanged and are marked confirmed again; every other link is
 * open to the next re-alignment.
 */
export function withConfirmed(links: readonly Link[], locked: readonly ConfirmedLink[] = []): ConfirmedLink[] {
  const confirmed = new Set(locked.map(unitsKey));
  return links.map((l) => (confirmed.has(unitsKey(l)) ? { ...l, confidence: 1, confirmed: true } : { ...l, confirmed: false }));
}

const unitsKey = (l: Link) => `${l.source.join(',')}|${l.target.join(',')}`;
