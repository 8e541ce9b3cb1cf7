import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { insertDocument, setDocumentVisibility, type NewDocument } from '../../src/store/documents';
import {
  checkSwitches, deleteMark, libraryStamp, listMarks, markStamps, sameSourcePairs, writeCheckSwitches, writeMark,
} from '../../src/store/review';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

const LONG = `Kalimat yang sangat panjang ${'dan terus berlanjut '.repeat(20)}hingga akhir.`;

const doc = (english: string[]): NewDocument => ({
  title: 'Judul',
  source: [{ text: 'x', sentences: ['Pasar tetap ramai setiap pagi.', LONG, 'Hujan turun.'] }],
  translation: [{ text: 'y', sentences: english }],
  translationOrigin: 'human',
  paragraphLinks: [{ source: [0], target: [0], confidence: 0.9 }],
  sentenceLinks: [
    { source: [0], target: [0], confidence: 0.9 },
    { source: [1], target: [1, 2], confidence: 0.9 },
    { source: [2], target: [], confidence: 0.5 },
  ],
});

describe(`review store on ${testDialect()}`, () => {
  let test: TestDb;
  let db: Db;
  beforeEach(async () => {
    test = await makeTestDb();
    db = test.db;
  });
  afterEach(() => test.close());

  it('keeps one mark per item, replaced by the next and deleted on reopening', async () => {
    const id = await insertDocument(db, doc(['The market.', 'Long.', 'More.']));
    await writeMark(db, id, { key: 'numbers:s1', state: 'resolved', author: 'ana', at: '2026-01-01T00:00:00.000Z' });
    await writeMark(db, id, { key: 'numbers:s1', state: 'ignored', author: 'budi', at: '2026-01-02T00:00:00.000Z' });
    expect(await listMarks(db, id)).toEqual([{ key: 'numbers:s1', state: 'ignored', author: 'budi', at: '2026-01-02T00:00:00.000Z' }]);
    expect((await markStamps(db)).get(id)).toBe('1@2026-01-02T00:00:00.000Z');
    await deleteMark(db, id, 'numbers:s1');
    expect(await listMarks(db, id)).toEqual([]);
  });

  it('keeps check switches per document', async () => {
    const id = await insertDocument(db, doc(['The market.', 'Long.', 'More.']));
    expect(await checkSwitches(db, id)).toEqual(new Map());
    await writeCheckSwitches(db, id, new Map([['numbers', false], ['doubled', true]]), 'ana', '2026-01-01T00:00:00.000Z');
    await writeCheckSwitches(db, id, new Map([['numbers', true]]), 'ana', '2026-01-02T00:00:00.000Z');
    expect(await checkSwitches(db, id)).toEqual(new Map([['numbers', true], ['doubled', true]]));
  });

  it('finds one-to-one pairs of the same Indonesian sentence in other documents, private ones only when asked', async () => {
    const mine = await insertDocument(db, doc(['The market stays busy.', 'Long.', 'More.']));
    await insertDocument(db, doc(['The market is crowded.', 'Long one.', 'Two.']));
    const hidden = await insertDocument(db, doc(['Secret market.', 'Long two.', 'Three.']));
    await setDocumentVisibility(db, hidden, 'private');
    const texts = ['Pasar tetap ramai setiap pagi.', LONG, 'Kalimat lain.'];
    // The long sentence is linked to two English ones there: no one-to-one pair.
    expect(await sameSourcePairs(db, mine, texts, false, 100)).toEqual([{ source: 'Pasar tetap ramai setiap pagi.', target: 'The market is crowded.' }]);
    const all = await sameSourcePairs(db, mine, texts, true, 100);
    expect(all.map((p) => p.target).sort()).toEqual(['Secret market.', 'The market is crowded.']);
    expect(await sameSourcePairs(db, mine, texts, true, 1)).toHaveLength(1);
  });

  it('reads a long sentence whole: one sharing only its first hundred characters is not the same', async () => {
    const oneToOne = (english: string[]): NewDocument => ({ ...doc(english), sentenceLinks: english.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })) });
    const mine = await insertDocument(db, oneToOne(['A.', 'B.', 'C.']));
    await insertDocument(db, oneToOne(['The market.', 'A long one.', 'Rain.']));
    expect(await sameSourcePairs(db, mine, [LONG], true, 100)).toEqual([{ source: LONG, target: 'A long one.' }]);
    expect(await sameSourcePairs(db, mine, [`${LONG.slice(0, 120)} lain.`], true, 100)).toEqual([]);
  });

  it('stamps the library so that any change shows', async () => {
    const before = await libraryStamp(db);
    const id = await insertDocument(db, doc(['A.', 'B.', 'C.']));
    const added = await libraryStamp(db);
    expect(added).not.toBe(before);
    await setDocumentVisibility(db, id, 'private');
    expect(await libraryStamp(db)).not.toBe(added);
  });
});
