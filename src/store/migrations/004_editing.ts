import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../dialect';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Editing: undoable alignment operations, retired English segments, and
 * revisions that outlive the sentence rows they belong to (a replaced
 * translation keeps its history).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('alignment_operations')
    .$call(t.id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text', (c) => c.notNull())
    .addColumn('after_json', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('done'))
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alignment_operations_document').on('alignment_operations').columns(['document_id', 'state']).execute();

  await db.schema
    .createTable('retired_segments')
    .$call(t.id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('sentence_id', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('retired_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('retired_segments_document').on('retired_segments').column('document_id').execute();

  // Rebuilt without the cascade on sentence_id: a revision stays when its sentence is retired.
  await db.schema
    .createTable('segment_revisions_kept')
    .$call(t.id)
    .addColumn('sentence_id', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(t.nowText))
    .execute();
  await sql`INSERT INTO segment_revisions_kept (sentence_id, document_id, version, text, origin, author, created_at)
    SELECT sentence_id, document_id, version, text, origin, author, created_at FROM segment_revisions ORDER BY id`.execute(db);
  await db.schema.dropTable('segment_revisions').execute();
  await db.schema.alterTable('segment_revisions_kept').renameTo('segment_revisions').execute();
  await db.schema.createIndex('segment_revisions_sentence_version').on('segment_revisions').columns(['sentence_id', 'version']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('retired_segments').execute();
  await db.schema.dropTable('alignment_operations').execute();
}
