import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompute } from '../../src/compute/compute';
import { rootText, stemText } from '../../src/core/search/words';
import { importDocument, prepareDocument } from '../../src/import/import-document';
import { InputError } from '../../src/import/input-error';
import { getDocument } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';

const limits = { maxDocumentBytes: 1000 };

describe('prepareDocument', () => {
  const refusals: [string, Parameters<typeof prepareDocument>[0], string][] = [
    ['empty source', { source: '' }, 'source_empty'],
    ['whitespace source', { source: ' \n\t\r\n ' }, 'source_empty'],
    ['only a byline label', { source: 'Penulis\n' }, 'source_empty'],
    ['source over the limit', { source: 'a'.repeat(1001) }, 'source_too_large'],
    ['translation over the limit', { source: 'Ada.', translation: 'b'.repeat(1001) }, 'translation_too_large'],
    ['long title', { source: 'Ada.', title: 'j'.repeat(301) }, 'title_too_long'],
  ];
  it.each(refusals)('refuses %s', (_name, input, code) => {
    expect(() => prepareDocument(input, limits)).toThrow(expect.objectContaining({ code }));
  });

  it('counts the limit in UTF-8 bytes', () => {
    expect(() => prepareDocument({ source: 'é'.repeat(501) }, limits)).toThrow(InputError);
  });
});

describe('importDocument', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await makeTestApp();
  });
  afterEach(() => ctx.close());

  it('stores an untranslated document with every sentence in a link of its own', async () => {
    const id = await importDocument(ctx.db, { source: 'Satu. Dua.\n\nTiga.' }, limits);
    const detail = await getDocument(ctx.db, id);
    expect(detail?.translation).toEqual([]);
    expect(detail?.paragraphLinks.map((l) => [l.source, l.target])).toEqual([[[0], []], [[1], []]]);
    expect(detail?.sentenceLinks.map((l) => [l.source, l.target])).toEqual([[[0], []], [[1], []], [[2], []]]);
  });

  it('reads a text without blank lines as one paragraph per line', async () => {
    const id = await importDocument(ctx.db, { source: 'Baris satu.\nBaris dua.\nBaris tiga.' }, limits);
    expect((await getDocument(ctx.db, id))?.source.map((p) => p.text)).toEqual(['Baris satu.', 'Baris dua.', 'Baris tiga.']);
  });
});

describe('importDocument on the compute workers', () => {
  let ctx: TestContext;
  const compute = createCompute({ threads: 1, inlineBelow: 0 });
  beforeEach(async () => {
    ctx = await makeTestApp();
  });
  afterEach(() => ctx.close());
  afterAll(() => compute.close());

  it('stores the search roots the worker worked out, the same as a save would write', async () => {
    const source = 'Pasukan itu menyerang kota.\n\nSerangan diserang balik. Penyerangan berakhir.';
    const translation = 'The troops attacked the city.\n\nThe attack was attacked back. The assault ended.';
    const id = await importDocument(ctx.db, { source, translation }, ctx.config, compute);
    const rows = await ctx.db.selectFrom('sentences').select(['text', 'roots', 'lang']).where('document_id', '=', id).orderBy('lang').orderBy('position').execute();
    const indonesian = rows.filter((r) => r.lang === 'id');
    expect(indonesian).toHaveLength(3);
    for (const row of indonesian) expect(row.roots).toBe(rootText(row.text));
    expect(indonesian[0]!.roots.split(' ')).toContain('serang');
    // English gets its stems, stop words left out: what PostgreSQL's index reads.
    const english = rows.filter((r) => r.lang === 'en');
    expect(english.map((r) => r.roots)).toEqual(english.map((r) => stemText(r.text)));
    expect(english[0]!.roots).toBe('troop attack citi');
  });
});
