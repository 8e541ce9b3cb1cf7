/**
 * "Changed by someone else since I last saw it": an English sentence whose latest revision is by
 * another author than the viewer, written after a revision of the viewer's own (a save or a
 * review). Sentences the viewer never touched are not theirs to be told about.
 */

export interface RevisionStamp {
  sentenceId: number;
  version: number;
  author: string | null;
}

export function changedByOthers(revisions: readonly RevisionStamp[], viewer: string): Set<number> {
  const mine = new Map<number, number>();
  const latest = new Map<number, RevisionStamp>();
  for (const r of revisions) {
    if (r.author === viewer) mine.set(r.sentenceId, Math.max(mine.get(r.sentenceId) ?? 0, r.version));
    const last = latest.get(r.sentenceId);
    if (!last || r.version >= last.version) latest.set(r.sentenceId, r);
  }
  const out = new Set<number>();
  for (const [id, last] of latest) {
    const own = mine.get(id);
    if (own !== undefined && last.author !== viewer && last.version > own) out.add(id);
  }
  return out;
}
