import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveSegment } from '../../src/editing/segment';
import { effortOf } from '../../src/effort/service';
import { insertDocument } from '../../src/store/documents';
import { sideSentences } from '../../src/store/sentences';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

describe(`post-editing effort on ${testDialect()}`, () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await makeTestDb();
  });
  afterEach(() => t.close());

  it('measures the machine English changed per document and per editor, editors for signed-in viewers only', async () => {
    const pairs = [
      ['Hujan turun deras.', 'The rain fall hard.'],
      ['Pasar tetap ramai.', 'Market stay busy.'],
    ];
    const id = await insertDocument(t.db, {
      title: 'Mesin',
      source: pairs.map(([s]) => ({ text: s, sentences: [s] })),
      translation: pairs.map(([, e]) => ({ text: e, sentences: [e] })),
      translationOrigin: 'machine',
      paragraphLinks: pairs.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
      sentenceLinks: pairs.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
    });
    const [first] = await sideSentences(t.db, id, 'en');
    await saveSegment(t.db, { sentenceId: first!.id, text: 'The rain fell hard.', version: first!.version }, 'sari');
    const signedIn = await effortOf(t.db, { user: { id: 1, name: 'sari', role: 'editor' } }, id);
    expect(signedIn).toEqual({
      sentences: 2,
      edited: 1,
      machineWords: 7,
      wordsChanged: 1,
      percentChanged: 14,
      editors: [{ author: 'sari', revisions: 1, wordsChanged: 1 }],
    });
    expect((await effortOf(t.db, { user: null }, id)).editors).toEqual([]);
  });
});
