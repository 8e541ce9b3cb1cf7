/**
 * Length evidence (Gale–Church): translated text length is roughly
 * proportional to the original. The ratio and spread are learned from the
 * document itself, first from its totals and then from confident links.
 */
export interface LengthModel {
  /** Expected target characters per source character. */
  readonly ratio: number;
  /** Variance of the length difference per character. */
  readonly variance: number;
}

/** Gale and Church's measured variance for character counts, used until the document gives its own. */
const DEFAULT_VARIANCE = 6.8;

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

export function lengthModelFromTotals(source: ArrayLike<number>, target: ArrayLike<number>): LengthModel {
  const s = sum(source);
  const t = sum(target);
  const ratio = s > 0 && t > 0 ? clampRatio(t / s) : 1;
  return { ratio, variance: DEFAULT_VARIANCE };
}

function clampRatio(r: number): number {
  return Math.min(3, Math.max(1 / 3, r));
}

/** Standardised length difference of a source span of `ls` characters against a target span of `lt`. */
export function lengthDelta(model: LengthModel, ls: number, lt: number): number {
  const expected = ls * model.ratio;
  const scale = Math.sqrt(model.variance * (expected + lt) * 0.5 + 1);
  return (lt - expected) / scale;
}

/** Fewer pairs than this teach nothing; the fallback is kept. */
const MIN_PAIRS = 3;
/**
 * The fallback's ratio counts as this many pairs of average length. A short
 * document has few pairs, and its totals are skewed by whatever the
 * translator dropped or added, so neither is trusted alone.
 */
const PRIOR_PAIRS = 2;

/**
 * Re-estimates ratio and variance from pairs believed correct; the worst
 * tenth of residuals is left out so a few wrong links cannot inflate the spread.
 */
export function refineLengthModel(pairs: readonly { source: number; target: number }[], fallback: LengthModel): LengthModel {
  if (pairs.length < MIN_PAIRS) return fallback;
  let s = 0;
  let t = 0;
  for (const p of pairs) { s += p.source; t += p.target; }
  const prior = (PRIOR_PAIRS * s) / pairs.length;
  const ratio = clampRatio((t + fallback.ratio * prior) / (s + prior));
  const residuals = pairs
    .map((p) => {
      const expected = p.source * ratio;
      return (p.target - expected) ** 2 / ((expected + p.target) * 0.5 + 1);
    })
    .sort((a, b) => a - b);
  const kept = residuals.slice(0, Math.max(1, Math.floor(residuals.length * 0.9)));
  // The trimmed mean underestimates a normal variance; 1.6 restores it for a 10% trim.
  const variance = Math.min(60, Math.max(2, (sum(kept) / kept.length) * 1.6));
  return { ratio, variance };
}
