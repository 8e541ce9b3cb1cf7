import fs from 'node:fs';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite, type Db } from '../../src/store/database';
import { insertDocument } from '../../src/store/documents';
import * as m001 from '../../src/store/migrations/001_documents';
import { saveParagraph } from '../../src/store/paragraph-edit';
import { segmentHistory } from '../../src/store/segments';
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
    const id = await insertDocument(db, {
      title: 'Lama',
      source: [{ text: 'Satu. Dua.', sentences: ['Satu.', 'Dua.'] }],
      translation: [{ text: 'One. Two.', sentences: ['One.', 'Two.'] }],
      translationOrigin: 'machine',
      paragraphLinks: [{ source: [0], target: [0], confidence: 1 }],
      sentenceLinks: [
        { source: [0], target: [0], confidence: 1 },
        { source: [1], target: [1], confidence: 1 },
      ],
    });

    await migrateToLatest(db);

    const revisions = await db.selectFrom('segment_revisions').select(['text', 'origin']).orderBy('id').execute();
    expect(revisions).toEqual([
      { text: 'One.', origin: 'machine' },
      { text: 'Two.', origin: 'machine' },
    ]);
    const paragraph = await db.selectFrom('paragraphs').select('id').where('lang', '=', 'en').executeTakeFirstOrThrow();
    const saved = await saveParagraph(db, { paragraphId: paragraph.id, text: 'One and two.', versions: [1, 1], author: 'Sari' });
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
