import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import type { Database } from '../../src/store/schema';
import {
  columnTypes,
  createKysely,
  dialectOf,
  isForeignKeyViolation,
  isUniqueViolation,
  likeOperator,
  listForeignKeys,
  listUserTables,
  primaryKeyColumns,
  resetIdSequences,
} from '../../src/store/dialect';
import { countDocuments, getDocument, insertDocument, listDocuments, type NewDocument } from '../../src/store/documents';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

/* eslint-disable @typescript-eslint/no-explicit-any */

const doc: NewDocument = {
  title: 'Judul Berita',
  source: [{ text: 'Satu.', sentences: ['Satu.'] }],
  translation: [{ text: 'One.', sentences: ['One.'] }],
  translationOrigin: 'machine',
  paragraphLinks: [{ source: [0], target: [0], confidence: 0.123456789012345 }],
  sentenceLinks: [{ source: [0], target: [0], confidence: 1 / 3 }],
};

describe(`dialect helpers on ${testDialect()}`, () => {
  let test: TestDb;
  let db: Db;
  const any = () => db as unknown as Kysely<any>;
  beforeEach(async () => {
    test = await makeTestDb();
    db = test.db;
  });
  afterEach(() => test.close());

  it('knows which database it talks to, inside transactions too', async () => {
    expect(dialectOf(db)).toBe(testDialect());
    expect(await db.transaction().execute(async (trx) => dialectOf(trx))).toBe(testDialect());
  });

  it('keeps floats at double precision and returns counts as numbers', async () => {
    const id = await insertDocument(db, doc);
    const detail = await getDocument(db, id);
    expect(detail?.paragraphLinks[0].confidence).toBe(0.123456789012345);
    expect(detail?.sentenceLinks[0].confidence).toBe(1 / 3);
    expect(await countDocuments(db)).toBe(1);
    const [summary] = await listDocuments(db);
    expect([typeof summary.paragraphCount, summary.paragraphCount]).toEqual(['number', 1]);
    const row = await db.selectFrom('sentences').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(row.n).toBe(2);
  });

  it('fills a text timestamp default with ISO-8601 UTC time', async () => {
    const id = await insertDocument(db, doc);
    const sentence = await db.selectFrom('sentences').select(['id']).where('lang', '=', 'en').executeTakeFirstOrThrow();
    await db
      .insertInto('segment_revisions')
      .values({ sentence_id: sentence.id, document_id: id, version: 2, text: 'One!', origin: 'human', author: null } as any)
      .execute();
    const revision = await db.selectFrom('segment_revisions').select('created_at').where('version', '=', 2).executeTakeFirstOrThrow();
    expect(revision.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(Date.parse(revision.created_at) - Date.now())).toBeLessThan(60_000);
  });

  it('names unique and foreign-key violations the same way on both databases', async () => {
    await db.insertInto('app_meta').values({ key: 'k', value: '1' }).execute();
    const duplicate = await db.insertInto('app_meta').values({ key: 'k', value: '2' }).execute().catch((e: unknown) => e);
    expect([isUniqueViolation(duplicate), isForeignKeyViolation(duplicate)]).toEqual([true, false]);
    const orphan = await db
      .insertInto('paragraphs')
      .values({ document_id: 999, lang: 'id', position: 0, text: 'x' })
      .execute()
      .catch((e: unknown) => e);
    expect([isUniqueViolation(orphan), isForeignKeyViolation(orphan)]).toEqual([false, true]);
    expect(isUniqueViolation(new Error('other'))).toBe(false);
  });

  it('matches case-insensitively with likeOperator', async () => {
    await insertDocument(db, doc);
    const found = await db.selectFrom('documents').select('title').where('title', likeOperator(any()), '%judul berita%').execute();
    expect(found.map((r) => r.title)).toEqual(['Judul Berita']);
  });

  it('gives a migration-made table auto-numbered ids and real/flag columns', async () => {
    const t = columnTypes(any());
    await any()
      .schema.createTable('scratch')
      .$call(t.id)
      .addColumn('weight', t.real, (c) => c.notNull())
      .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
      .execute();
    await any().insertInto('scratch').values([{ weight: 0.1 }, { weight: 2.5 }]).execute();
    const rows = await any().selectFrom('scratch').selectAll().orderBy('id').execute();
    expect(rows).toEqual([
      { id: 1, weight: 0.1, active: 1 },
      { id: 2, weight: 2.5, active: 1 },
    ]);
  });

  it('moves id sequences past ids inserted by hand', async () => {
    await db.insertInto('documents').values({ id: 41, title: 'x', target_lang: 'en-US', created_at: 'a', updated_at: 'a' }).execute();
    await resetIdSequences(any());
    const next = await db
      .insertInto('documents')
      .values({ title: 'y', target_lang: 'en-US', created_at: 'a', updated_at: 'a' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(next.id).toBe(42);
  });

  it('lists the library tables, their keys and references from the schema itself', async () => {
    const tables = (await listUserTables(any())).map((t) => t.name).sort();
    const library = ['app_meta', 'documents', 'paragraph_links', 'paragraphs', 'segment_revisions', 'sentence_links', 'sentences'];
    expect(tables).toEqual(expect.arrayContaining(library));
    expect(tables).not.toContain('kysely_migration');
    expect(await primaryKeyColumns(any(), 'app_meta')).toEqual(['key']);
    expect(await primaryKeyColumns(any(), 'sentences')).toEqual(['id']);
    const keys = await listForeignKeys(any(), tables);
    expect(keys.filter((k) => k.table === 'sentences').map((k) => k.references).sort()).toEqual(['documents', 'paragraphs']);
    expect(keys.filter((k) => k.table === 'app_meta')).toEqual([]);
  });

  it.runIf(testDialect() === 'postgres')('introspects only its own schema, not its neighbours', async () => {
    const neighbour = `${(await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s}_neighbour`;
    await sql`create schema ${sql.id(neighbour)}`.execute(db);
    try {
      await sql`create table ${sql.id(neighbour, 'stray')} (id integer)`.execute(db);
      const names = (await db.introspection.getTables()).map((t) => t.name);
      expect(names).toContain('documents');
      expect(names).not.toContain('stray');
      expect(names).not.toContain('kysely_migration');
    } finally {
      await sql`drop schema ${sql.id(neighbour)} cascade`.execute(db);
    }
  });

  it('lets exactly one of two connections win a conditional update of the same version', async () => {
    const id = await insertDocument(db, doc);
    const other = createKysely<Database>(test.database.location);
    try {
      const sentence = await db.selectFrom('sentences').select('id').where('document_id', '=', id).where('lang', '=', 'en').executeTakeFirstOrThrow();
      const save = (conn: Kysely<Database>, text: string) =>
        conn
          .updateTable('sentences')
          .set({ text, version: 2 })
          .where('id', '=', sentence.id)
          .where('version', '=', 1)
          .executeTakeFirst();
      const results = await Promise.all([save(db, 'First.'), save(other, 'Second.')]);
      expect(results.map((r) => Number(r.numUpdatedRows)).sort()).toEqual([0, 1]);
      const stored = await other.selectFrom('sentences').select(['text', 'version']).where('id', '=', sentence.id).executeTakeFirstOrThrow();
      expect(stored.version).toBe(2);
      expect(['First.', 'Second.']).toContain(stored.text);
    } finally {
      await other.destroy();
    }
  });

  it('drops NUL characters, which PostgreSQL text cannot hold, on both databases', async () => {
    const id = await insertDocument(db, { ...doc, title: 'Satu\u0000dua\u0007' });
    const stored = await db.selectFrom('documents').select('title').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.title).toBe('Satudua\u0007');
    const { rows } = await sql<{ t: string }>`select ${'a\u0000b'} as t`.execute(db);
    expect(rows[0].t).toBe('ab');
  });

  it('runs raw SQL the same way on both', async () => {
    const { rows } = await sql<{ n: number }>`select count(*) as n from documents`.execute(db);
    expect(rows[0].n).toBe(0);
  });
});
