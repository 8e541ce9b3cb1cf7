import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { getDocument, insertDocument, listDocuments, type NewDocument } from '../../src/store/documents';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

const sample: NewDocument = {
  title: 'Judul',
  titleEn: 'Title',
  source: [
    { text: 'Satu. Dua.', sentences: ['Satu.', 'Dua.'] },
    { text: 'Tiga.', sentences: ['Tiga.'] },
  ],
  translation: [{ text: 'One. Two. Three.', sentences: ['One.', 'Two.', 'Three.'] }],
  translationOrigin: 'human',
  paragraphLinks: [{ source: [0, 1], target: [0], confidence: 0.8 }],
  sentenceLinks: [
    { source: [0], target: [0], confidence: 0.9 },
    { source: [1], target: [1], confidence: 0.9 },
    { source: [2], target: [2], confidence: 0.9 },
  ],
};

describe(`document store on ${testDialect()}`, () => {
  let test: TestDb;
  let db: Db;
  beforeEach(async () => {
    test = await makeTestDb();
    db = test.db;
  });
  afterEach(() => test.close());

  it.runIf(testDialect() === 'sqlite')('writes the file in WAL mode', () => {
    const { location } = test.database;
    if (location.dialect !== 'sqlite') throw new Error('expected a SQLite database');
    expect(fs.existsSync(location.file)).toBe(true);
    expect(fs.existsSync(`${location.file}-wal`)).toBe(true);
  });

  it('stores a document and reads back its segments and links', async () => {
    const id = await insertDocument(db, sample);
    const detail = await getDocument(db, id);
    expect(detail?.document.title).toBe('Judul');
    expect(detail?.source.map((p) => p.sentences.map((s) => s.text))).toEqual([['Satu.', 'Dua.'], ['Tiga.']]);
    expect(detail?.translation[0].sentences.map((s) => [s.position, s.origin, s.status, s.version])).toEqual([
      [0, 'human', 'draft', 1],
      [1, 'human', 'draft', 1],
      [2, 'human', 'draft', 1],
    ]);
    expect(detail?.paragraphLinks).toMatchObject([{ source: [0, 1], target: [0], confidence: 0.8, confirmed: false }]);
    expect(detail?.sentenceLinks).toHaveLength(3);
  });

  it('keeps a first revision of every English segment', async () => {
    const id = await insertDocument(db, sample);
    const revisions = await db.selectFrom('segment_revisions').selectAll().where('document_id', '=', id).execute();
    expect(revisions.map((r) => r.text)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('lists documents with paragraph counts and translation state', async () => {
    await insertDocument(db, sample);
    await insertDocument(db, { ...sample, title: 'Tanpa terjemahan', translation: [], sentenceLinks: [] });
    const list = await listDocuments(db);
    expect(list.map((d) => [d.title, d.paragraphCount, d.translationParagraphCount])).toEqual([
      ['Tanpa terjemahan', 2, 0],
      ['Judul', 2, 1],
    ]);
  });

  it('stores nothing when any part of the document fails', async () => {
    // The last insert fails: the NOT NULL confidence column refuses a missing value.
    const broken = { ...sample, sentenceLinks: [{ source: [0], target: [0], confidence: null as unknown as number }] };
    await expect(insertDocument(db, broken)).rejects.toThrow();
    expect(await listDocuments(db)).toEqual([]);
    const paragraphs = await db.selectFrom('paragraphs').selectAll().execute();
    expect(paragraphs).toEqual([]);
  });

  it('returns undefined for an unknown document', async () => {
    expect(await getDocument(db, 999)).toBeUndefined();
  });
});
