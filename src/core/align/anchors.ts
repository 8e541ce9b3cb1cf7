/**
 * Anchors for long documents: unit pairs sharing a key that occurs exactly
 * once on each side (a rare name, a number), filtered to the longest chain
 * that is increasing on both sides.
 */
import type { Anchor } from './band';
import type { Features } from './features';

/**
 * Candidate pairs: units sharing a key that each side holds once, in segment-local
 * DP coordinates, each pair once, by source unit and then in the order found.
 */
function rarePairs(f: Features, s0: number, n: number, t0: number, m: number): Anchor[] {
  const points: Anchor[] = [];
  const { offsets, keys } = f.source;
  // pairedWith[v - t0]: the last source unit (plus one) paired with target unit v, so each pair is listed once.
  const pairedWith = new Int32Array(m);
  for (let u = s0; u < s0 + n; u++) {
    for (let x = offsets[u]!; x < offsets[u + 1]!; x++) {
      const k = keys[x]!;
      if (f.sourceDf[k] !== 1 || f.targetDf[k] !== 1 || f.weight[k] === 0) continue;
      const v = f.postingUnits[f.postingOffsets[k]!]!;
      if (v < t0 || v >= t0 + m) continue;
      if (pairedWith[v - t0] === u + 1) continue;
      pairedWith[v - t0] = u + 1;
      points.push({ i: u - s0 + 1, j: v - t0 + 1 });
    }
  }
  return points;
}

/** Longest chain strictly increasing in both coordinates (patience sorting). */
export function longestIncreasingChain(points: readonly Anchor[]): Anchor[] {
  const sorted = [...points].sort((p, q) => p.i - q.i || q.j - p.j);
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((p, idx) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < p.j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[idx] = tailIndex[lo - 1]!;
    tails[lo] = p.j;
    tailIndex[lo] = idx;
  });
  const chain: Anchor[] = [];
  let at = tails.length > 0 ? tailIndex[tails.length - 1]! : -1;
  while (at >= 0) {
    chain.push(sorted[at]!);
    at = previous[at]!;
  }
  return chain.reverse();
}

/** Keys held by at most this share of the units are specific enough to anchor on. */
const RARE_SHARE = 0.01;
/** Search half-width around the expected position, and how fast it grows with distance from the last anchor. */
const BASE_WINDOW = 40;
const WINDOW_GROWTH = 0.5;
const MAX_WINDOW = 2000;
/** Share of each unit's evidence the pair must share, and how far the best must beat the runner-up. */
const MIN_COVERAGE = 0.08;
const DOMINANCE = 2;

/**
 * Walks the source side and pairs each unit with the target unit sharing
 * most rare evidence inside a window around where the path is expected,
 * when that pairing clearly beats the alternatives. Unlike document-wide
 * unique keys this keeps working when text repeats.
 */
function windowAnchors(f: Features, s0: number, n: number, t0: number, m: number): Anchor[] {
  const rareLimit = Math.max(4, RARE_SHARE * (f.source.count + f.target.count));
  const { offsets, keys } = f.source;
  const accumulated = new Float64Array(m);
  const touched: number[] = [];
  const ratio = m / Math.max(1, n);
  const found: Anchor[] = [];
  let lastI = 0;
  let lastJ = 0;
  for (let i = 1; i <= n; i++) {
    const u = s0 + i - 1;
    const centre = lastJ + (i - lastI) * ratio;
    const half = Math.min(MAX_WINDOW, BASE_WINDOW + (i - lastI) * WINDOW_GROWTH);
    const vFrom = t0 + Math.max(0, Math.floor(centre - half));
    const vTo = t0 + Math.min(m - 1, Math.ceil(centre + half));
    for (let x = offsets[u]!; x < offsets[u + 1]!; x++) {
      const k = keys[x]!;
      const w = f.weight[k]!;
      if (w === 0 || f.sourceDf[k]! + f.targetDf[k]! > rareLimit) continue;
      let lo = f.postingOffsets[k]!;
      let hi = f.postingOffsets[k + 1]!;
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (f.postingUnits[mid]! < vFrom) lo = mid + 1;
        else hi = mid;
      }
      for (let y = lo; y < end; y++) {
        const v = f.postingUnits[y]!;
        if (v > vTo) break;
        if (accumulated[v - t0] === 0) touched.push(v - t0);
        accumulated[v - t0] += w;
      }
    }
    let best = -1;
    let bestScore = 0;
    let second = 0;
    for (const c of touched) {
      const score = accumulated[c]!;
      if (score > bestScore) { second = bestScore; bestScore = score; best = c; }
      else if (score > second) second = score;
      accumulated[c] = 0;
    }
    touched.length = 0;
    if (best < 0 || bestScore < DOMINANCE * second) continue;
    const sourceMass = f.source.mass[u]!;
    const targetMass = f.target.mass[t0 + best]!;
    if (bestScore < MIN_COVERAGE * sourceMass || bestScore < MIN_COVERAGE * targetMass) continue;
    found.push({ i, j: best + 1 });
    lastI = i;
    lastJ = best + 1;
  }
  return found;
}

/**
 * Anchors in segment-local DP coordinates: an anchor at (i, j) means the
 * path passes near row i, column j (just after the anchored pair).
 */
export function findAnchors(f: Features, s0: number, n: number, t0: number, m: number): readonly Anchor[] {
  const key = `${s0} ${n} ${t0} ${m}`;
  let found = remembered.get(f);
  if (!found) {
    found = new Map();
    remembered.set(f, found);
  }
  let anchors = found.get(key);
  if (!anchors) {
    anchors = longestIncreasingChain([...windowAnchors(f, s0, n, t0, m), ...rarePairs(f, s0, n, t0, m)]);
    found.set(key, anchors);
  }
  return anchors;
}

/**
 * Anchors already found, by evidence and segment: the sentence level of a
 * document without paragraph breaks asks twice for the whole document's
 * (for its band, then to learn from), and each search walks every unit.
 */
const remembered = new WeakMap<Features, Map<string, readonly Anchor[]>>();
