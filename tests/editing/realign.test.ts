import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineCompute, type Compute } from '../../src/compute/compute';
import { mergeWithNext, setConfirmed } from '../../src/core/edit/index';
import { editLinks, realignDocument } from '../../src/editing/alignment';
import { readLinks } from '../../src/store/links';
import { makeTestDb, type TestDb } from '../support/database';
import { importMarket } from './fixture';

const show = (links: { source: number[]; target: number[]; confirmed: boolean }[]) =>
  links.map((l) => `${l.source.join(',')}-${l.target.join(',')}${l.confirmed ? '!' : ''}`).join('|');

describe('re-aligning, aligned before its transaction', () => {
  let t: TestDb;
  let id: number;
  beforeEach(async () => {
    t = await makeTestDb();
    id = await importMarket(t.db);
  });
  afterEach(() => t.close());

  it('aligns again inside the transaction when someone changed the links while it aligned, keeping their confirmed link', async () => {
    let runs = 0;
    // Another editor merges and confirms the last two sentence links while the first aligning runs.
    const meanwhile: Compute = {
      async run(name, input) {
        if (runs++ === 0) {
          await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => setConfirmed(mergeWithNext(l, 2), 2, true) }, 'budi');
        }
        return inlineCompute.run(name, input);
      },
      close: async () => undefined,
      stats: inlineCompute.stats,
    };
    await realignDocument(t.db, id, 'sari', { compute: meanwhile });
    expect(runs).toBe(2);
    expect(show(await readLinks(t.db, id, 'sentence'))).toBe('0-0|1-1|2,3-2,3!');
  });

  it('aligns once when nothing changed meanwhile', async () => {
    let runs = 0;
    const counting: Compute = { run: (name, input) => (runs++, inlineCompute.run(name, input)), close: async () => undefined, stats: inlineCompute.stats };
    await realignDocument(t.db, id, 'sari', { compute: counting });
    expect(runs).toBe(1);
    expect(show(await readLinks(t.db, id, 'sentence'))).toBe('0-0|1-1|2-2|3-3');
  });
});
