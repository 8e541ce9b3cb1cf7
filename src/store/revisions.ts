import type { Selectable } from 'kysely';
import type { Db } from './database';
import type { Origin, SegmentRevisionsTable } from './schema';

export type SegmentRevisionRow = Selectable<SegmentRevisionsTable>;

/** Reads of segment_revisions; rows are written only with their sentence version (see writeSentenceVersions). */

export function revisionsOf(db: Db, sentenceId: number): Promise<SegmentRevisionRow[]> {
  return db.selectFrom('segment_revisions').selectAll().where('sentence_id', '=', sentenceId).orderBy('version').orderBy('id').execute();
}

export function revisionOf(db: Db, sentenceId: number, revisionId: number): Promise<SegmentRevisionRow | undefined> {
  return db.selectFrom('segment_revisions').selectAll().where('id', '=', revisionId).where('sentence_id', '=', sentenceId).executeTakeFirst();
}

/** For each sentence, the versions its history holds. */
export async function recordedVersions(db: Db, sentenceIds: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  for (let i = 0; i < sentenceIds.length; i += 500) {
    const rows = await db
      .selectFrom('segment_revisions')
      .select(['sentence_id', 'version'])
      .where('sentence_id', 'in', sentenceIds.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      const versions = out.get(r.sentence_id);
      if (versions) versions.push(r.version);
      else out.set(r.sentence_id, [r.version]);
    }
  }
  return out;
}

/** Hands the revisions of one origin from a sentence row about to go to the row that takes its place. */
export async function moveRevisions(db: Db, fromSentenceId: number, toSentenceId: number, origin: Origin): Promise<void> {
  await db.updateTable('segment_revisions').set({ sentence_id: toSentenceId }).where('sentence_id', '=', fromSentenceId).where('origin', '=', origin).execute();
}

export interface RevisionMark {
  at: string;
  author: string | null;
}

/**
 * For each sentence of the document that has revisions, its first and its latest change (when, and
 * by whom): the latest text revision or status change (a review), whichever came last.
 */
export async function revisionMarks(db: Db, documentId: number): Promise<Map<number, { created: RevisionMark; changed: RevisionMark }>> {
  const [revisions, statusChanges] = await Promise.all([
    db.selectFrom('segment_revisions').select(['sentence_id', 'created_at', 'author']).where('document_id', '=', documentId).orderBy('id').execute(),
    db.selectFrom('segment_status_events').select(['sentence_id', 'created_at', 'author']).where('document_id', '=', documentId).orderBy('id').execute(),
  ]);
  const out = new Map<number, { created: RevisionMark; changed: RevisionMark }>();
  for (const r of revisions) {
    const mark = { at: r.created_at, author: r.author };
    const known = out.get(r.sentence_id);
    if (known) known.changed = mark;
    else out.set(r.sentence_id, { created: mark, changed: mark });
  }
  for (const e of statusChanges) {
    const known = out.get(e.sentence_id);
    if (known && e.created_at >= known.changed.at) known.changed = { at: e.created_at, author: e.author };
  }
  return out;
}
