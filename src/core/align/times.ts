/**
 * Time as alignment evidence. Subtitle cues of a film and of its
 * translation are shown at about the same moments, so a cue is more likely
 * the translation of the cues it overlaps in time than of any other. The
 * evidence enters where text evidence does, as keys of the units (see
 * features.ts): a unit holds one key per time slot whose middle its span
 * covers, so the share of a unit's slots the other side of a bead holds is
 * the share of its time they overlap, weighed with its words by the same
 * coverage score. A cue one side merged from two is covered by both; a cue
 * the other side dropped finds no slot and stays alone; a few hundred
 * milliseconds of difference between the two timings moves only the edge slots.
 */

/** Where a unit is shown, in milliseconds from the start. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The time of each paragraph of both sides (null for a paragraph without
 * one); used only when both sides have times.
 */
export interface SideTimes {
  readonly source: readonly (TimeSpan | null)[];
  readonly target: readonly (TimeSpan | null)[];
}

/**
 * Slot length. A subtitle cue lasts one to seven seconds, so a cue holds a
 * few slots and two cues a few hundred milliseconds apart share most of them.
 */
export const SLOT_MS = 500;

/** Most slots one unit holds: a span of hours (a broken file) would otherwise make thousands of keys. */
const MAX_SLOTS = 240;

/** The time keys of a span: one per slot whose middle lies inside it. */
export function timeKeys(span: TimeSpan | null | undefined): string[] {
  if (!span || !(span.end > span.start)) return [];
  const first = Math.ceil(span.start / SLOT_MS - 0.5);
  const last = Math.min(Math.ceil(span.end / SLOT_MS - 0.5) - 1, first + MAX_SLOTS - 1);
  const keys: string[] = [];
  for (let slot = Math.max(0, first); slot <= last; slot++) keys.push(`s:${slot}`);
  return keys;
}

/** Whether the times can be evidence: both sides have some. */
export function usableTimes(times: SideTimes | undefined): SideTimes | undefined {
  return times && times.source.some(Boolean) && times.target.some(Boolean) ? times : undefined;
}

/**
 * The spans of a paragraph's sentences: its span shared among them in
 * proportion to their length, as the words of a cue are read at an even pace.
 */
export function sentenceSpans(span: TimeSpan | null | undefined, sentences: readonly string[]): (TimeSpan | null)[] {
  if (!span) return sentences.map(() => null);
  if (sentences.length === 1) return [span];
  const total = sentences.reduce((sum, s) => sum + Math.max(1, s.length), 0);
  const spans: TimeSpan[] = [];
  let read = 0;
  for (const sentence of sentences) {
    const start = span.start + ((span.end - span.start) * read) / total;
    read += Math.max(1, sentence.length);
    spans.push({ start, end: span.start + ((span.end - span.start) * read) / total });
  }
  return spans;
}
