import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect';

// Written against `Kysely<any>` like every migration: the schema as it was at this point.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Glossary terms. Equivalents are a JSON array in text so that SQLite and PostgreSQL read them
 * the same way; `source_key` is the source as compared for duplicates (lower-cased unless the
 * term is case-sensitive), indexed for look-ups on import. The glossary version lives in
 * app_meta and is raised by every change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('glossary_terms')
    .$call(t.id)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('targets_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('mode', 'text', (c) => c.notNull().defaultTo('forms'))
    .addColumn('case_sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('approved'))
    .addColumn('document_id', 'integer', (c) => c.references('documents.id').onDelete('cascade'))
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('glossary_terms_source_key').on('glossary_terms').column('source_key').execute();
  await db.schema.createIndex('glossary_terms_document').on('glossary_terms').column('document_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('glossary_terms').execute();
}
