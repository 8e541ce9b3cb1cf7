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
    surplus.push(...removed.slice(added.length));
    removed = [];
    added = [];
  };

  for (const change of diffArrays([...oldTexts], [...newTexts])) {
    const count = change.value.length;
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
