import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The GIN indexes of migrations 009 and 014 (PostgreSQL only; SQLite's FTS5 tables have no such list). */
const INDEXES = ['sentences_search', 'memory_pairs_search'];

/**
 * PostgreSQL adds new rows to a GIN index through a pending list, merged into the index once it
 * holds gin_pending_list_limit (4 MB by default), and every search reads the whole list first. After
 * importing 100,000 sentence pairs the list held 7,000 rows, and a memory look-up that takes 0.6 ms on
 * the merged index took 60–80 ms. A list of at most 256 kB keeps that read to a few milliseconds,
 * while a document's rows are still merged in batches: storing an import of 1,000 pairs cost the
 * server about 7% more CPU than with the 4 MB list merged as often, where turning the list off
 * (fastupdate) cost 50% more. Whatever an existing library's lists hold is merged here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const index of INDEXES) {
    await sql.raw(`alter index ${index} set (gin_pending_list_limit = 256)`).execute(db);
    await sql`select gin_clean_pending_list(${index}::regclass)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const index of INDEXES) await sql.raw(`alter index ${index} reset (gin_pending_list_limit)`).execute(db);
}
