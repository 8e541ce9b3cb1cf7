import { sql, type Kysely } from 'kysely';
import { rootText } from '../../core/search/words';
import { dialectOf } from '../dialect';

// Written against `Kysely<any>` like every migration: the schema as it was at this point.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Full-text search. Indonesian sentences get `roots` (each word's root, as the morphology reads
 * it, written with the text), indexed as words; English text is indexed by stem. SQLite keeps two
 * FTS5 tables over the sentences, fed by triggers, so every write path keeps them current; PostgreSQL
 * keeps a generated tsvector of the same columns ('simple' for roots, 'english' for English) under GIN.
 * Links get the first and last unit of each side as columns, so a sentence's aligned partner is
 * found through an index rather than by reading every link of its document.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sentences').addColumn('roots', 'text', (c) => c.notNull().defaultTo('')).execute();
  for (const table of ['paragraph_links', 'sentence_links']) {
    for (const column of ['source_first', 'source_last', 'target_first', 'target_last']) {
      await db.schema.alterTable(table).addColumn(column, 'integer').execute();
    }
  }
  await fillRoots(db);
  await fillLinkEnds(db);
  await db.schema.createIndex('sentence_links_source_first').on('sentence_links').columns(['document_id', 'source_first']).execute();
  await db.schema.createIndex('sentence_links_target_first').on('sentence_links').columns(['document_id', 'target_first']).execute();
  if (dialectOf(db) === 'postgres') await createPostgresIndexes(db);
  else await createSqliteIndexes(db);
}

const BATCH = 1000;

async function fillRoots(db: Kysely<any>): Promise<void> {
  for (let after = 0; ; ) {
    const rows = (await db.selectFrom('sentences').select(['id', 'text']).where('lang', '=', 'id').where('id', '>', after).orderBy('id').limit(BATCH).execute()) as { id: number; text: string }[];
    for (const row of rows) await db.updateTable('sentences').set({ roots: rootText(row.text) }).where('id', '=', row.id).execute();
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}

async function fillLinkEnds(db: Kysely<any>): Promise<void> {
  for (const table of ['paragraph_links', 'sentence_links']) {
    for (let after = 0; ; ) {
      const rows = (await db.selectFrom(table).select(['id', 'source_json', 'target_json']).where('id', '>', after).orderBy('id').limit(BATCH).execute()) as {
        id: number;
        source_json: string;
        target_json: string;
      }[];
      for (const row of rows) {
        const [source, target] = [JSON.parse(row.source_json) as number[], JSON.parse(row.target_json) as number[]];
        await db.updateTable(table).set({ source_first: source[0] ?? null, source_last: source.at(-1) ?? null, target_first: target[0] ?? null, target_last: target.at(-1) ?? null }).where('id', '=', row.id).execute();
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
  }
}

/**
 * A stored vector (roots as words for Indonesian, English by stem), so that checking a match and
 * ranking read it instead of parsing the text again for every row an index scan returns. Generated
 * by the database: no write path can leave it behind, and copies leave it out (dialect.ts).
 */
async function createPostgresIndexes(db: Kysely<any>): Promise<void> {
  await sql`alter table sentences add column search_vector tsvector generated always as
    (case when lang = 'id' then to_tsvector('simple'::regconfig, roots) else to_tsvector('english'::regconfig, text) end) stored`.execute(db);
  await sql`create index sentences_search on sentences using gin (search_vector)`.execute(db);
}

async function createSqliteIndexes(db: Kysely<any>): Promise<void> {
  await sql`create virtual table sentence_roots using fts5(roots, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`create virtual table sentence_stems using fts5(text, content='sentences', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`insert into sentence_roots(rowid, roots) select id, roots from sentences where lang = 'id'`.execute(db);
  await sql`insert into sentence_stems(rowid, text) select id, text from sentences where lang = 'en'`.execute(db);
  const add = `
    insert into sentence_roots(rowid, roots) select new.id, new.roots where new.lang = 'id';
    insert into sentence_stems(rowid, text) select new.id, new.text where new.lang = 'en';`;
  const remove = `
    insert into sentence_roots(sentence_roots, rowid, roots) select 'delete', old.id, old.roots where old.lang = 'id';
    insert into sentence_stems(sentence_stems, rowid, text) select 'delete', old.id, old.text where old.lang = 'en';`;
  await sql.raw(`create trigger sentences_search_insert after insert on sentences begin ${add} end`).execute(db);
  await sql.raw(`create trigger sentences_search_delete after delete on sentences begin ${remove} end`).execute(db);
  await sql.raw(`create trigger sentences_search_update after update of text, roots, lang on sentences begin ${remove} ${add} end`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop index sentences_search`.execute(db);
    await sql`alter table sentences drop column search_vector`.execute(db);
  } else {
    for (const trigger of ['sentences_search_insert', 'sentences_search_delete', 'sentences_search_update']) await sql.raw(`drop trigger ${trigger}`).execute(db);
    await sql`drop table sentence_roots`.execute(db);
    await sql`drop table sentence_stems`.execute(db);
  }
  await db.schema.dropIndex('sentence_links_source_first').execute();
  await db.schema.dropIndex('sentence_links_target_first').execute();
  for (const table of ['paragraph_links', 'sentence_links']) {
    for (const column of ['source_first', 'source_last', 'target_first', 'target_last']) await db.schema.alterTable(table).dropColumn(column).execute();
  }
  await db.schema.alterTable('sentences').dropColumn('roots').execute();
}
