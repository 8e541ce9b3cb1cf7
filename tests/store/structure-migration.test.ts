import fs from 'node:fs';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite, type Db } from '../../src/store/database';
import { getDocument, insertDocument } from '../../src/store/documents';
import { migrations } from '../../src/store/migrations/index';
import { makeDataDir } from '../support/app';

describe('migration 012 on a library that already ran the later ones', () => {
  let dir: string;
  let db: Db | undefined;
  afterEach(async () => {
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('adds the structure columns, and every stored paragraph reads as body text', async () => {
    dir = makeDataDir();
    db = openSqlite(path.join(dir, 'old.sqlite'));
    const without012 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== '012_structure'));
    const old = new Migrator({ db, provider: { getMigrations: async () => without012 } });
    expect((await old.migrateToLatest()).error).toBeUndefined();
    const stamp = '2026-01-01T00:00:00.000Z';
    const { id } = await db
      .insertInto('documents')
      .values({ title: 'Lama', created_at: stamp, updated_at: stamp, visibility: 'public', revision: 1, target_lang: 'en-US' } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    // A paragraph as the schema before 012 had it, written directly.
    await db.insertInto('paragraphs').values({ document_id: id, lang: 'id', position: 0, text: 'Latar Belakang' } as never).execute();

    const report = await migrateToLatest(db);

    expect(report.applied).toEqual(['012_structure']);
    expect((await getDocument(db, id))!.source.map((p) => p.structure)).toEqual([{ kind: 'body' }]);
    const fresh = await insertDocument(db, {
      title: 'Baru',
      source: [{ text: 'Bab Satu', sentences: ['Bab Satu'], structure: { kind: 'heading', level: 1 } }],
      translation: [],
      translationOrigin: 'human',
      paragraphLinks: [{ source: [0], target: [], confidence: 1 }],
      sentenceLinks: [{ source: [0], target: [], confidence: 1 }],
    });
    expect((await getDocument(db, fresh))!.source.map((p) => p.structure)).toEqual([{ kind: 'heading', level: 1 }]);
  });
});
