import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootText } from '../../src/core/search/words';
import { importDocument } from '../../src/import/import-document';
import { insertMemoryPairs } from '../../src/store/memory-pairs';
import { getDocument } from '../../src/store/documents';
import { revisionsOf } from '../../src/store/revisions';
import { makeTestApp, type TestContext } from '../support/app';

const limits = { maxDocumentBytes: 100_000 };

describe('exact memory matches pre-filled on import', () => {
  let ctx: TestContext;

  /** A document of the library whose English is all reviewed (or left as imported: a draft). */
  async function stored(source: string, translation: string, options: { reviewed?: boolean; visibility?: 'public' | 'private' } = {}): Promise<number> {
    const id = await importDocument(ctx.db, { source, translation, visibility: options.visibility }, limits);
    if (options.reviewed ?? true) await ctx.db.updateTable('sentences').set({ status: 'reviewed' }).where('document_id', '=', id).where('lang', '=', 'en').execute();
    return id;
  }

  const englishOf = async (id: number) => (await getDocument(ctx.db, id))!.translation.flatMap((p) => p.sentences);
  const sentencePairs = async (id: number) => {
    const detail = (await getDocument(ctx.db, id))!;
    const source = detail.source.flatMap((p) => p.sentences);
    const english = detail.translation.flatMap((p) => p.sentences);
    return detail.sentenceLinks.map((l) => [l.source.map((p) => source[p]!.text).join(' '), l.target.map((p) => english[p]!.text).join(' ')]);
  };

  beforeAll(async () => {
    ctx = await makeTestApp();
    await stored('Hujan turun di Jakarta. Banjir melanda kota.', 'Rain fell in Jakarta. Floods hit the city.');
    // Not reviewed: no memory.
    await stored('Pasar dibuka pagi ini.', 'The market opened this morning.', { reviewed: false });
    // Two Indonesian sentences in one English one: the English belongs to both, to neither alone.
    await stored('Dia datang. Dia pergi.', 'He came and went.');
    await stored('Rapat rahasia digelar kemarin.', 'A secret meeting was held yesterday.', { visibility: 'private' });
    // A memory file (TMX imported as memory only): its English of two sentences, and another English for a sentence the library holds.
    const filePairs = [
      ['Kontrak ditandatangani hari ini.', 'The contract was signed today. It runs for a year.'],
      ['Hujan turun di Jakarta.', 'It rained in Jakarta.'],
    ].map(([source, target]) => ({ source: source!, target: target!, roots: rootText(source!) }));
    await insertMemoryPairs(ctx.db, filePairs, { importId: 'klien', fileName: 'klien.tmx', author: 'sari', at: new Date().toISOString() });
  });
  afterAll(() => ctx.close());

  it('gives each sentence with a reviewed exact match that English as a draft from memory, the rest untranslated', async () => {
    const id = await importDocument(
      ctx.db,
      { source: 'Hujan turun di Jakarta. Angin bertiup kencang.\n\nPasar dibuka pagi ini.\n\nDia datang.\n\nBanjir melanda kota.', prefillFromMemory: true },
      limits,
    );
    expect(await sentencePairs(id)).toEqual([
      ['Hujan turun di Jakarta.', 'Rain fell in Jakarta.'],
      ['Angin bertiup kencang.', ''],
      ['Pasar dibuka pagi ini.', ''],
      ['Dia datang.', ''],
      ['Banjir melanda kota.', 'Floods hit the city.'],
    ]);
    const english = await englishOf(id);
    expect(english.map((s) => [s.origin, s.status])).toEqual([['memory', 'draft'], ['memory', 'draft']]);
    expect((await revisionsOf(ctx.db, english[0]!.id)).map((r) => [r.origin, r.text])).toEqual([['memory', 'Rain fell in Jakarta.']]);
    const detail = (await getDocument(ctx.db, id))!;
    expect(detail.paragraphLinks.map((l) => [l.source, l.target])).toEqual([[[0], [0]], [[1], []], [[2], []], [[3], [1]]]);
  });

  it('takes nothing from a private document into a public one, and takes it into a private one', async () => {
    const text = 'Rapat rahasia digelar kemarin.';
    const asPublic = await importDocument(ctx.db, { source: text, prefillFromMemory: true }, limits);
    expect(await englishOf(asPublic)).toEqual([]);
    const asPrivate = await importDocument(ctx.db, { source: text, prefillFromMemory: true, visibility: 'private' }, limits);
    expect((await englishOf(asPrivate)).map((s) => s.text)).toEqual(['A secret meeting was held yesterday.']);
  });

  it('fills a private document from imported memory files where the library has no pair, a public one never', async () => {
    const text = 'Kontrak ditandatangani hari ini. Hujan turun di Jakarta.';
    const asPrivate = await importDocument(ctx.db, { source: text, prefillFromMemory: true, visibility: 'private' }, limits);
    // The file's English stays two sentences; the library's own pair wins over the file's.
    expect(await sentencePairs(asPrivate)).toEqual([
      ['Kontrak ditandatangani hari ini.', 'The contract was signed today. It runs for a year.'],
      ['Hujan turun di Jakarta.', 'Rain fell in Jakarta.'],
    ]);
    expect((await englishOf(asPrivate)).map((s) => [s.text, s.origin])).toEqual([
      ['The contract was signed today.', 'memory'],
      ['It runs for a year.', 'memory'],
      ['Rain fell in Jakarta.', 'memory'],
    ]);
    const asPublic = await importDocument(ctx.db, { source: text, prefillFromMemory: true }, limits);
    expect(await sentencePairs(asPublic)).toEqual([
      ['Kontrak ditandatangani hari ini.', ''],
      ['Hujan turun di Jakarta.', 'Rain fell in Jakarta.'],
    ]);
  });

  it('keeps the English a person gives: memory fills in only where there is none', async () => {
    const id = await importDocument(ctx.db, { source: 'Hujan turun di Jakarta.', translation: 'It rained in Jakarta.', prefillFromMemory: true }, limits);
    expect((await englishOf(id)).map((s) => [s.text, s.origin])).toEqual([['It rained in Jakarta.', 'human']]);
  });

  it('fills nothing unless asked', async () => {
    const id = await importDocument(ctx.db, { source: 'Hujan turun di Jakarta.' }, limits);
    expect(await englishOf(id)).toEqual([]);
  });

  it('looks a long document up in batches and fills every copy of a matched sentence', async () => {
    // 700 distinct sentences (more than a batch) and the stored one at the start and the end.
    const filler = Array.from({ length: 700 }, (_, i) => `Kalimat nomor ${i + 1} tidak ada di perpustakaan.`);
    const source = ['Banjir melanda kota.', ...filler, 'Banjir melanda kota.'].join('\n\n');
    const id = await importDocument(ctx.db, { source, prefillFromMemory: true }, { maxDocumentBytes: 1_000_000 });
    const pairs = await sentencePairs(id);
    expect(pairs).toHaveLength(702);
    expect(pairs.filter(([, en]) => en !== '').map(([, en]) => en)).toEqual(['Floods hit the city.', 'Floods hit the city.']);
    expect(pairs[701]).toEqual(['Banjir melanda kota.', 'Floods hit the city.']);
  });
});
