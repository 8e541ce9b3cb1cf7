import { diffArrays } from 'diff';

/**
 * Which stored sentence rows the new sentences of a side take over. Rows are
 * kept wherever possible because a row carries its revision history: an
 * unchanged sentence keeps its row as is, a changed one takes over the row of
 * the sentence it replaces (so the old text stays in that row's history),
 * and only what is left over is created or dropped.
 */
export interface ReusePlan {
  /** For each new sentence, the index of the old row it takes over, or null for a new row. */
  rowFor: (number | null)[];
  /** Old rows no new sentence takes over. */
  surplus: number[];
}

/**
 * The diff costs about (old + new) × edits; past this many edits the two
 * sides are mostly different text anyway (a whole new translation), and the
 * changed middle is paired in order as a changed run is, in linear time.
 */
const MAX_EDITS = 1000;

type Change = { removed?: boolean; added?: boolean; count: number };

/** The changes from old to new: equal runs at both ends found directly, the middle diffed within MAX_EDITS. */
function changesBetween(oldTexts: readonly string[], newTexts: readonly string[]): Change[] {
  let start = 0;
  const shortest = Math.min(oldTexts.length, newTexts.length);
  while (start < shortest && oldTexts[start] === newTexts[start]) start++;
  let end = 0;
  while (end < shortest - start && oldTexts[oldTexts.length - 1 - end] === newTexts[newTexts.length - 1 - end]) end++;
  const oldMiddle = oldTexts.slice(start, oldTexts.length - end);
  const newMiddle = newTexts.slice(start, newTexts.length - end);
  const middle: Change[] =
    diffArrays(oldMiddle, newMiddle, { maxEditLength: MAX_EDITS })?.map((c) => ({ removed: c.removed, added: c.added, count: c.value.length })) ??
    [{ removed: true, count: oldMiddle.length }, { added: true, count: newMiddle.length }];
  return [{ count: start }, ...middle, { count: end }];
}

/** A new sentence that must take over a given old row (English the translation memory gave, which machine output keeps). */
export interface ReusePin {
  /** Index into the new texts. */
  sentence: number;
  /** Index into the old rows. */
  row: number;
}

/**
 * As planSentenceReuse, with `pins` holding whatever the diff would pair: the texts between two pins
 * are paired among themselves. Pins out of order in either list (which no caller makes) are left out.
 */
export function planPinnedReuse(oldTexts: readonly string[], newTexts: readonly string[], pins: readonly ReusePin[]): ReusePlan {
  const ordered: ReusePin[] = [];
  for (const pin of [...pins].sort((a, b) => a.sentence - b.sentence)) {
    const last = ordered.at(-1);
    if (pin.row >= oldTexts.length || pin.sentence >= newTexts.length) continue;
    if (!last || (pin.sentence > last.sentence && pin.row > last.row)) ordered.push(pin);
  }
  const plan: ReusePlan = { rowFor: [], surplus: [] };
  let oldStart = 0;
  let newStart = 0;
  for (const end of [...ordered, { sentence: newTexts.length, row: oldTexts.length }]) {
    const between = planSentenceReuse(oldTexts.slice(oldStart, end.row), newTexts.slice(newStart, end.sentence));
    plan.rowFor.push(...between.rowFor.map((r) => (r === null ? null : r + oldStart)));
    plan.surplus.push(...between.surplus.map((r) => r + oldStart));
    if (end.sentence < newTexts.length) plan.rowFor.push(end.row);
    oldStart = end.row + 1;
    newStart = end.sentence + 1;
  }
  return plan;
}

export function planSentenceReuse(oldTexts: readonly string[], newTexts: readonly string[]): ReusePlan {
  const rowFor: (number | null)[] = [];
  const surplus: number[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  let oldIndex = 0;
  let newIndex = 0;

  // Between two runs of equal sentences, the n-th replaced row goes to the n-th new sentence.
  const flush = () => {
    added.forEach((n, i) => (rowFor[n] = removed[i] ?? null));
    for (let i = added.length; i < removed.length; i++) surplus.push(removed[i]);
    removed = [];
    added = [];
  };

  for (const change of changesBetween(oldTexts, newTexts)) {
    const count = change.count;
    if (change.removed) {
      for (let i = 0; i < count; i++) removed.push(oldIndex++);
    } else if (change.added) {
      for (let i = 0; i < count; i++) added.push(newIndex++);
    } else {
      flush();
      for (let i = 0; i < count; i++) rowFor[newIndex++] = oldIndex++;
    }
  }
  flush();
  return { rowFor, surplus };
}
