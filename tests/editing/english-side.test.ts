import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/database';
import { getDocument, insertDocument } from '../../src/store/documents';
import { replaceEnglishSide } from '../../src/editing/english-side';
import { makeDataDir } from '../support/app';
import { mergeWithNext } from '../../src/core/edit/index';
import { segmentDocument } from '../../src/core/text/index';
import { editLinks, historyState } from '../../src/editing/alignment';
import { replaceTranslation } from '../../src/editing/english-side';
import { inlineCompute, type Compute } from '../../src/compute/compute';
import { saveSegment } from '../../src/editing/segment';
import { readLinks } from '../../src/store/links';
import { putMachineParagraph } from '../../src/store/machine-translations';
import { retiredSegments } from '../../src/store/retired-segments';
import { applyMachineEnglish } from '../../src/machine-translation/machine-english';
import { makeTestDb, type TestDb } from '../support/database';
import { englishOf, importMarket, MARKET } from './fixture';

describe('replaceEnglishSide', () => {
  let dir: string;
  let db: Db;

  beforeEach(async () => {
    dir = makeDataDir();
    db = await openDatabase(path.join(dir, 'side.sqlite'));
  });
  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const newDocument = (english: string[][], origin: 'human' | 'machine') =>
    insertDocument(db, {
      title: 'Uji',
      source: [
        { text: 'Satu. Dua.', sentences: ['Satu.', 'Dua.'] },
        { text: 'Tiga.', sentences: ['Tiga.'] },
      ],
      translation: english.map((sentences) => ({ text: sentences.join(' '), sentences })),
      translationOrigin: origin,
      paragraphLinks: [],
      sentenceLinks: [],
    });
  const english = async (id: number) =>
    (await getDocument(db, id))!.translation.map((p) => p.sentences.map((s) => [s.id, s.text, s.origin, s.version] as const));
  const revisions = (id: number) =>
    db.selectFrom('segment_revisions').select(['sentence_id', 'version', 'text', 'origin']).where('document_id', '=', id).orderBy('id').execute();

  it('inserts a paragraph in the middle without touching the rows of the others', async () => {
    const id = await newDocument([['[EN] One.', '[EN] Two.'], ['[EN] Four.']], 'machine');
    const before = await english(id);
    const changed = await replaceEnglishSide(db, id, [['[EN] One.', '[EN] Two.'], ['[EN] Three.'], ['[EN] Four.']], { origin: 'machine' });
    expect(changed).toBe(true);
    const after = await english(id);
    expect(after.map((p) => p.map((s) => s[1]))).toEqual([['[EN] One.', '[EN] Two.'], ['[EN] Three.'], ['[EN] Four.']]);
    expect(after[0]).toEqual(before[0]);
    expect(after[2]![0]).toEqual(before[1]![0]);
    expect((await revisions(id)).map((r) => r.version)).toEqual([1, 1, 1, 1]);
    expect(await replaceEnglishSide(db, id, [['[EN] One.', '[EN] Two.'], ['[EN] Three.'], ['[EN] Four.']], { origin: 'machine' })).toBe(false);
  });

  it('gives a changed sentence a new version of the same row, keeping the old text as a revision', async () => {
    const id = await newDocument([['[EN] One.', '[EN] Two.']], 'machine');
    const [[, second]] = (await english(id)) as [[unknown, readonly [number, string, string, number]]];
    await replaceEnglishSide(db, id, [['[EN] One.', '[EN] Second.']], { origin: 'machine' });
    const after = await english(id);
    expect(after[0]![1]).toEqual([second[0], '[EN] Second.', 'machine', 2]);
    expect((await revisions(id)).filter((r) => r.sentence_id === second[0]).map((r) => [r.version, r.text])).toEqual([
      [1, '[EN] Two.'],
      [2, '[EN] Second.'],
    ]);
  });

  it('keeps every sentence a person wrote in the revisions, also when machine output has fewer sentences', async () => {
    const id = await newDocument([['Person one.', 'Person two.'], ['Person three.', 'Person four.', 'Person five.']], 'human');
    await replaceEnglishSide(db, id, [['[EN] One.'], ['[EN] Three.']], { origin: 'machine' });
    const after = await english(id);
    expect(after.map((p) => p.map((s) => [s[1], s[2]]))).toEqual([[['[EN] One.', 'machine']], [['[EN] Three.', 'machine']]]);
    const all = await revisions(id);
    expect(all.filter((r) => r.origin === 'human').map((r) => r.text).sort()).toEqual(
      ['Person five.', 'Person four.', 'Person one.', 'Person three.', 'Person two.'].sort(),
    );
    const live = new Set(after.flat().map((s) => s[0]));
    for (const r of all) expect(live.has(r.sentence_id)).toBe(true);
    // The newest version of each sentence is the machine text it now shows.
    for (const s of after.flat()) {
      const own = all.filter((r) => r.sentence_id === s[0]);
      const newest = own.reduce((a, b) => (b.version > a.version ? b : a));
      expect([newest.text, newest.version]).toEqual([s[1], s[3]]);
    }
  });
});

