/**
 * Confidence of each link: a logistic function of the bead's own evidence
 * (lexical overlap against chance, length agreement, shape prior). Skips are
 * confident when the unit carries evidence that matches nothing nearby.
 */
import type { Bead } from './dp';
import type { Features, SideFeatures } from './features';
import { sigmoid, SHAPES, type ScoreParams } from './score';

function shapePenalty(a: number, b: number): number {
  return SHAPES.find((s) => s.a === a && s.b === b)?.penalty ?? 3;
}

/** Weighted Dice overlap of two units' key sets. */
export function unitDice(f: Features, u: number, v: number): { dice: number; evidence: number } {
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
  const total = s.mass[u]! + t.mass[v]!;
  return { dice: total > 0 ? (2 * inter) / total : 0, evidence: Math.min(s.mass[u]!, t.mass[v]!) };
}

function skipConfidence(f: Features, params: ScoreParams, bead: Bead): number {
  const onSource = bead.targetStart === bead.targetEnd;
  const unit = onSource ? bead.sourceStart : bead.targetStart;
  const other: SideFeatures = onSource ? f.target : f.source;
  const centre = onSource ? bead.targetStart : bead.sourceStart;
  let best = 0;
  let evidence = (onSource ? f.source : f.target).mass[unit]!;
  for (let w = Math.max(0, centre - 2); w < Math.min(other.count, centre + 2); w++) {
    const d = onSource ? unitDice(f, unit, w) : unitDice(f, w, unit);
    if (d.dice > best) best = d.dice;
    evidence = Math.min(evidence, Math.max(d.evidence, 0));
  }
  const trust = evidence / (evidence + params.halfTrust);
  return sigmoid(0.5 + 8 * trust * (params.neutralDice - best));
}

export function beadConfidence(f: Features, params: ScoreParams, bead: Bead): number {
  const a = bead.sourceEnd - bead.sourceStart;
  const b = bead.targetEnd - bead.targetStart;
  if (a === 0 || b === 0) return skipConfidence(f, params, bead);
  const z = 1 + bead.lexical + bead.length - 0.5 * shapePenalty(a, b);
  return sigmoid(z);
}
