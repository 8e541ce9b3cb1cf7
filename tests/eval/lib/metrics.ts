/**
 * Link scores in the Vecalign/Bertalign convention: 1-0 and 0-1 links are
 * left out; strict = exact match; lax = a link counts when it overlaps a
 * link of the other set on both sides.
 */
import type { SimpleLink } from './gold';

export interface Scores { strictP: number; strictR: number; strictF: number; laxP: number; laxR: number; laxF: number; top90P: number; count: number }

const key = (l: SimpleLink) => `${l.source.join(',')}|${l.target.join(',')}`;
const paired = (links: readonly SimpleLink[]) => links.filter((l) => l.source.length > 0 && l.target.length > 0);
const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

function overlapIndex(links: readonly SimpleLink[]): { bySource: Map<number, number[]> } {
  const bySource = new Map<number, number[]>();
  links.forEach((l, k) => { for (const s of l.source) bySource.set(s, [...(bySource.get(s) ?? []), k]); });
  return { bySource };
}

function laxHits(from: readonly SimpleLink[], against: readonly SimpleLink[]): number {
  const index = overlapIndex(against);
  let hits = 0;
  for (const l of from) {
    const candidates = new Set(l.source.flatMap((s) => index.bySource.get(s) ?? []));
    const targets = new Set(l.target);
    if ([...candidates].some((k) => against[k]!.target.some((t) => targets.has(t)))) hits++;
  }
  return hits;
}

/** Counts needed to pool scores over many documents. */
export interface Tally { predicted: number; gold: number; strictHits: number; laxPredHits: number; laxGoldHits: number; top: number; topHits: number }

export function tally(predicted: readonly (SimpleLink & { confidence?: number })[], gold: readonly SimpleLink[]): Tally {
  const pred = paired(predicted);
  const ref = paired(gold);
  const goldKeys = new Set(ref.map(key));
  const correct = pred.map((l) => goldKeys.has(key(l)));
  const order = pred.map((l, k) => ({ c: (l as { confidence?: number }).confidence ?? 0, ok: correct[k]! })).sort((a, b) => b.c - a.c);
  const top = Math.round(order.length * 0.9);
  return {
    predicted: pred.length,
    gold: ref.length,
    strictHits: correct.filter(Boolean).length,
    laxPredHits: laxHits(pred, ref),
    laxGoldHits: laxHits(ref, pred),
    top,
    topHits: order.slice(0, top).filter((x) => x.ok).length,
  };
}

export function addTally(a: Tally, b: Tally): Tally {
  return {
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    strictHits: a.strictHits + b.strictHits,
    laxPredHits: a.laxPredHits + b.laxPredHits,
    laxGoldHits: a.laxGoldHits + b.laxGoldHits,
    top: a.top + b.top,
    topHits: a.topHits + b.topHits,
  };
}

export const EMPTY_TALLY: Tally = { predicted: 0, gold: 0, strictHits: 0, laxPredHits: 0, laxGoldHits: 0, top: 0, topHits: 0 };

export function scores(t: Tally): Scores {
  const strictP = t.predicted ? t.strictHits / t.predicted : 0;
  const strictR = t.gold ? t.strictHits / t.gold : 0;
  const laxP = t.predicted ? t.laxPredHits / t.predicted : 0;
  const laxR = t.gold ? t.laxGoldHits / t.gold : 0;
  return { strictP, strictR, strictF: f1(strictP, strictR), laxP, laxR, laxF: f1(laxP, laxR), top90P: t.top ? t.topHits / t.top : 0, count: t.gold };
}
