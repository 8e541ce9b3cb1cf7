/**
 * One alignment link: which source units face which target units.
 * Indices are 0-based and increasing; an empty side means the unit was
 * dropped (1-0) or added (0-1) by the translator.
 */
export interface Link {
  source: number[];
  target: number[];
  /** How sure the aligner is that this link is right, in [0, 1]. */
  confidence: number;
}
