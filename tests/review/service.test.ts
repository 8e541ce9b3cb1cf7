import { afterEach, describe, expect, it } from 'vitest';
import { createCompute, type Compute } from '../../src/compute/compute';
import { GlossaryService } from '../../src/glossary/service';
import { importDocument } from '../../src/import/import-document';
import { ReviewService } from '../../src/review/service';
import { getDocument } from '../../src/store/documents';
import { makeTestDb, type TestDb } from '../support/database';

const PARAGRAPHS = 400;
// Numbered so no two read alike; every fifth English paragraph doubles a word: a queue item each.
const source = Array.from({ length: PARAGRAPHS }, (_, i) => `Pasar nomor ${i} tetap ramai setiap pagi.`).join('\n\n');
const translation = Array.from({ length: PARAGRAPHS }, (_, i) => `Market number ${i} stays ${i % 5 === 0 ? 'busy busy' : 'busy'} every morning.`).join('\n\n');

describe('the review service', () => {
  let test: TestDb | undefined;
  let compute: Compute | undefined;
  afterEach(async () => {
    await compute?.close();
    await test?.close();
    compute = test = undefined;
  });

  it('checks a long document on the worker pool once per revision', async () => {
    test = await makeTestDb();
    compute = createCompute({ threads: 1, nice: 0 });
    const id = await importDocument(test.db, { title: 'Pasar', source, translation }, { maxDocumentBytes: 1 << 20, maxParagraphs: 1000 });
    const detail = (await getDocument(test.db, id))!;
    const review = new ReviewService(test.db, new GlossaryService(test.db), compute);
    const doubled = async (d = detail) => (await review.queue(d, { user: null })).items.filter((i) => i.kind === 'doubled').length;

    expect(await doubled()).toBe(PARAGRAPHS / 5);
    expect(compute.stats().completed).toBe(1);
    // The next item, the library's counts: the same revision is answered from what was found.
    expect(await doubled()).toBe(PARAGRAPHS / 5);
    expect(compute.stats().completed).toBe(1);
    // A new revision is checked again.
    expect(await doubled({ ...detail, document: { ...detail.document, revision: detail.document.revision + 1 } })).toBe(PARAGRAPHS / 5);
    expect(compute.stats().completed).toBe(2);
  });

  it('reads the library’s pairs while the worker checks, and finds what they make inconsistent', async () => {
    test = await makeTestDb();
    compute = createCompute({ threads: 1, nice: 0 });
    const limits = { maxDocumentBytes: 1 << 20, maxParagraphs: 1000 };
    const id = await importDocument(test.db, { title: 'Pasar', source, translation }, limits);
    await importDocument(test.db, { title: 'Lain', source: 'Pasar nomor 7 tetap ramai setiap pagi.', translation: 'Market seven is crowded each morning.' }, limits);
    const detail = (await getDocument(test.db, id))!;
    const review = new ReviewService(test.db, new GlossaryService(test.db), compute);
    const inconsistent = (await review.queue(detail, { user: null })).items.filter((i) => i.kind === 'inconsistent');
    expect(inconsistent.map((i) => [i.link, i.params.others])).toEqual([[7, 'Market seven is crowded each morning.']]);
    expect(compute.stats().completed).toBe(1);
  });
});
