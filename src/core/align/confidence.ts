/**
 * Confidence of each link: a logistic function of the evidence of the
 * bead's least supported unit, its length agreement and its shape prior.
 * Skips are confident when the unit carries evidence that matches nothing
 * nearby.
 */
import type { Bead } from './dp';
import type { Features } from './features';
import { sigmoid, SHAPES, unitScore, type ScoreParams } from './score';

function shapePenalty(a: number, b: number): number {
  return SHAPES.find((s) => s.a === a && s.b === b)?.penalty ?? 3;
}

/** Weighted overlap of the key sets of source unit u and target unit v. */
export function unitOverlap(f: Features, u: number, v: number): number {
  const s = f.source;
  const t = f.target;
  let x = s.offsets[u]!;
  let y = t.offsets[v]!;
  const xEnd = s.offsets[u + 1]!;
  const yEnd = t.offsets[v + 1]!;
  let inter = 0;
  while (x < xEnd && y < yEnd) {
    const kx = s.keys[x]!;
    const ky = t.keys[y]!;
    if (kx === ky) { inter += f.weight[kx]!; x++; y++; }
    else if (kx < ky) x++;
    else y++;
  }
  return inter;
}

/** How many units either side of a skipped unit are checked for a counterpart. */
const SKIP_REACH = 2;

function skipConfidence(f: Features, params: ScoreParams, bead: Bead): number {
  const onSource = bead.targetStart === bead.targetEnd;
  const unit = onSource ? bead.sourceStart : bead.targetStart;
  const otherCount = onSource ? f.target.count : f.source.count;
  const centre = onSource ? bead.targetStart : bead.sourceStart;
  const mass = (onSource ? f.source : f.target).mass[unit]!;
  const neutral = onSource ? params.sourceNeutral : params.targetNeutral;
  let best = -Infinity;
  for (let w = Math.max(0, centre - SKIP_REACH); w < Math.min(otherCount, centre + SKIP_REACH); w++) {
    const overlap = onSource ? unitOverlap(f, unit, w) : unitOverlap(f, w, unit);
    best = Math.max(best, unitScore(params, overlap, mass, neutral));
  }
  if (best === -Infinity) return 0.9;
  return sigmoid(0.5 - 3 * best);
}

export function beadConfidence(f: Features, params: ScoreParams, bead: Bead): number {
  const a = bead.sourceEnd - bead.sourceStart;
  const b = bead.targetEnd - bead.targetStart;
  if (a === 0 || b === 0) return skipConfidence(f, params, bead);
  const z = 0.5 + 2.5 * bead.weakest + 0.5 * bead.length - 0.4 * shapePenalty(a, b);
  return sigmoid(z);
}
