/**
 * How much a candidate link (bead) is worth. Every unit in a bead is scored
 * by how much of its evidence finds a match on the other side of the bead,
 * against the share expected by chance; an unrelated unit merged into a
 * bead therefore costs more than leaving it unaligned. Length agreement and
 * a prior per shape complete the gain; the DP maximises the sum of gains.
 */
export interface Shape {
  readonly a: number;
  readonly b: number;
  readonly penalty: number;
  /**
   * The prior when the units are sentences inside paragraph links: translators
   * split and join sentences inside a paragraph far more freely than they
   * merge paragraphs, so three-to-one and two-to-two links cost less there.
   */
  readonly inParagraphs: number;
}

/** Bead shapes: a source units against b target units, with a prior cost for the rarer ones. */
export const SHAPES: readonly Shape[] = [
  { a: 1, b: 1, penalty: 0, inParagraphs: 0 },
  { a: 1, b: 0, penalty: 0, inParagraphs: 0 },
  { a: 0, b: 1, penalty: 0, inParagraphs: 0 },
  { a: 2, b: 1, penalty: 1.2, inParagraphs: 1.2 },
  { a: 1, b: 2, penalty: 1.2, inParagraphs: 1.2 },
  { a: 2, b: 2, penalty: 6, inParagraphs: 3 },
  { a: 3, b: 1, penalty: 2.6, inParagraphs: 2 },
  { a: 1, b: 3, penalty: 2.6, inParagraphs: 2 },
  // Only taken where the evidence crosses every cut into smaller beads (see dp.ts).
  { a: 3, b: 2, penalty: 3, inParagraphs: 3 },
  { a: 2, b: 3, penalty: 3, inParagraphs: 3 },
];

export interface ScoreParams {
  /** Cost of leaving one unit unaligned. */
  readonly skip: number;
  /**
   * Extra cost of leaving a sentence unaligned inside a paragraph link that
   * pairs paragraphs: the paragraph level found its translation there, so a
   * short sentence with little evidence more likely belongs to a neighbour's
   * link than stands alone.
   */
  readonly skipInPairedGroup: number;
  /** Reward per aligned unit before evidence. */
  readonly matchBonus: number;
  /** Weight of the lexical term per unit. */
  readonly lexical: number;
  /** Share of a unit's evidence matched by chance, per side (learned from the document). */
  readonly sourceNeutral: number;
  readonly targetNeutral: number;
  /** Share of the coverage typical of the document's confident links taken as the chance level. */
  readonly neutralShare: number;
  /** How much steeper the score falls below the chance level than it rises above it: a unit that finds nothing is strong evidence. */
  readonly shortfall: number;
  /** Evidence mass below which a unit's coverage is trusted less. */
  readonly halfTrust: number;
  /** Weight of the length term. */
  readonly length: number;
  /** Worst length penalty, so one odd length cannot outweigh clear lexical evidence. */
  readonly lengthFloor: number;
  /** Penalty for a bead whose units on one side come from two blocks (paragraphs). */
  readonly crossBlock: number;
  /**
   * The same, when both paragraphs belong to one paragraph link, or one of them
   * to no pair: the translator merged or split those paragraphs, so a sentence
   * crossing their border is expected.
   */
  readonly crossBlockInGroup: number;
  /** Penalty for a bead joining units of paragraph groups the paragraph alignment did not link. */
  readonly crossGroup: number;
}

export const DEFAULT_PARAMS: ScoreParams = {
  skip: 0.45,
  skipInPairedGroup: 0.4,
  matchBonus: 0.3,
  lexical: 4.5,
  sourceNeutral: 0.12,
  targetNeutral: 0.2,
  neutralShare: 0.35,
  shortfall: 1,
  halfTrust: 8,
  length: 0.5,
  lengthFloor: 2,
  crossBlock: 1.5,
  crossBlockInGroup: 0.4,
  crossGroup: 0.8,
};

/** Score of one unit of a bead: matched evidence against chance, damped for units with little evidence. */
export function unitScore(params: ScoreParams, matched: number, mass: number, neutral: number): number {
  const m = matched < mass ? matched : mass;
  const excess = m - neutral * mass;
  return (params.lexical * (excess < 0 ? params.shortfall * excess : excess)) / (mass + params.halfTrust);
}

/** Length term: the Gale–Church log-likelihood, floored. */
export function lengthScore(params: ScoreParams, delta: number): number {
  return -params.length * Math.min(params.lengthFloor, 0.5 * delta * delta);
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
