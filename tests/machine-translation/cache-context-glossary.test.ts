import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApprovedTerm } from '../../src/core/machine-translation/glossary-entries';
import { getDocument } from '../../src/store/documents';
import { latestJobForDocument } from '../../src/store/jobs';
import { getGlossaryRef } from '../../src/store/machine-translations';
import { approvedTermsFrom } from '../../src/machine-translation/approved-terms';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import {
  importParagraphs,
  indonesianParagraphs,
  makeTranslateTestApp,
  sentTexts,
  translateRequests,
  type TranslateTestContext,
} from '../support/translate';

describe('cache, context and glossary', () => {
  let fake: FakeDeepL;
  let ctx: TranslateTestContext;
  let terms: ApprovedTerm[];

  beforeEach(async () => {
    fake = await startFakeDeepL();
    terms = [];
    ctx = await makeTranslateTestApp(fake, { approvedTerms: async () => terms, runner: { plan: { maxTexts: 1 } } });
  });
  afterEach(async () => {
    await ctx.close();
    await fake.stop();
  });

  async function translate(id: number) {
    const response = await ctx.post(`/documents/${id}/translate`).type('form').send({});
    expect(response.status).toBe(303);
    const job = (await latestJobForDocument(ctx.db, id))!;
    await ctx.translation.runner.runJob(job.id);
    return (await latestJobForDocument(ctx.db, id))!;
  }

  /** What the edit feature does to an Indonesian paragraph: new text, new sentences. */
  async function editSourceParagraph(id: number, position: number, text: string) {
    const detail = (await getDocument(ctx.db, id))!;
    const paragraph = detail.source[position]!;
    await ctx.db.updateTable('paragraphs').set({ text }).where('id', '=', paragraph.id).execute();
    await ctx.db.updateTable('sentences').set({ text }).where('id', '=', paragraph.sentences[0]!.id).execute();
    await ctx.db.deleteFrom('sentences').where('id', 'in', paragraph.sentences.slice(1).map((s) => s.id)).execute();
  }

  it('sends the neighbouring paragraphs as context, which is not billed', async () => {
    const source = indonesianParagraphs(3);
    const id = await importParagraphs(ctx, source);
    const job = await translate(id);
    const requests = translateRequests(fake);
    expect(requests.map((r) => r.texts)).toEqual(source.map((p) => [p]));
    expect(requests.map((r) => r.params.context?.[0])).toEqual([source[1], `${source[0]}\n\n${source[2]}`, source[1]]);
    expect(job.billed_characters).toBe(source.join('').length);
  });

  it('never bills the same text twice: a second run sends nothing, an edit sends only the edited paragraph', async () => {
    const source = indonesianParagraphs(4);
    const id = await importParagraphs(ctx, source);
    await translate(id);
    expect(sentTexts(fake)).toHaveLength(4);

    const before = fake.requests.length;
    const again = await translate(id);
    expect(translateRequests(fake, before)).toHaveLength(0);
    expect(again).toMatchObject({ status: 'done', done_paragraphs: 4, sent_paragraphs: 0, billed_characters: 0 });

    const edited = 'Paragraf yang disunting membahas pasukan di Almaty.';
    await editSourceParagraph(id, 2, edited);
    const afterEdit = fake.requests.length;
    const third = await translate(id);
    const sent = translateRequests(fake, afterEdit);
    expect(sent.map((r) => r.texts)).toEqual([[edited]]);
    expect(sent[0]!.params.context?.[0]).toBe(`${source[1]}\n\n${source[3]}`);
    expect(third).toMatchObject({ sent_paragraphs: 1, billed_characters: edited.length });
    const english = (await getDocument(ctx.db, id))!.translation.map((p) => p.text);
    expect(english[2]).toBe(`[EN] ${edited}`);
    expect(english[1]).toBe(`[EN] ${source[1]}`);

    // Another document with the same paragraphs is served from the cache.
    const other = await importParagraphs(ctx, source);
    const afterOther = fake.requests.length;
    expect(await translate(other)).toMatchObject({ status: 'done', sent_paragraphs: 0, done_paragraphs: 4 });
    expect(translateRequests(fake, afterOther)).toHaveLength(0);
  });

  it('keeps the approved terms in one DeepL glossary, created once, reused, and updated in place when terms change', async () => {
    terms = [{ source: 'tentara', targets: ['troops'] }];
    const first = await importParagraphs(ctx, indonesianParagraphs(2, 'A'));
    const second = await importParagraphs(ctx, indonesianParagraphs(2, 'B'));
    await translate(first);
    await translate(second);

    const glossaries = fake.glossaries();
    expect(glossaries).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === '/v3/glossaries')).toHaveLength(1);
    const ref = (await getGlossaryRef(ctx.db))!;
    expect(ref).toMatchObject({ id: glossaries[0]!.id, entryCount: 1 });
    const ids = translateRequests(fake).map((r) => r.params.glossary_id?.[0]);
    expect(ids).toEqual([ref.id, ref.id, ref.id, ref.id]);
    expect((await getDocument(ctx.db, first))!.translation[0]!.text).toContain('membahas troops di Kazakhstan');

    terms = [...terms, { source: 'Pemerintah', targets: ['The government'] }];
    const before = fake.requests.length;
    await translate(first);
    const later = fake.requests.slice(before);
    expect(later.filter((r) => r.method === 'POST' && r.path === '/v3/glossaries')).toHaveLength(0);
    expect(later.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(fake.glossaries()).toHaveLength(1);
    const updated = (await getGlossaryRef(ctx.db))!;
    expect(updated).toMatchObject({ id: ref.id, entryCount: 2 });
    expect(updated.version).not.toBe(ref.version);
    // New glossary, new cache keys: the paragraphs are translated again with the new term.
    expect(translateRequests(fake, before)).toHaveLength(2);
    expect((await getDocument(ctx.db, first))!.translation[0]!.text).toContain('The government memberi keterangan');
  });

  it('makes a new glossary and goes on when DeepL loses it between synchronising and translating', async () => {
    await ctx.close();
    let deleted = false;
    ctx = await makeTranslateTestApp(fake, {
      approvedTerms: approvedTermsFrom([{ source: 'tentara', targets: ['troops'] }]),
      wrap: (inner) => ({
        ...inner,
        engine: inner.engine,
        translate: async (req) => {
          if (!deleted && req.glossaryId) {
            deleted = true;
            await deleteGlossary(req.glossaryId);
          }
          return inner.translate(req);
        },
      }),
    });
    const id = await importParagraphs(ctx, indonesianParagraphs(2));
    const job = await translate(id);
    expect(job).toMatchObject({ status: 'done', done_paragraphs: 2, error_code: null });
    const glossaryIds = translateRequests(fake).map((r) => r.params.glossary_id?.[0]);
    expect(new Set(glossaryIds).size).toBe(2);
    expect(fake.glossaries().map((g) => g.id)).toEqual([glossaryIds.at(-1)]);
    expect((await getGlossaryRef(ctx.db))!.id).toBe(glossaryIds.at(-1));
    expect((await getDocument(ctx.db, id))!.translation[0]!.text).toContain('troops');
  });

  it('leaves one DeepL glossary when two jobs create one at the same moment', async () => {
    await ctx.close();
    // Both jobs read "no glossary yet" before either has made one: each then creates its own.
    const arrived: (() => void)[] = [];
    let calls = 0;
    ctx = await makeTranslateTestApp(fake, {
      approvedTerms: approvedTermsFrom([{ source: 'tentara', targets: ['troops'] }]),
      wrap: (inner) => ({
        ...inner,
        syncGlossary: async (entries, previous) => {
          if (calls++ < 2) {
            await new Promise<void>((resolve) => {
              arrived.push(resolve);
              if (arrived.length === 2) for (const go of arrived) go();
            });
          }
          return inner.syncGlossary!(entries, previous);
        },
      }),
    });
    const ids = [await importParagraphs(ctx, indonesianParagraphs(2)), await importParagraphs(ctx, indonesianParagraphs(2))];
    for (const id of ids) expect((await ctx.post(`/documents/${id}/translate`).type('form').send({})).status).toBe(303);
    const jobs = await Promise.all(ids.map(async (id) => (await latestJobForDocument(ctx.db, id))!));
    await Promise.all(jobs.map((job) => ctx.translation.runner.runJob(job.id)));

    for (const id of ids) expect(await latestJobForDocument(ctx.db, id)).toMatchObject({ status: 'done', error_code: null });
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === '/v3/glossaries')).toHaveLength(2);
    const kept = fake.glossaries();
    expect(kept).toHaveLength(1);
    expect((await getGlossaryRef(ctx.db))!.id).toBe(kept[0]!.id);
    expect(new Set(translateRequests(fake).map((r) => r.params.glossary_id?.[0]))).toEqual(new Set([kept[0]!.id]));
  });

  const deleteGlossary = (id: string) =>
    fetch(`${fake.url}/v3/glossaries/${id}`, { method: 'DELETE', headers: { Authorization: `DeepL-Auth-Key ${fake.authKey}` } });

  it('makes a new glossary when DeepL lost the stored one, and goes on', async () => {
    terms = [{ source: 'tentara', targets: ['troops'] }];
    const first = await importParagraphs(ctx, indonesianParagraphs(1, 'A'));
    await translate(first);
    const lost = (await getGlossaryRef(ctx.db))!;
    await deleteGlossary(lost.id);

    const second = await importParagraphs(ctx, indonesianParagraphs(1, 'B'));
    const job = await translate(second);
    expect(job.status).toBe('done');
    const now = (await getGlossaryRef(ctx.db))!;
    expect(now.id).not.toBe(lost.id);
    expect(translateRequests(fake).at(-1)!.params.glossary_id?.[0]).toBe(now.id);
  });
});
