import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Translation memory brought in from other tools (a TMX imported "as memory only"): sentence pairs
 * that are no document's, offered by the memory look-up beside the library's reviewed pairs. The
 * Indonesian gets `roots` as sentences do (migration 009), indexed the same way: an FTS5 table fed
 * by triggers on SQLite, a generated tsvector under GIN on PostgreSQL. `file_name` says which file
 * a pair came from (shown with an offer); `import_id` groups the pairs of one import.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('memory_pairs')
    .$call(t.id)
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('roots', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('memory_pairs_import').on('memory_pairs').column('import_id').execute();
  if (dialectOf(db) === 'postgres') {
    await sql`alter table memory_pairs add column search_vector tsvector generated always as (to_tsvector('simple'::regconfig, roots)) stored`.execute(db);
    await sql`create index memory_pairs_search on memory_pairs using gin (search_vector)`.execute(db);
    return;
  }
  await sql`create virtual table memory_roots using fts5(roots, content='memory_pairs', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql.raw(`create trigger memory_pairs_search_insert after insert on memory_pairs begin
    insert into memory_roots(rowid, roots) values (new.id, new.roots); end`).execute(db);
  await sql.raw(`create trigger memory_pairs_search_delete after delete on memory_pairs begin
    insert into memory_roots(memory_roots, rowid, roots) values ('delete', old.id, old.roots); end`).execute(db);
  await sql.raw(`create trigger memory_pairs_search_update after update of roots on memory_pairs begin
    insert into memory_roots(memory_roots, rowid, roots) values ('delete', old.id, old.roots);
    insert into memory_roots(rowid, roots) values (new.id, new.roots); end`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') {
    for (const trigger of ['memory_pairs_search_insert', 'memory_pairs_search_delete', 'memory_pairs_search_update']) await sql.raw(`drop trigger ${trigger}`).execute(db);
    await sql`drop table memory_roots`.execute(db);
  }
  await db.schema.dropTable('memory_pairs').execute();
}
