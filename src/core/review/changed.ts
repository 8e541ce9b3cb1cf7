/**
 * "Changed by someone else since I last reviewed it": an English sentence whose text another
 * author changed (a text revision) after the viewer's own last touch of it (a save, a review).
 * A status change by someone else is not a change of the text; a sentence the viewer never
 * touched is not theirs to be told about. Versions are the sentence's one counter, raised by
 * text revisions and status changes alike.
 */

export interface Touch {
  sentenceId: number;
  version: number;
  author: string | null;
  /** A text revision; false for a status change (ticking Reviewed). */
  text: boolean;
}

export function changedByOthers(touches: readonly Touch[], viewer: string): Set<number> {
  const mine = new Map<number, number>();
  const theirs = new Map<number, number>();
  for (const t of touches) {
    if (t.author === viewer) mine.set(t.sentenceId, Math.max(mine.get(t.sentenceId) ?? 0, t.version));
    else if (t.text) theirs.set(t.sentenceId, Math.max(theirs.get(t.sentenceId) ?? 0, t.version));
  }
  const out = new Set<number>();
  for (const [id, version] of theirs) {
    const own = mine.get(id);
    if (own !== undefined && version > own) out.add(id);
  }
  return out;
}
