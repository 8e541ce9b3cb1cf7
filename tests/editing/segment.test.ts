import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { revertSegment, saveSegment, segmentHistory } from '../../src/editing/segment';
import { readLinks } from '../../src/store/links';
import { makeTestDb, type TestDb } from '../support/database';
import { englishOf, importMarket, revisionOf } from './fixture';

/** The segment commands without HTTP, on the test run's database (SQLite, or PostgreSQL in its pass). */
describe('editing a segment', () => {
  let t: TestDb;
  let id: number;
  beforeEach(async () => {
    t = await makeTestDb();
    id = await importMarket(t.db);
  });
  afterEach(() => t.close());

  it('saves the next version with a revision naming the author', async () => {
    const [first] = await englishOf(t.db, id);
    const result = await saveSegment(t.db, { sentenceId: first.id, text: 'Rain since dawn.', version: 1 }, 'sari');
    expect(result).toEqual({ kind: 'saved', segment: { id: first.id, text: 'Rain since dawn.', version: 2, status: 'draft' }, added: [] });
    const history = await segmentHistory(t.db, first.id);
    expect(history.revisions.map((r) => [r.version, r.text, r.origin, r.author])).toEqual([
      [2, 'Rain since dawn.', 'human', 'sari'],
      [1, first.text, 'human', null],
    ]);
  });

  it('answers a stale version with the stored segment, writing nothing', async () => {
    const [first] = await englishOf(t.db, id);
    await saveSegment(t.db, { sentenceId: first.id, text: 'First wins.', version: 1 }, 'sari');
    const stale = await saveSegment(t.db, { sentenceId: first.id, text: 'Second.', version: 1 }, 'budi');
    expect(stale).toMatchObject({ kind: 'conflict', current: { id: first.id, text: 'First wins.', version: 2, status: 'draft', savedBy: 'sari' } });
    expect((await segmentHistory(t.db, first.id)).revisions).toHaveLength(2);
  });

  it('keeps the origin when only the status changes, and records who reviewed it', async () => {
    const [, second] = await englishOf(t.db, id);
    const result = await saveSegment(t.db, { sentenceId: second.id, text: second.text, version: 1, status: 'reviewed' }, 'sari');
    expect(result).toMatchObject({ kind: 'saved', segment: { status: 'reviewed', version: 2 } });
    expect((await englishOf(t.db, id))[1]).toMatchObject({ origin: 'human', status: 'reviewed' });
  });

  it('tells in a conflict who saved the stored version, when, and how the text sent differs from it', async () => {
    const [first] = await englishOf(t.db, id);
    await saveSegment(t.db, { sentenceId: first.id, text: 'Rain has fallen all morning.', version: 1 }, 'sari', new Date('2026-03-04T05:06:07Z'));
    const stale = await saveSegment(t.db, { sentenceId: first.id, text: 'Rain has fallen all night.', version: 1 }, 'budi');
    expect(stale.kind).toBe('conflict');
    if (stale.kind !== 'conflict') return;
    expect([stale.current.savedBy, stale.current.savedAt]).toEqual(['sari', '2026-03-04T05:06:07.000Z']);
    expect(stale.current.diff?.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'morning' },
      { kind: 'added', text: 'night' },
    ]);
    // A review is a save too: the conflict names the reviewer.
    await saveSegment(t.db, { sentenceId: first.id, text: 'Rain has fallen all morning.', version: 2, status: 'reviewed' }, 'budi');
    const again = await saveSegment(t.db, { sentenceId: first.id, text: 'Other.', version: 2 }, 'sari');
    expect(again).toMatchObject({ kind: 'conflict', current: { version: 3, savedBy: 'budi' } });
  });

  it('records ticking "Reviewed" as a status change, not as a revision repeating the text', async () => {
    const [, second] = await englishOf(t.db, id);
    const before = await revisionOf(t.db, id);
    await saveSegment(t.db, { sentenceId: second.id, text: second.text, version: 1, status: 'reviewed' }, 'sari');
    await saveSegment(t.db, { sentenceId: second.id, text: second.text, version: 2, status: 'draft' }, 'budi');
    const history = await segmentHistory(t.db, second.id);
    expect(history.revisions.map((r) => [r.version, r.text])).toEqual([[1, second.text]]);
    expect(history.statusChanges.map((c) => [c.version, c.before, c.status, c.author])).toEqual([
      [3, 'reviewed', 'draft', 'budi'],
      [2, 'draft', 'reviewed', 'sari'],
    ]);
    expect(history.segment).toMatchObject({ version: 3, status: 'draft' });
    // The pages showing the document move on: its revision rose with each change.
    expect(await revisionOf(t.db, id)).toBe(before + 2);
  });

  it('changes nothing when the text and the status are saved as they are', async () => {
    const [first] = await englishOf(t.db, id);
    const before = await revisionOf(t.db, id);
    const result = await saveSegment(t.db, { sentenceId: first.id, text: first.text, version: 1 }, 'sari');
    expect(result).toMatchObject({ kind: 'saved', segment: { version: 1 } });
    const history = await segmentHistory(t.db, first.id);
    expect([history.revisions.length, history.statusChanges.length]).toEqual([1, 0]);
    expect(await revisionOf(t.db, id)).toBe(before);
  });

  it('splits a text of two sentences into two segments and keeps the links covering every sentence', async () => {
    const english = await englishOf(t.db, id);
    const result = await saveSegment(t.db, { sentenceId: english[2].id, text: 'The market stays busy. Buyers crowd the stalls.', version: 1 }, null);
    expect(result).toMatchObject({ kind: 'saved', added: [{ text: 'Buyers crowd the stalls.', version: 1, status: 'draft' }] });
    expect((await englishOf(t.db, id)).map((s) => s.position)).toEqual([0, 1, 2, 3, 4]);
    expect((await readLinks(t.db, id, 'sentence')).flatMap((l) => l.target)).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([
    ['an empty text', () => saveSegment(t.db, { sentenceId: 1, text: '   ', version: 1 }, null), 'invalid', 'text_empty'],
    ['an unknown segment', () => saveSegment(t.db, { sentenceId: 999_999, text: 'x', version: 1 }, null), 'not_found', 'not_found'],
    ['an Indonesian sentence', () => saveSegment(t.db, { sentenceId: 1, text: 'x', version: 1 }, null), 'not_found', 'not_found'],
    ['the history of an unknown segment', () => segmentHistory(t.db, 999_999), 'not_found', 'not_found'],
  ] as const)('refuses %s with a domain error', async (_name, run, kind, code) => {
    await expect(run()).rejects.toMatchObject({ kind, code });
  });

  it('reverts by writing the old text as the next version, and refuses a revision of another segment', async () => {
    const [first, second] = await englishOf(t.db, id);
    await saveSegment(t.db, { sentenceId: first.id, text: 'Changed.', version: 1 }, 'sari');
    const original = (await segmentHistory(t.db, first.id)).revisions.find((r) => r.version === 1)!;
    const reverted = await revertSegment(t.db, { sentenceId: first.id, revisionId: original.id, version: 2 }, 'sari');
    expect(reverted).toMatchObject({ kind: 'saved', segment: { text: first.text, version: 3 } });
    await expect(revertSegment(t.db, { sentenceId: second.id, revisionId: original.id, version: 1 }, 'sari')).rejects.toMatchObject({
      kind: 'not_found',
      params: { what: 'revision' },
    });
  });
});
