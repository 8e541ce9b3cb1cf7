import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/core/model';
import { stemText } from '../../src/core/search/words';
import { importDocument } from '../../src/import/import-document';
import { searchLibrary } from '../../src/search/service';
import { currentSchema } from '../../src/store/dialect';
import { migrations } from '../../src/store/migrations/index';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

const editor: Viewer = { user: { id: 1, name: 'editor', role: 'editor' } };
const limits = { maxDocumentBytes: 1 << 20, maxParagraphs: 1000 };

describe(`migration 018: English stems in the search column, on ${testDialect()}`, () => {
  let test: TestDb | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  it('fills the stems of English stored before it, and English is found by them', async () => {
    test = await makeTestDb();
    const db = test.db;
    const migrator = new Migrator({ db, migrationTableSchema: await currentSchema(db), provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
    expect((await migrator.migrateDown()).error).toBeUndefined();
    // A library as it was before: English sentences without stems.
    const id = await importDocument(db, { source: 'Pasukan itu menyerang kota.', translation: 'The troops were attacking the cities.' }, limits);
    const before = await db.selectFrom('sentences').select(['lang', 'roots']).where('document_id', '=', id).where('lang', '=', 'en').execute();
    await db.updateTable('sentences').set({ roots: '' }).where('lang', '=', 'en').execute();
    expect(before).toHaveLength(1);

    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const english = await db.selectFrom('sentences').select(['text', 'roots']).where('document_id', '=', id).where('lang', '=', 'en').executeTakeFirstOrThrow();
    expect(english.roots).toBe(stemText(english.text));
    expect(english.roots).toBe('troop attack citi');
    for (const q of ['attacked', 'city', '"troops were attacking"']) {
      expect((await searchLibrary(db, editor, { q, lang: 'en' })).hits.map((h) => h.documentId), q).toEqual([id]);
    }
    expect((await searchLibrary(db, editor, { q: 'the', lang: 'en' })).hits.length).toBe(testDialect() === 'postgres' ? 0 : 1);
    expect((await searchLibrary(db, editor, { q: 'serang', lang: 'id' })).hits.map((h) => h.documentId)).toEqual([id]);
  });

  it.runIf(testDialect() === 'postgres')('indexes one vector of the search column for both languages', async () => {
    test = await makeTestDb();
    const { rows } = await sql<{ expression: string }>`
      select pg_get_expr(d.adbin, d.adrelid) as expression from pg_attrdef d
      join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
      where d.adrelid = 'sentences'::regclass and a.attname = 'search_vector'`.execute(test.db);
    expect(rows).toEqual([{ expression: "to_tsvector('simple'::regconfig, roots)" }]);
  });
});
