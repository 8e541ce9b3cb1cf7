import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeWithNext, setConfirmed, splitLink } from '../../src/core/edit/index';
import { editLinks, historyState, linksChanged, realignDocument, stepHistory } from '../../src/editing/alignment';
import { readLinks, writeLinks } from '../../src/store/links';
import { makeTestDb, type TestDb } from '../support/database';
import { importMarket } from './fixture';

const show = (links: { source: number[]; target: number[]; confirmed: boolean }[]) =>
  links.map((l) => `${l.source.join(',')}-${l.target.join(',')}${l.confirmed ? '!' : ''}`).join('|');

const link = (source: number[], target: number[]) => ({ source, target, confidence: 0.5, confirmed: false });

describe('editing the alignment', () => {
  let t: TestDb;
  let id: number;
  beforeEach(async () => {
    t = await makeTestDb();
    id = await importMarket(t.db);
  });
  afterEach(() => t.close());

  const sentences = async () => show(await readLinks(t.db, id, 'sentence'));

  it('applies an edit, undoes and redoes it', async () => {
    expect(await sentences()).toBe('0-0|1-1|2-2|3-3');
    await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => mergeWithNext(l, 0) }, 'sari');
    expect(await sentences()).toBe('0,1-0,1|2-2|3-3');
    await stepHistory(t.db, id, 'undo');
    expect(await sentences()).toBe('0-0|1-1|2-2|3-3');
    expect(await historyState(t.db, id)).toEqual({ canUndo: false, canRedo: true });
    await stepHistory(t.db, id, 'redo');
    expect(await sentences()).toBe('0,1-0,1|2-2|3-3');
  });

  it('writes nothing when the edit refuses, or leaves links that miss a sentence', async () => {
    const moved = editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: () => { throw linksChanged(); } }, null);
    await expect(moved).rejects.toMatchObject({ kind: 'conflict', code: 'links_changed' });
    const dropping = editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => l.slice(1) }, null);
    await expect(dropping).rejects.toMatchObject({ kind: 'invalid', code: 'invalid_links' });
    expect(await sentences()).toBe('0-0|1-1|2-2|3-3');
    expect(await historyState(t.db, id)).toEqual({ canUndo: false, canRedo: false });
  });

  it('refuses to undo when there is nothing, and a step the links no longer match, writing nothing', async () => {
    await expect(stepHistory(t.db, id, 'undo')).rejects.toMatchObject({ kind: 'conflict', code: 'nothing_to_undo' });
    await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => mergeWithNext(l, 0) }, null);
    // Changed behind the history's back: the recorded range no longer matches.
    await t.db.updateTable('sentence_links').set({ confidence: 0.5 }).where('document_id', '=', id).where('position', '=', 0).execute();
    await expect(stepHistory(t.db, id, 'undo')).rejects.toMatchObject({ kind: 'conflict', code: 'history_stale' });
    expect(await sentences()).toBe('0,1-0,1|2-2|3-3');
    expect(await historyState(t.db, id)).toEqual({ canUndo: true, canRedo: false });
  });

  it('re-aligns the whole document around confirmed links, as one undoable operation', async () => {
    await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => setConfirmed(mergeWithNext(l, 2), 2, true) }, null);
    expect(await sentences()).toBe('0-0|1-1|2,3-2,3!');
    await realignDocument(t.db, id, 'sari');
    expect(await sentences()).toBe('0-0|1-1|2,3-2,3!');
    await stepHistory(t.db, id, 'undo');
    expect(await sentences()).toBe('0-0|1-1|2,3-2,3!');
    expect(await historyState(t.db, id)).toEqual({ canUndo: true, canRedo: true });
  });

  it('leaves the passages as they are after a merge inside one passage', async () => {
    await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => mergeWithNext(l, 2), passages: 'join' }, 'sari');
    expect([await sentences(), show(await readLinks(t.db, id, 'paragraph'))]).toEqual(['0-0|1-1|2,3-2,3', '0-0|1-1']);
  });

  it('merges an Indonesian-only and an English-only sentence across passages into one passage, undone as one step', async () => {
    // The translator's paragraphs as if the aligner had left Indonesian paragraph 1 and English paragraph 1 unpaired.
    await writeLinks(t.db, id, 'paragraph', [link([0], [0]), link([1], []), link([], [1])]);
    await writeLinks(t.db, id, 'sentence', [link([0], [0]), link([1], [1]), link([2], []), link([3], []), link([], [2]), link([], [3])]);
    const passages = async () => show(await readLinks(t.db, id, 'paragraph'));
    await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => mergeWithNext(l, 3), passages: 'join' }, 'sari');
    expect(await sentences()).toBe('0-0|1-1|2-|3-2|-3');
    expect(await passages()).toBe('0-0|1-1');
    await stepHistory(t.db, id, 'undo');
    expect([await sentences(), await passages()]).toEqual(['0-0|1-1|2-|3-|-2|-3', '0-0|1-|-1']);
    await stepHistory(t.db, id, 'redo');
    expect(await passages()).toBe('0-0|1-1');
    // Split back, the sentences face nothing again and so do their passages.
    await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'split', edit: (l) => splitLink(l, 3, 1, 0), passages: 'cut' }, 'sari');
    expect(await passages()).toBe('0-0|1-|-1');
  });

  it('cuts a sentence link at the border of a passage split through it, undone as one step', async () => {
    await writeLinks(t.db, id, 'paragraph', [link([0, 1], [0, 1])]);
    await writeLinks(t.db, id, 'sentence', [link([0], [0]), link([1, 2], [1, 2]), link([3], [3])]);
    const passages = async () => show(await readLinks(t.db, id, 'paragraph'));
    await editLinks(t.db, { documentId: id, level: 'paragraph', kind: 'split', edit: (l) => splitLink(l, 0, 1, 1), sentencesFollow: true }, 'sari');
    expect([await passages(), await sentences()]).toEqual(['0-0|1-1', '0-0|1-1|2-2|3-3']);
    await stepHistory(t.db, id, 'undo');
    expect([await passages(), await sentences()]).toEqual(['0,1-0,1', '0-0|1,2-1,2|3-3']);
  });
});
