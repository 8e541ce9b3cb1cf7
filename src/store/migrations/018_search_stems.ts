import { sql, type Kysely } from 'kysely';
import { stemText } from '../../core/search/words';
import { dialectOf } from '../dialect';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * English sentences get their stems in `roots` (core/search/words.ts `stemText`: Porter stems, stop
 * words left out), written with the text by the one writer of sentence text, as Indonesian roots are.
 *
 * Why: PostgreSQL's vector (migration 009) parsed and stemmed every English sentence again with its
 * 'english' configuration as it was written, about 40 µs a sentence of the server's CPU against 7 µs
 * for 'simple' over the stems: some 40% of what the index added to the server's work on an import. Now
 * the vector is 'simple' over `roots` for both languages, and searches stem their English words the
 * same way (query.ts), so what is indexed and what is asked are worked out by one function. SQLite's
 * FTS5 goes on stemming the English text itself; the column is written there too, so that a library
 * copied to PostgreSQL is searchable there.
 *
 * The index keeps migration 016's pending list of 256 kB: on an import of 1,000 pairs a list of 1 or 4 MB
 * cost the server no less, within the noise, and every search reads the whole list.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  // The vector is dropped first, so that filling the column does not index every English sentence twice.
  if (postgres) {
    await sql`drop index sentences_search`.execute(db);
    await sql`alter table sentences drop column search_vector`.execute(db);
  }
  await fillStems(db, postgres);
  if (postgres) {
    await sql`alter table sentences add column search_vector tsvector generated always as (to_tsvector('simple'::regconfig, roots)) stored`.execute(db);
    await sql`create index sentences_search on sentences using gin (search_vector) with (gin_pending_list_limit = 256)`.execute(db);
  }
}

const BATCH = 1000;

async function fillStems(db: Kysely<any>, postgres: boolean): Promise<void> {
  for (let after = 0; ; ) {
    const rows = (await db.selectFrom('sentences').select(['id', 'text']).where('lang', '=', 'en').where('id', '>', after).orderBy('id').limit(BATCH).execute()) as { id: number; text: string }[];
    const stems = rows.map((r) => stemText(r.text));
    if (postgres) {
      // One statement a batch: a round trip per row would take minutes on a large library.
      await sql`update sentences s set roots = v.roots from (select unnest(${rows.map((r) => r.id)}::integer[]) as id, unnest(${stems}::text[]) as roots) v where s.id = v.id`.execute(db);
    } else {
      for (let i = 0; i < rows.length; i++) await db.updateTable('sentences').set({ roots: stems[i] }).where('id', '=', rows[i]!.id).execute();
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  if (postgres) {
    await sql`drop index sentences_search`.execute(db);
    await sql`alter table sentences drop column search_vector`.execute(db);
  }
  await db.updateTable('sentences').set({ roots: '' }).where('lang', '=', 'en').execute();
  if (postgres) {
    await sql`alter table sentences add column search_vector tsvector generated always as
      (case when lang = 'id' then to_tsvector('simple'::regconfig, roots) else to_tsvector('english'::regconfig, text) end) stored`.execute(db);
    await sql`create index sentences_search on sentences using gin (search_vector) with (gin_pending_list_limit = 256)`.execute(db);
  }
}
