import { statusOfNew, type Origin, type SegmentStatus } from '../model';
import type { SegmentStatusChoice } from './segment-text';
import { planPinnedReuse, type ReusePin } from './sentence-reuse';

/**
 * Which English sentence rows an edit keeps, rewrites, adds or retires, and
 * with which status and origin. A row carries its revision history, so rows
 * are kept wherever the edit allows; the editing service carries the plans
 * out, the store only writes what they say.
 */

/** An English sentence row as the rules see it. */
export interface EnglishRow {
  id: number;
  text: string;
  origin: Origin;
  status: SegmentStatus;
  version: number;
}

/** Who writes a whole side: a person (a replaced translation) or the machine. */
export type Writer = Exclude<Origin, 'source'>;

/** New text from a person is a draft until reviewed; machine output is marked as such. */
export const statusOfWritten = (writer: Writer): SegmentStatus => statusOfNew(writer);

/** What a row becomes: its text, status and origin at the next version. */
export interface NextVersion {
  text: string;
  status: SegmentStatus;
  origin: Origin;
  version: number;
}

/** What a save changes: the text (a revision), only the status (a status event), or nothing. */
export type SaveChange = 'text' | 'status' | 'none';

/**
 * Saving one segment: the first sentence is the row's next version, any
 * further sentences become new rows after it with the same status. Saving an
 * unchanged text changes only the status (a review), so the origin stays and
 * no text revision is due; saving it with the same status changes nothing.
 */
export function planSegmentSave(
  row: EnglishRow,
  sentences: readonly string[],
  choice?: SegmentStatusChoice,
): { next: NextVersion; added: string[]; change: SaveChange } {
  const [first, ...added] = sentences;
  const changed = first !== row.text;
  const status = choice ?? (changed ? 'draft' : row.status);
  const change: SaveChange = changed || added.length > 0 ? 'text' : status !== row.status ? 'status' : 'none';
  const next = {
    text: first,
    status,
    origin: changed ? 'human' : row.origin,
    version: change === 'none' ? row.version : row.version + 1,
  };
  return { next, added, change };
}

export interface ParagraphPlan<R extends EnglishRow = EnglishRow> {
  /** Rows whose text changed, each with its next version. */
  rewrite: { row: R; next: NextVersion }[];
  /** Rows no sentence is left for: they leave the document with their history. */
  retire: R[];
  /** Texts beyond the old rows: new rows after the last kept one. */
  added: string[];
}

/** Saving a whole paragraph: sentences take the old rows in order; an unchanged text keeps its version. */
export function planParagraphSave<R extends EnglishRow>(rows: readonly R[], texts: readonly string[]): ParagraphPlan<R> {
  const kept = rows.slice(0, texts.length);
  return {
    rewrite: kept
      .map((row, i) => ({ row, text: texts[i] }))
      .filter(({ row, text }) => row.text !== text)
      .map(({ row, text }) => ({ row, next: { text, status: 'draft' as const, origin: 'human' as const, version: row.version + 1 } })),
    retire: rows.slice(texts.length),
    added: texts.slice(rows.length),
  };
}

/** A row of the side being replaced, with the paragraph it sits in. */
export interface SideRow extends EnglishRow {
  paragraphId: number;
}

/** What one sentence of the new side is: an old row kept as is, an old row's next text, or a new row. */
export type SentenceStep<R extends SideRow = SideRow> = { kind: 'keep'; row: R } | { kind: 'rewrite'; row: R } | { kind: 'add' };

export interface SidePlan<R extends SideRow = SideRow> {
  /** The new side's sentences in order, with the paragraph (index into the new side) each sits in. */
  sentences: { text: string; paragraph: number; step: SentenceStep<R> }[];
  /** For each new paragraph, the old paragraph row it takes over, or null for a new row. */
  paragraphRows: (number | null)[];
  /** Old paragraph rows beyond the new side's paragraphs. */
  surplusParagraphs: number[];
  /**
   * Old rows no new sentence takes over. What people wrote in them moves to
   * `heir` (an index into `sentences`), the nearest sentence that kept a row
   * before them; null when the new side has no sentence to take it.
   */
  dropped: { row: R; heir: number | null }[];
  /** Old sentences whose text leaves the document: listed among the retired segments. */
  retired: R[];
}

/**
 * Replacing the whole English side (a new translation from a person, or
 * machine output): unchanged sentences keep their rows untouched, a changed
 * sentence takes over the row of the one it replaces as its next version (so
 * the old text stays in that row's history), and only what is left over is
 * added or dropped. Returns null when the side already reads `paragraphs`.
 * `pins` name new sentences that keep a given old row whatever the diff says
 * (the translation memory's English, which machine output leaves as it is).
 */
export function planSideReplace<R extends SideRow>(
  oldParagraphIds: readonly number[],
  oldRows: readonly R[],
  paragraphs: readonly (readonly string[])[],
  pins: readonly ReusePin[] = [],
): SidePlan<R> | null {
  if (readsAlready(oldParagraphIds, oldRows, paragraphs)) return null;
  const flat = paragraphs.flatMap((sentences, paragraph) => sentences.map((text) => ({ text, paragraph })));
  const reuse = planPinnedReuse(
    oldRows.map((r) => r.text),
    flat.map((s) => s.text),
    pins,
  );
  const sentences = flat.map((s, i) => {
    const index = reuse.rowFor[i];
    const row = index === null || index === undefined ? undefined : oldRows[index];
    const step: SentenceStep<R> = !row ? { kind: 'add' } : row.text === s.text ? { kind: 'keep', row } : { kind: 'rewrite', row };
    return { ...s, step };
  });
  const heirOf = nearestKept(reuse.rowFor);
  const dropped = reuse.surplus.map((index) => ({ row: oldRows[index], heir: flat.length > 0 ? heirOf(index) : null }));
  return {
    sentences,
    paragraphRows: paragraphs.map((_, i) => oldParagraphIds[i] ?? null),
    surplusParagraphs: oldParagraphIds.slice(paragraphs.length),
    dropped,
    retired: [...sentences.flatMap((s) => (s.step.kind === 'rewrite' ? [s.step.row] : [])), ...dropped.map((d) => d.row)],
  };
}

function readsAlready(oldParagraphIds: readonly number[], oldRows: readonly SideRow[], paragraphs: readonly (readonly string[])[]): boolean {
  if (oldParagraphIds.length !== paragraphs.length) return false;
  let next = 0;
  const same = paragraphs.every((sentences, p) =>
    sentences.every((text) => {
      const row = oldRows[next++];
      return row !== undefined && row.text === text && row.paragraphId === oldParagraphIds[p];
    }),
  );
  return same && next === oldRows.length;
}

/**
 * For an old row, the index in the new side of the sentence nearest before it among those that kept
 * a row (the first sentence when none does). Kept rows follow the old order, so a binary search
 * over them answers each dropped row.
 */
function nearestKept(rowFor: readonly (number | null)[]): (rowIndex: number) => number {
  const olds: number[] = [];
  const positions: number[] = [];
  rowFor.forEach((old, position) => {
    if (old === null) return;
    olds.push(old);
    positions.push(position);
  });
  return (rowIndex) => {
    let low = 0;
    let high = olds.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (olds[mid] < rowIndex) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? 0 : positions[low - 1];
  };
}

/**
 * The version a rewritten row gets: past its own and past any revision it
 * inherited from a dropped row, so versions in its history stay distinct.
 */
export const nextVersionAfter = (rowVersion: number, latestRecorded: number): number => Math.max(rowVersion, latestRecorded) + 1;
