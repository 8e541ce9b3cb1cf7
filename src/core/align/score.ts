/**
 * How much a candidate link (bead) is worth: lexical overlap against the
 * overlap expected by chance, length agreement, and a prior per shape.
 * The DP maximises the sum of bead gains.
 */
export interface Shape { readonly a: number; readonly b: number; readonly penalty: number }

/** Bead shapes: a source units against b target units, with a prior cost for the rarer ones. */
export const SHAPES: readonly Shape[] = [
  { a: 1, b: 1, penalty: 0 },
  { a: 1, b: 0, penalty: 0 },
  { a: 0, b: 1, penalty: 0 },
  { a: 2, b: 1, penalty: 1.2 },
  { a: 1, b: 2, penalty: 1.2 },
  { a: 2, b: 2, penalty: 2.2 },
  { a: 3, b: 1, penalty: 2.4 },
  { a: 1, b: 3, penalty: 2.4 },
];

export interface ScoreParams {
  /** Cost of leaving one unit unaligned. */
  readonly skip: number;
  /** Reward per aligned unit before evidence. */
  readonly matchBonus: number;
  /** Weight of the lexical term. */
  readonly lexical: number;
  /** Overlap (Dice) above which the lexical term turns positive. */
  readonly neutralDice: number;
  /** Evidence mass at which lexical overlap is trusted half-way. */
  readonly halfTrust: number;
  /** Weight of the length term. */
  readonly length: number;
  /** Worst length penalty, so one odd length cannot outweigh clear lexical evidence. */
  readonly lengthFloor: number;
  /** Penalty for a bead whose units on one side come from two blocks (paragraphs). */
  readonly crossBlock: number;
  /** Penalty for a bead joining units of paragraph groups the paragraph alignment did not link. */
  readonly crossGroup: number;
}

export const DEFAULT_PARAMS: ScoreParams = {
  skip: 1.6,
  matchBonus: 0.6,
  lexical: 6,
  neutralDice: 0.08,
  halfTrust: 1.5,
  length: 0.5,
  lengthFloor: 10,
  crossBlock: 1.5,
  crossGroup: 0.8,
};

/** Lexical term of a bead: positive when overlap beats chance, scaled by how much evidence there is. */
export function lexicalScore(params: ScoreParams, overlap: number, sourceMass: number, targetMass: number): number {
  const total = sourceMass + targetMass;
  if (total <= 0) return 0;
  const dice = (2 * overlap) / total;
  const evidence = Math.min(sourceMass, targetMass);
  const trust = evidence / (evidence + params.halfTrust);
  return params.lexical * trust * (dice - params.neutralDice);
}

/** Length term: the Gale–Church log-likelihood, floored. */
export function lengthScore(params: ScoreParams, delta: number): number {
  return -params.length * Math.min(params.lengthFloor, 0.5 * delta * delta);
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
