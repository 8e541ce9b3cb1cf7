import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../dialect';

// Written against `Kysely<any>`: the schema as it was at this point.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Machine translation: background jobs with leases (several app instances
 * may share one database), a cache of engine output keyed by cacheKey(), and
 * the machine translation of each source paragraph of a document.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('translation_jobs')
    .$call(t.id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('target_lang', 'text', (c) => c.notNull())
    // 1 when a person confirmed that machine output may replace English a person wrote.
    .addColumn('force', t.flag, (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total_paragraphs', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_paragraphs', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sent_paragraphs', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('billed_characters', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    // A queued job is not claimed before this time (backoff after a passing failure).
    .addColumn('run_after', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('lease_expires_at', 'text')
    .addColumn('heartbeat_at', 'text')
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('translation_jobs_status').on('translation_jobs').columns(['status', 'run_after']).execute();
  await db.schema.createIndex('translation_jobs_document').on('translation_jobs').column('document_id').execute();
  // At most one active job per document, whichever instance enqueues it.
  await db.schema
    .createIndex('translation_jobs_one_active')
    .on('translation_jobs')
    .column('document_id')
    .unique()
    // Partial unique indexes exist in SQLite and PostgreSQL alike.
    .where(sql<boolean>`status in ('queued', 'running')`)
    .execute();

  await db.schema
    .createTable('translation_cache')
    .addColumn('cache_key', 'text', (c) => c.primaryKey())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('target_lang', 'text', (c) => c.notNull())
    .addColumn('glossary_version', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('billed_characters', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('machine_paragraphs')
    .$call(t.id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('source_position', 'integer', (c) => c.notNull())
    .addColumn('cache_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('target_lang', 'text', (c) => c.notNull())
    .addColumn('job_id', 'integer', (c) => c.references('translation_jobs.id').onDelete('set null'))
    // 0 when the text came from the cache.
    .addColumn('billed_characters', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('translated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('machine_paragraphs_doc_position', ['document_id', 'source_position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['machine_paragraphs', 'translation_cache', 'translation_jobs']) {
    await db.schema.dropTable(table).execute();
  }
}