/** Replacing the English side through the service, on the test run's database: one policy for a person's translation and machine output. */
describe('replacing the English side', () => {
  let t: TestDb;
  let id: number;
  beforeEach(async () => {
    t = await makeTestDb();
    id = await importMarket(t.db);
  });
  afterEach(() => t.close());

  const translation = (text: string) => segmentDocument(text, 'en');

  it("keeps the rows of a person's unchanged sentences, and lists the texts that left among the retired", async () => {
    const before = await englishOf(t.db, id);
    await saveSegment(t.db, { sentenceId: before[0].id, text: before[0].text, version: 1, status: 'reviewed' }, 'sari');
    await replaceTranslation(t.db, id, translation(`${MARKET.translation.split('\n\n')[0]}\n\nA busy market.`), 'budi');
    const after = await englishOf(t.db, id);
    expect(after.map((s) => [s.id, s.text, s.status])).toEqual([
      [before[0].id, before[0].text, 'reviewed'],
      [before[1].id, before[1].text, 'draft'],
      [before[2].id, 'A busy market.', 'draft'],
    ]);
    const retired = await retiredSegments(t.db, id);
    expect(retired.map((r) => [r.sentenceId, r.text, r.reason])).toEqual([
      [before[3].id, before[3].text, 'translation_replaced'],
      [before[2].id, before[2].text, 'translation_replaced'],
    ]);
    // The dropped row's history went to the sentence that took its place, so every old text is still in a live history.
    const live = await t.db.selectFrom('segment_revisions').select('text').where('sentence_id', 'in', after.map((s) => s.id)).execute();
    expect(live.map((r) => r.text)).toEqual(expect.arrayContaining(before.map((s) => s.text)));
    expect((await readLinks(t.db, id, 'sentence')).flatMap((l) => l.target)).toEqual([0, 1, 2]);
  });

  it('refuses a document that does not exist', async () => {
    await expect(replaceTranslation(t.db, 999_999, translation('One.'), null)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('machine output ends undo history that no longer describes the links', async () => {
    await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => mergeWithNext(l, 0) }, null);
    expect((await historyState(t.db, id)).canUndo).toBe(true);
    const source = await t.db.selectFrom('paragraphs').select('position').where('document_id', '=', id).where('lang', '=', 'id').orderBy('position').execute();
    for (const { position } of source) {
      await putMachineParagraph(t.db, {
        documentId: id,
        sourcePosition: position,
        cacheKey: `k${id}-${position}`,
        text: `Machine paragraph ${position}. It has two sentences.`,
        engine: 'test',
        model: null,
        targetLang: 'en-US',
        jobId: null,
        billedCharacters: 0,
      });
    }
    expect(await applyMachineEnglish(t.db, id, { replacePersonal: true })).toBe(true);
    expect((await englishOf(t.db, id)).map((s) => [s.text, s.origin, s.status])).toEqual([
      ['Machine paragraph 0.', 'machine', 'machine'],
      ['It has two sentences.', 'machine', 'machine'],
      ['Machine paragraph 1.', 'machine', 'machine'],
      ['It has two sentences.', 'machine', 'machine'],
    ]);
    expect(await historyState(t.db, id)).toEqual({ canUndo: false, canRedo: false });
    expect((await retiredSegments(t.db, id)).map((r) => r.reason)).toEqual(Array(4).fill('machine_translation'));
  });

  /** A compute that holds every alignDocument task until `release`, and counts them. */
  function heldCompute() {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const waiting = new Promise<void>((resolve) => (started = resolve));
    const calls: string[] = [];
    const compute: Compute = {
      ...inlineCompute,
      async run(name, input) {
        calls.push(name);
        if (name === 'alignDocument' && calls.filter((c) => c === name).length === 1) {
          started();
          await gate;
        }
        return inlineCompute.run(name, input);
      },
    };
    return { compute, calls, waiting, release };
  }

  it('aligns the new side before its transaction: another save is written while the alignment runs', async () => {
    const other = await importMarket(t.db);
    const held = heldCompute();
    const replacing = replaceTranslation(t.db, id, translation(MARKET.translation.replace('busy', 'crowded')), 'budi', { compute: held.compute });
    await held.waiting;
    const [first] = await englishOf(t.db, other);
    // With the alignment inside the transaction, SQLite's one writing connection would be held and this save would wait for the release.
    const saved = saveSegment(t.db, { sentenceId: first!.id, text: 'It has rained since the morning.', version: 1 }, 'sari');
    const outcome = await Promise.race([saved.then(() => 'saved'), new Promise((resolve) => setTimeout(() => resolve('waited'), 2_000))]);
    held.release();
    await replacing;
    expect(outcome).toBe('saved');
    expect(held.calls.filter((c) => c === 'alignDocument')).toHaveLength(1);
    expect((await englishOf(t.db, id)).map((s) => s.text)).toContain('The market stays crowded.');
  });

  it('aligns again inside the transaction when the document changed while the new side was aligned', async () => {
    const held = heldCompute();
    const replacing = replaceTranslation(t.db, id, translation(MARKET.translation.replace('busy', 'crowded')), 'budi', { compute: held.compute });
    await held.waiting;
    // A link edit meanwhile raises the revision: the early alignment no longer describes the document.
    await editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => mergeWithNext(l, 0) }, null);
    held.release();
    await replacing;
    expect(held.calls.filter((c) => c === 'alignDocument')).toHaveLength(2);
    expect((await readLinks(t.db, id, 'sentence')).map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });
});
