import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Status changes of a sentence (ticking "Reviewed", taking it back) are
 * recorded as what they are, beside the text revisions instead of as a
 * revision repeating the same text. Like revisions they outlive the sentence
 * row. Corrections of the Indonesian side keep their history in
 * segment_revisions too: a revision belongs to a sentence, whichever side.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('segment_status_events')
    .$call(t.id)
    .addColumn('sentence_id', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status_before', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('segment_status_events_sentence').on('segment_status_events').columns(['sentence_id', 'version']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('segment_status_events').execute();
}
