import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/database';
import { getDocument, insertDocument } from '../../src/store/documents';
import { replaceEnglishSide } from '../../src/editing/english-side';
import { makeDataDir } from '../support/app';

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
