import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineCompute, type Compute } from '../../src/compute/compute';
import { saveSegment } from '../../src/editing/segment';
import { libraryEfforts } from '../../src/effort/library';
import { sideSentences } from '../../src/store/sentences';
import { makeTestDb, testDialect, type TestDb } from '../support/database';
import { insertSentencePairs } from '../support/sentence-pairs';

/** The documents each effort task was asked about. */
function countingCompute(asked: number[][]): Compute {
  return {
    ...inlineCompute,
    run: async (name, input) => {
      if (name === 'documentEfforts') asked.push((input as [number, unknown][]).map(([id]) => id));
      return inlineCompute.run(name, input);
    },
  };
}

describe(`post-editing effort of the library on ${testDialect()}`, () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await makeTestDb();
  });
  afterEach(() => t.close());

  it('works out each document once and again after it changes, editors for signed-in viewers only', async () => {
    const rain = await insertSentencePairs(t.db, 'Hujan', [['Hujan turun deras.', 'The rain fall hard.']], { origin: 'machine' });
    const market = await insertSentencePairs(t.db, 'Pasar', [['Pasar tetap ramai.', 'Market stay busy.']], { origin: 'machine' });
    const editor = { user: { id: 1, name: 'sari', role: 'editor' as const } };
    const asked: number[][] = [];
    const compute = countingCompute(asked);
    const before = await libraryEfforts(t.db, compute, editor, [rain, market, 99999]);
    expect([...before.keys()]).toEqual([rain, market]);
    expect(before.get(rain)).toMatchObject({ wordsChanged: 0, editors: [] });
    const [sentence] = await sideSentences(t.db, rain, 'en');
    await saveSegment(t.db, { sentenceId: sentence!.id, text: 'The rain fell hard.', version: sentence!.version }, 'sari');
    const after = await libraryEfforts(t.db, compute, editor, [rain, market]);
    expect(asked).toEqual([[rain, market], [rain]]);
    expect(after.get(rain)).toMatchObject({ wordsChanged: 1, percentChanged: 25, editors: [{ author: 'sari', revisions: 1, wordsChanged: 1 }] });
    expect(after.get(market)).toEqual(before.get(market));
    expect((await libraryEfforts(t.db, compute, { user: null }, [rain])).get(rain)!.editors).toEqual([]);
    expect(asked).toHaveLength(2);
  });
});
