import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { segmentHistory } from '../../src/editing/segment';
import { joinSourceSentences, saveSourceSentence } from '../../src/editing/source';
import { getDocument } from '../../src/store/documents';
import { readLinks } from '../../src/store/links';
import { makeTestDb, type TestDb } from '../support/database';
import { importMarket, revisionOf } from './fixture';

const show = (links: { source: number[]; target: number[] }[]) => links.map((l) => `${l.source.join(',')}-${l.target.join(',')}`).join('|');

/** Correcting the Indonesian side without HTTP, on the test run's database (SQLite, or PostgreSQL in its pass). */
describe('correcting the Indonesian source', () => {
  let t: TestDb;
  let id: number;
  beforeEach(async () => {
    t = await makeTestDb();
    id = await importMarket(t.db);
  });
  afterEach(() => t.close());

  const source = async () => (await getDocument(t.db, id))!.source.flatMap((p) => p.sentences);
  const paragraphs = async () => (await getDocument(t.db, id))!.source.map((p) => p.text);

  it('saves a corrected sentence as its next version, the imported text kept as the first revision', async () => {
    const [first] = await source();
    const before = await revisionOf(t.db, id);
    const result = await saveSourceSentence(t.db, { sentenceId: first.id, text: 'Hujan turun sejak subuh.', version: 1 }, 'sari');
    expect(result).toEqual({ kind: 'saved', sentences: [{ id: first.id, text: 'Hujan turun sejak subuh.', version: 2, status: 'source' }] });
    const history = await segmentHistory(t.db, first.id);
    expect(history.revisions.map((r) => [r.version, r.text, r.origin, r.author])).toEqual([
      [2, 'Hujan turun sejak subuh.', 'human', 'sari'],
      [1, 'Hujan turun sejak pagi.', 'source', null],
    ]);
    expect(history.revisions[0].diffPrevious).toContainEqual({ kind: 'added', text: 'subuh' });
    expect((await paragraphs())[0]).toBe('Hujan turun sejak subuh. Jalan-jalan di kota basah.');
    expect(await revisionOf(t.db, id)).toBe(before + 1);
  });

  it('splits a sentence where a line break was typed, and re-aligns its passage over every sentence', async () => {
    const [, second] = await source();
    await saveSourceSentence(t.db, { sentenceId: second.id, text: 'Jalan-jalan di kota\nbasah semua.', version: 1 }, 'sari');
    expect((await source()).map((s) => [s.position, s.text])).toEqual([
      [0, 'Hujan turun sejak pagi.'],
      [1, 'Jalan-jalan di kota'],
      [2, 'basah semua.'],
      [3, 'Pasar tetap ramai.'],
      [4, 'Pedagang menjual sayur dan buah.'],
    ]);
    const links = await readLinks(t.db, id, 'sentence');
    expect(links.flatMap((l) => l.source)).toEqual([0, 1, 2, 3, 4]);
    expect(show(links).endsWith('3-2|4-3')).toBe(true);
  });

  it('joins a sentence with the next of its paragraph, and the links follow', async () => {
    const [first, second] = await source();
    const result = await joinSourceSentences(t.db, { sentenceId: first.id, version: 1, nextVersion: 1 }, 'sari');
    expect(result).toMatchObject({ kind: 'saved', sentences: [{ text: 'Hujan turun sejak pagi. Jalan-jalan di kota basah.', version: 2 }] });
    const after = await source();
    expect(after.map((s) => s.position)).toEqual([0, 1, 2]);
    expect(after.some((s) => s.id === second.id)).toBe(false);
    const links = await readLinks(t.db, id, 'sentence');
    expect(links.flatMap((l) => l.source)).toEqual([0, 1, 2]);
    expect(show(links)).toBe('0-0,1|1-2|2-3');
  });

  it('answers a stale version with who saved the current one, writing nothing', async () => {
    const [first] = await source();
    await saveSourceSentence(t.db, { sentenceId: first.id, text: 'Hujan deras sejak pagi.', version: 1 }, 'budi');
    const stale = await saveSourceSentence(t.db, { sentenceId: first.id, text: 'Hujan ringan.', version: 1 }, 'sari');
    expect(stale).toMatchObject({ kind: 'conflict', current: { text: 'Hujan deras sejak pagi.', version: 2, savedBy: 'budi' } });
    const joinStale = await joinSourceSentences(t.db, { sentenceId: first.id, version: 1 }, 'sari');
    expect(joinStale.kind).toBe('conflict');
    expect((await source()).map((s) => s.text)[0]).toBe('Hujan deras sejak pagi.');
  });

  it.each([
    ['an empty text', () => saveSourceSentence(t.db, { sentenceId: 1, text: ' \n ', version: 1 }, null), 'invalid', 'source_text_empty'],
    ['an English sentence', async () => {
      const english = (await getDocument(t.db, id))!.translation[0].sentences[0];
      return saveSourceSentence(t.db, { sentenceId: english.id, text: 'x', version: 1 }, null);
    }, 'not_found', 'not_found'],
    ['joining the last sentence of a paragraph', async () => {
      const last = (await source())[1];
      return joinSourceSentences(t.db, { sentenceId: last.id, version: 1 }, null);
    }, 'invalid', 'no_next_sentence'],
  ] as const)('refuses %s with a domain error, writing nothing', async (_name, run, kind, code) => {
    const before = await revisionOf(t.db, id);
    await expect(run()).rejects.toMatchObject({ kind, code });
    expect(await revisionOf(t.db, id)).toBe(before);
  });

  it('changes nothing when the text is saved as it is', async () => {
    const [first] = await source();
    const before = await revisionOf(t.db, id);
    expect(await saveSourceSentence(t.db, { sentenceId: first.id, text: first.text, version: 1 }, 'sari')).toMatchObject({ kind: 'saved', sentences: [{ version: 1 }] });
    expect(await revisionOf(t.db, id)).toBe(before);
  });
});
