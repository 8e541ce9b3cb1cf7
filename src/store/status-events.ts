import type { Selectable } from 'kysely';
import type { Db } from './database';
import type { SegmentStatus, SegmentStatusEventsTable } from './schema';

export type StatusEventRow = Selectable<SegmentStatusEventsTable>;

export interface StatusChange {
  sentenceId: number;
  documentId: number;
  /** The version the sentence moves to. */
  version: number;
  before: SegmentStatus;
  status: SegmentStatus;
}

/**
 * A sentence whose text stays and whose status changes: the row gets its next
 * version (a page holding the old one must not save over the review unseen)
 * and the change is recorded as a status event, not as a text revision.
 */
export async function writeStatusChange(db: Db, change: StatusChange, author: string | null, stamp: string): Promise<void> {
  await db.updateTable('sentences').set({ status: change.status, version: change.version, updated_at: stamp }).where('id', '=', change.sentenceId).execute();
  await db
    .insertInto('segment_status_events')
    .values({
      sentence_id: change.sentenceId,
      document_id: change.documentId,
      version: change.version,
      status_before: change.before,
      status: change.status,
      author,
      created_at: stamp,
    })
    .execute();
}

export function statusEventsOf(db: Db, sentenceId: number): Promise<StatusEventRow[]> {
  return db.selectFrom('segment_status_events').selectAll().where('sentence_id', '=', sentenceId).orderBy('version').orderBy('id').execute();
}

/** Who made a sentence's `version`: the author of its text revision or of its status change at that version. */
export async function lastAuthor(db: Db, sentenceId: number, version: number): Promise<string | null> {
  for (const table of ['segment_revisions', 'segment_status_events'] as const) {
    const row = await db
      .selectFrom(table)
      .select('author')
      .where('sentence_id', '=', sentenceId)
      .where('version', '=', version)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (row) return row.author;
  }
  return null;
}
