import fs from 'node:fs';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite, type Db } from '../../src/store/database';
import * as m001 from '../../src/store/migrations/001_documents';
import { saveParagraph } from '../../src/editing/paragraph';
import { segmentHistory } from '../../src/editing/segment';
import { makeDataDir } from '../support/app';

describe('migration 004 on a library that already has documents', () => {
  let dir: string;
  let db: Db | undefined;
  afterEach(async () => {
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps existing revisions and lets them outlive their sentences', async () => {
    dir = makeDataDir();
    db = openSqlite(path.join(dir, 'old.sqlite'));
    const first = new Migrator({ db, provider: { getMigrations: async () => ({ '001_documents': m001 }) } });
    expect((await first.migrateToLatest()).error).toBeUndefined();
    // Rows as the first schema had them, written directly: today's insertDocument knows later columns.
    const stamp = '2026-01-01T00:00:00.000Z';
    const { id } = await db.insertInto('documents').values({ title: 'Lama', target_lang: 'en-US', created_at: stamp, updated_at: stamp } as never).returning('id').executeTakeFirstOrThrow();
    const paragraphs = ['id', 'en'].map((lang) => ({ document_id: id, lang, position: 0, text: lang === 'id' ? 'Satu. Dua.' : 'One. Two.' }));
    await db.insertInto('paragraphs').values(paragraphs as never).execute();
    const paragraphIds = await db.selectFrom('paragraphs').select(['id', 'lang']).execute();
    const sentenceRows = [['id', 'Satu.'], ['id', 'Dua.'], ['en', 'One.'], ['en', 'Two.']].map(([lang, text], i) => ({
      document_id: id,
      paragraph_id: paragraphIds.find((p) => p.lang === lang)!.id,
      lang,
      position: i % 2,
      text,
      origin: lang === 'id' ? 'source' : 'machine',
      status: lang === 'id' ? 'source' : 'machine',
      version: 1,
      updated_at: stamp,
    }));
    await db.insertInto('sentences').values(sentenceRows as never).execute();
    const english = await db.selectFrom('sentences').select(['id', 'text']).where('lang', '=', 'en').orderBy('position').execute();
    await db
      .insertInto('segment_revisions')
      .values(english.map((s) => ({ sentence_id: s.id, document_id: id, version: 1, text: s.text, origin: 'machine', author: null, created_at: stamp })))
      .execute();
    for (const table of ['paragraph_links', 'sentence_links'] as const) {
      await db.insertInto(table).values({ document_id: id, position: 0, source_json: '[0]', target_json: '[0]', confidence: 1, confirmed: 0 }).execute();
    }
    await db.insertInto('sentence_links').values({ document_id: id, position: 1, source_json: '[1]', target_json: '[1]', confidence: 1, confirmed: 0 }).execute();

    await migrateToLatest(db);

    const revisions = await db.selectFrom('segment_revisions').select(['text', 'origin']).orderBy('id').execute();
    expect(revisions).toEqual([
      { text: 'One.', origin: 'machine' },
      { text: 'Two.', origin: 'machine' },
    ]);
    const paragraph = await db.selectFrom('paragraphs').select('id').where('lang', '=', 'en').executeTakeFirstOrThrow();
    const saved = await saveParagraph(db, { paragraphId: paragraph.id, text: 'One and two.', versions: [1, 1] }, 'Sari');
    expect(saved.kind).toBe('saved');
    const left = await db.selectFrom('segment_revisions').select(['text', 'author']).where('document_id', '=', id).orderBy('id').execute();
    expect(left).toEqual([
      { text: 'One.', author: null },
      { text: 'Two.', author: null },
      { text: 'One and two.', author: 'Sari' },
    ]);
    const kept = (await db.selectFrom('sentences').select('id').where('lang', '=', 'en').executeTakeFirstOrThrow()).id;
    const history = await segmentHistory(db, kept);
    expect(history?.revisions[0].diffMachine).toEqual([
      { kind: 'same', text: 'One ' },
      { kind: 'added', text: 'and two' },
      { kind: 'same', text: '.' },
    ]);
  });
});
