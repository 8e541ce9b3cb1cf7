import type { Kysely } from 'kysely';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyDatabase, TargetNotEmptyError } from '../../src/store/copy-database';
import { migrateToLatest } from '../../src/store/database';
import { createKysely } from '../../src/store/dialect';
import { openTestApp } from '../support/app';
import { apiToken } from '../support/auth';
import { getDocument, insertDocument } from '../../src/store/documents';
import type { Database } from '../../src/store/schema';
import { makeTestDatabase, makeTestDb, testDialect, type TestDatabase } from '../support/database';

/* eslint-disable @typescript-eslint/no-explicit-any */

const imports = [
  { title: 'Banjir', source: 'Air naik. Warga mengungsi.\n\nHujan berhenti.', translation: 'Water rose. Residents fled.\n\nThe rain stopped.' },
  { title: 'Dihapus', source: 'Ini akan dihapus.' },
  { title: 'Tanpa terjemahan', source: 'Pasar ramai. Harga naik.' },
];

describe(`copying a SQLite library to ${testDialect()}`, () => {
  let source: Awaited<ReturnType<typeof openTestApp>>;
  let sourceDatabase: TestDatabase;
  let targetDatabase: TestDatabase;
  let target: Kysely<any>;
  let token: string;

  beforeEach(async () => {
    sourceDatabase = await makeTestDatabase('sqlite');
    source = await openTestApp(sourceDatabase, { seed: true });
    token = `Bearer ${await apiToken(source)}`;
    for (const body of imports) await request(source.app).post('/api/documents').set('Authorization', token).send(body).expect(201);
    // A gap in the ids: copies must keep ids, not renumber.
    await source.db.deleteFrom('documents').where('title', '=', 'Dihapus').execute();
    targetDatabase = await makeTestDatabase();
    target = createKysely(targetDatabase.location);
  });
  afterEach(async () => {
    await Promise.all([source.db.destroy(), target.destroy()]);
    await Promise.all([sourceDatabase.drop(), targetDatabase.drop()]);
  });

  it('copies every table so that the API reads the same, ids and all', async () => {
    const copied: string[] = [];
    const report = await copyDatabase(source.db, target, { batchSize: 7, onTable: ({ table }) => copied.push(table) });
    // documents.created_by was added by a later migration; users still come first.
    expect(copied.indexOf('users')).toBeLessThan(copied.indexOf('documents'));
    expect(copied.indexOf('documents')).toBeLessThan(copied.indexOf('paragraphs'));
    expect(copied.indexOf('paragraphs')).toBeLessThan(copied.indexOf('sentences'));
    // Revisions outlive their sentences (no foreign key to them), but not their document.
    expect(copied.indexOf('documents')).toBeLessThan(copied.indexOf('segment_revisions'));
    const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));
    expect(rows.documents).toBe(3);
    expect(rows.sentences).toBeGreaterThan(7 * 3);

    const copy = await openTestApp(targetDatabase, { seed: true });
    try {
      const [before, after] = await Promise.all([source.app, copy.app].map((app) => request(app).get('/api/documents').expect(200)));
      expect(after.body).toEqual(before.body);
      const ids = before.body.documents.map((d: { id: number }) => d.id).sort();
      expect(ids).toEqual([1, 2, 4]);
      for (const id of ids) {
        const [a, b] = await Promise.all([source.app, copy.app].map((app) => request(app).get(`/api/documents/${id}`).expect(200)));
        expect(b.body).toEqual(a.body);
      }
      // The copied API token still signs in, and new rows continue after the copied ids.
      const created = await request(copy.app).post('/api/documents').set('Authorization', token).send({ source: 'Baru.' }).expect(201);
      expect(created.body.id).toBe(5);
    } finally {
      await copy.db.destroy();
    }
  });

  it('copies tables it was not told about, with or without a primary key', async () => {
    await migrateToLatest(target);
    for (const db of [source.db as unknown as Kysely<any>, target]) {
      await db.schema.createTable('notes').addColumn('document_id', 'integer', (c) => c.references('documents.id')).addColumn('body', 'text').execute();
      await db.schema.createTable('note_tags').addColumn('tag', 'text').addColumn('note', 'integer').addPrimaryKeyConstraint('note_tags_pk', ['tag', 'note']).execute();
    }
    const notes = Array.from({ length: 10 }, (_, i) => ({ document_id: 1, body: `catatan ${i}` }));
    await (source.db as unknown as Kysely<any>).insertInto('notes').values(notes).execute();
    await (source.db as unknown as Kysely<any>).insertInto('note_tags').values([{ tag: 'b', note: 1 }, { tag: 'a', note: 2 }, { tag: 'a', note: 1 }]).execute();

    const report = await copyDatabase(source.db, target, { batchSize: 3 });
    const noteTables = report.tables.filter((t) => t.table.startsWith('note')).sort((x, y) => (x.table < y.table ? -1 : 1));
    expect(noteTables).toEqual([
      { table: 'note_tags', rows: 3 },
      { table: 'notes', rows: 10 },
    ]);
    const copied = await target.selectFrom('notes').select(['document_id', 'body']).execute();
    expect(copied.sort((x, y) => x.body.localeCompare(y.body))).toEqual(notes);
    const tags = await target.selectFrom('note_tags').select(['tag', 'note']).orderBy('tag').orderBy('note').execute();
    expect(tags).toEqual([{ tag: 'a', note: 1 }, { tag: 'a', note: 2 }, { tag: 'b', note: 1 }]);
  });

  it('accepts a target whose tables exist but are empty', async () => {
    await migrateToLatest(target);
    const report = await copyDatabase(source.db, target);
    expect(report.tables.find((t) => t.table === 'documents')?.rows).toBe(3);
  });

  it('refuses a target that holds a library, and changes nothing', async () => {
    await copyDatabase(source.db, target);
    await target.deleteFrom('documents').where('id', '=', 4).execute();
    const error = await copyDatabase(source.db, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetNotEmptyError);
    expect((error as Error).message).toMatch(/not empty \(.*documents: 2 rows/);
    const left = await target.selectFrom('documents').select('id').orderBy('id').execute();
    expect(left.map((r) => r.id)).toEqual([1, 2]);
  });

  it('refuses a target with rows in any other table, before creating anything', async () => {
    await target.schema.createTable('other_app').addColumn('name', 'text').execute();
    await target.insertInto('other_app').values({ name: 'x' }).execute();
    await expect(copyDatabase(source.db, target)).rejects.toThrow(/not empty \(other_app: 1 row\)/);
    const tables = await target.introspection.getTables();
    expect(tables.some((t) => t.name === 'documents')).toBe(false);
  });
});

describe.runIf(testDialect() === 'postgres')('copying between two PostgreSQL schemas', () => {
  it('reads the source from one snapshot and keeps every row', async () => {
    const from = await makeTestDb('postgres');
    const to = await makeTestDatabase('postgres');
    const target = createKysely<Database>(to.location);
    try {
      const id = await insertDocument(from.db, {
        title: 'Salinan',
        source: [{ text: 'Satu. Dua.', sentences: ['Satu.', 'Dua.'] }],
        translation: [{ text: 'One. Two.', sentences: ['One.', 'Two.'] }],
        translationOrigin: 'human',
        paragraphLinks: [{ source: [0], target: [0], confidence: 0.75 }],
        sentenceLinks: [
          { source: [0], target: [0], confidence: 0.5 },
          { source: [1], target: [1], confidence: 0.25 },
        ],
      });
      await copyDatabase(from.db, target);
      expect(await getDocument(target, id)).toEqual(await getDocument(from.db, id));
    } finally {
      await target.destroy();
      await from.close();
      await to.drop();
    }
  });
});
