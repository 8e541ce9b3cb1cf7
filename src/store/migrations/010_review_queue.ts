import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../dialect';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The review queue: marks on its items (resolved or ignored, by whom and when) and the checks
 * switched off per document. Indonesian sentences are indexed by the start of their text, so the
 * check for inconsistent translation finds the same sentence in other documents without reading
 * every sentence of the library (a prefix: PostgreSQL's B-tree refuses very long keys).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('review_marks')
    .$call(t.id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('review_marks_item', ['document_id', 'item_key'])
    .execute();
  await db.schema
    .createTable('review_check_switches')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('enabled', t.flag, (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_check_switches_pk', ['document_id', 'check_id'])
    .execute();
  await sql`create index sentences_text_start on sentences (lang, substr(text, 1, 100))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index sentences_text_start`.execute(db);
  await db.schema.dropTable('review_check_switches').execute();
  await db.schema.dropTable('review_marks').execute();
}
