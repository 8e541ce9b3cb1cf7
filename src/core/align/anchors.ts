/**
 * Anchors for long documents: unit pairs sharing a key that occurs exactly
 * once on each side (a rare name, a number), filtered to the longest chain
 * that is increasing on both sides.
 */
import type { Anchor } from './band';
import type { Features } from './features';

/** Candidate pairs (u, v) in global indices with the number of rare keys they share. */
function rarePairs(f: Features, s0: number, n: number, t0: number, m: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const { offsets, keys } = f.source;
  const stride = f.target.count + 1;
  for (let u = s0; u < s0 + n; u++) {
    for (let x = offsets[u]!; x < offsets[u + 1]!; x++) {
      const k = keys[x]!;
      if (f.sourceDf[k] !== 1 || f.targetDf[k] !== 1 || f.weight[k] === 0) continue;
      const v = f.postingUnits[f.postingOffsets[k]!]!;
      if (v < t0 || v >= t0 + m) continue;
      const id = u * stride + v;
      pairs.set(id, (pairs.get(id) ?? 0) + 1);
    }
  }
  return pairs;
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

/**
 * Anchors in segment-local DP coordinates: an anchor at (i, j) means the
 * path passes near row i, column j (just after the anchored pair).
 */
export function findAnchors(f: Features, s0: number, n: number, t0: number, m: number): Anchor[] {
  const stride = f.target.count + 1;
  const points: Anchor[] = [];
  for (const id of rarePairs(f, s0, n, t0, m).keys()) {
    const u = Math.floor(id / stride);
    const v = id - u * stride;
    points.push({ i: u - s0 + 1, j: v - t0 + 1 });
  }
  return longestIncreasingChain(points);
}
