import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Imported memory pairs by the start of their Indonesian, as migration 010 indexes sentences: an
 * import that pre-fills exact matches as drafts looks a document's sentences up in batches, and a
 * memory file of 100,000 pairs must not be read whole for each batch.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index memory_pairs_source_start on memory_pairs (substr(source, 1, 100))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index memory_pairs_source_start`.execute(db);
}
