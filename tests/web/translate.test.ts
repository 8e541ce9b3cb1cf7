import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDocument } from '../../src/store/documents';
import { latestJobForDocument } from '../../src/store/jobs';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import {
  importParagraphs,
  indonesianParagraphs,
  makeTranslateTestApp,
  sentTexts,
  translateRequests,
  type TranslateTestContext,
} from '../support/translate';

describe('translating a document with DeepL', () => {
  let fake: FakeDeepL;
  let ctx: TranslateTestContext;

  beforeEach(async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake, { runner: { plan: { maxTexts: 50 } } });
  });
  afterEach(async () => {
    await ctx.close();
    await fake.stop();
  });

  async function translate(id: number, form: Record<string, string> = {}) {
    const response = await ctx.post(`/documents/${id}/translate`).type('form').send(form);
    const job = await latestJobForDocument(ctx.db, id);
    if (response.status === 303 && job) await ctx.translation.runner.runJob(job.id);
    return { response, job: job && (await latestJobForDocument(ctx.db, id))! };
  }

  it('stores machine English per paragraph, with revisions and provenance, and shows it in the reader', async () => {
    const source = indonesianParagraphs(3);
    const id = await importParagraphs(ctx, source);
    const { response, job } = await translate(id);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(`/documents/${id}#translation`);
    expect(job).toMatchObject({ status: 'done', total_paragraphs: 3, done_paragraphs: 3, sent_paragraphs: 3, error_code: null });

    const detail = (await getDocument(ctx.db, id))!;
    expect(detail.translation.map((p) => p.text)).toEqual(source.map((p) => `[EN] ${p}`));
    const sentences = detail.translation.flatMap((p) => p.sentences);
    expect(sentences).toHaveLength(6);
    for (const s of sentences) expect(s).toMatchObject({ origin: 'machine', status: 'machine', version: 1 });
    const revisions = await ctx.db.selectFrom('segment_revisions').selectAll().where('document_id', '=', id).execute();
    expect(revisions.map((r) => r.sentence_id).sort()).toEqual(sentences.map((s) => s.id).sort());
    expect(new Set(revisions.map((r) => r.origin))).toEqual(new Set(['machine']));
    const provenance = await ctx.db.selectFrom('machine_paragraphs').selectAll().where('document_id', '=', id).execute();
    expect(provenance.map((p) => [p.source_position, p.engine, p.target_lang])).toEqual([
      [0, 'deepl', 'en-US'],
      [1, 'deepl', 'en-US'],
      [2, 'deepl', 'en-US'],
    ]);
    expect(detail.paragraphLinks.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);

    const billed = source.reduce((n, p) => n + [...p].length, 0);
    expect(job!.billed_characters).toBe(billed);
    const page = await ctx.editor.agent.get(`/documents/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`[EN] Paragraf A2 membahas tentara di Kazakhstan.`);
    expect(page.text).toContain(`DeepL billed ${billed} characters for this document.`);
    expect(page.text).toContain('Translated: 3 of 3 paragraphs');
  });

  it('sends the target language of the document, which the form changes', async () => {
    const id = await importParagraphs(ctx, indonesianParagraphs(2));
    const bad = await ctx.post(`/documents/${id}/translation-target`).type('form').send({ target_lang: 'en' });
    expect(bad.status).toBe(400);
    const ok = await ctx.post(`/documents/${id}/translation-target`).type('form').send({ target_lang: 'en-GB' });
    expect(ok.status).toBe(303);
    expect((await getDocument(ctx.db, id))!.document.target_lang).toBe('en-GB');
    const { job } = await translate(id);
    expect(job!.target_lang).toBe('en-GB');
    expect(translateRequests(fake).map((r) => r.params.target_lang?.[0])).toEqual(['en-GB']);
  });

  it('batches at most 50 texts per request', async () => {
    const id = await importParagraphs(ctx, indonesianParagraphs(120));
    const { job } = await translate(id);
    expect([job!.status, job!.error_message]).toEqual(['done', null]);
    const sizes = translateRequests(fake).map((r) => r.texts.length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(sentTexts(fake)).toHaveLength(120);
  });

  it('keeps each request under 128 KiB by splitting long paragraphs', async () => {
    // Long sentences keep the sentence count (and the aligner's work) small.
    const sentence = `Pasukan ${'penjaga perdamaian tiba di Almaty untuk menjaga bandara dan gedung pemerintah '.repeat(12)}hari ini. `;
    const long = sentence.repeat(150).trim(); // about 145 KB: too large for one request
    const id = await importParagraphs(ctx, [long, long.replace('Almaty', 'Astana'), 'Paragraf pendek di akhir.']);
    const { job } = await translate(id);
    expect([job!.status, job!.error_message]).toEqual(['done', null]);
    const requests = translateRequests(fake);
    expect(requests.length).toBeGreaterThan(2);
    for (const r of requests) expect(r.bodyBytes).toBeLessThanOrEqual(128 * 1024);
    const detail = (await getDocument(ctx.db, id))!;
    expect(detail.translation).toHaveLength(3);
    expect(detail.translation[0]!.text.length).toBeGreaterThan(long.length);
  });
});
