import request from 'supertest';
import { postAs, signedInAgent } from '../support/auth';
import { afterEach, describe, expect, it } from 'vitest';
import { getDocument } from '../../src/store/documents';
import { latestJobForDocument } from '../../src/store/jobs';
import { makeTestApp, type TestContext } from '../support/app';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import { importParagraphs, indonesianParagraphs, makeTranslateTestApp, type TranslateTestContext } from '../support/translate';

describe('translation pages and endpoints with DeepL configured', () => {
  let fake: FakeDeepL;
  let ctx: TranslateTestContext;
  afterEach(async () => {
    await ctx.close();
    await fake.stop();
  });

  it('reports progress from 0 to the total while the job runs', async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake, { runner: { concurrency: 1, plan: { maxTexts: 1 } } });
    const id = await importParagraphs(ctx, indonesianParagraphs(5));
    fake.hang(60);
    const started = await ctx.post(`/api/documents/${id}/translate`).send({});
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'queued', done: 0, total: 5, percent: 0, active: true });

    ctx.translation.runner.start();
    const seen: number[] = [];
    let body: { active: boolean; done: number; total: number; percent: number; summary: string };
    do {
      body = (await request(ctx.app).get(`/api/translation-jobs/${started.body.id}`).expect(200)).body;
      seen.push(body.done);
      await new Promise((r) => setTimeout(r, 15));
    } while (body.active);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(5);
    expect(seen.some((n) => n > 0 && n < 5)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(body).toMatchObject({ percent: 100, summary: 'Translated: 5 of 5 paragraphs' });

    const status = await request(ctx.app).get(`/api/documents/${id}/translation`).expect(200);
    expect(status.body).toMatchObject({ configured: true, targetLang: 'en-US', hasPersonalEnglish: false, job: { status: 'done' } });
    expect(status.body.billedCharacters).toBeGreaterThan(0);
  });

  it('refuses to replace English a person wrote unless confirmed, and keeps that English in the revisions', async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake);
    const human = [
      'Paragraph one about the troops in Kazakhstan. The government gave a statement.',
      'Paragraph two, written by a translator. It has two sentences.',
    ];
    const id = await importParagraphs(ctx, indonesianParagraphs(2), human);

    const page = await ctx.editor.agent.get(`/documents/${id}`);
    expect(page.text).toContain('name="confirm"');
    const refused = await ctx.post(`/documents/${id}/translate`).type('form').send({});
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('This document has English a person wrote or edited');
    const api = await ctx.post(`/api/documents/${id}/translate`).send({});
    expect(api.status).toBe(409);
    expect(api.body.error.code).toBe('human_english');
    expect(await latestJobForDocument(ctx.db, id)).toBeUndefined();
    expect(fake.requests).toHaveLength(0);

    const confirmed = await ctx.post(`/documents/${id}/translate`).type('form').send({ confirm: '1' });
    expect(confirmed.status).toBe(303);
    const job = (await latestJobForDocument(ctx.db, id))!;
    await ctx.translation.runner.runJob(job.id);
    expect((await latestJobForDocument(ctx.db, id))!.status).toBe('done');

    const detail = (await getDocument(ctx.db, id))!;
    expect(detail.translation.map((p) => p.text)).toEqual(indonesianParagraphs(2).map((p) => `[EN] ${p}`));
    for (const s of detail.translation.flatMap((p) => p.sentences)) expect(s.origin).toBe('machine');
    const revisions = await ctx.db.selectFrom('segment_revisions').selectAll().where('document_id', '=', id).execute();
    const humanRevisions = revisions.filter((r) => r.origin === 'human').map((r) => r.text);
    expect(humanRevisions.sort()).toEqual(
      [
        'Paragraph one about the troops in Kazakhstan.',
        'The government gave a statement.',
        'Paragraph two, written by a translator.',
        'It has two sentences.',
      ].sort(),
    );
    // Every revision belongs to a sentence that still exists.
    const ids = new Set(detail.translation.flatMap((p) => p.sentences.map((s) => s.id)));
    for (const r of revisions) expect(ids.has(r.sentence_id)).toBe(true);
  });

  it('treats machine English a person edited or reviewed as theirs', async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake);
    const id = await importParagraphs(ctx, indonesianParagraphs(2));
    await ctx.post(`/documents/${id}/translate`).type('form').send({}).expect(303);
    await ctx.translation.runner.runJob((await latestJobForDocument(ctx.db, id))!.id);
    await ctx.post(`/documents/${id}/translate`).type('form').send({}).expect(303);
    await ctx.translation.runner.runJob((await latestJobForDocument(ctx.db, id))!.id);

    const sentence = (await getDocument(ctx.db, id))!.translation[1]!.sentences[0]!;
    await ctx.db.updateTable('sentences').set({ status: 'reviewed' }).where('id', '=', sentence.id).execute();
    await ctx.post(`/documents/${id}/translate`).type('form').send({}).expect(409);
  });

  it('shows DeepL usage and the glossary on the settings page', async () => {
    fake = await startFakeDeepL({ characterLimit: 10_000 });
    ctx = await makeTranslateTestApp(fake);
    const id = await importParagraphs(ctx, indonesianParagraphs(1));
    await ctx.post(`/documents/${id}/translate`).type('form').send({}).expect(303);
    await ctx.translation.runner.runJob((await latestJobForDocument(ctx.db, id))!.id);
    const billed = indonesianParagraphs(1)[0]!.length;
    const page = await ctx.editor.agent.get('/settings').expect(200);
    expect(page.text).toContain(`${billed} of 10,000`);
    expect(page.text).toContain(fake.url);
    expect(page.text).toContain('None (no approved terms yet)');
  });

  it('explains a refused key on the settings page instead of failing', async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake);
    fake.failNext(403);
    const page = await ctx.editor.agent.get('/settings?lng=id').expect(200);
    expect(page.text).toContain('DeepL menolak kunci autentikasi');
  });
});

describe('translation without DeepL configured', () => {
  let ctx: TestContext;
  afterEach(async () => ctx.close());

  it('tells an editor whom to ask and leaves the rest working', async () => {
    ctx = await makeTestApp({ seed: true });
    const anonymous = await request(ctx.app).get('/documents/1').expect(200);
    expect(anonymous.text).not.toContain('Translate with DeepL');
    const editor = await signedInAgent(ctx);
    const page = await editor.agent.get('/documents/1').expect(200);
    expect(page.text).toContain('Translate with DeepL');
    expect(page.text).toContain('Ask an admin to turn it on.');
    expect(page.text).not.toContain('action="/documents/1/translate"');
    // Glossary equivalents are marked inside the sentence; compare the text without tags.
    expect(page.text.replace(/<[^>]+>/g, '')).toContain('Elite Russian and Belarusian troops');

    const refused = await postAs(editor, '/documents/1/translate').type('form').send({ confirm: '1' });
    expect(refused.status).toBe(503);
    expect(refused.text).toContain('DEEPL_AUTH_KEY');
    const api = await postAs(editor, '/api/documents/1/translate').send({ force: true });
    expect(api.status).toBe(503);
    expect(api.body.error.code).toBe('not_configured');

    const settings = await editor.agent.get('/settings').expect(200);
    expect(settings.text).toContain('Ask an admin to turn it on.');
    await request(ctx.app).get('/').expect(200);
  });

  it('keeps the settings page (DeepL server, usage, glossary id) to signed-in users, and asks DeepL nothing for anonymous visitors', async () => {
    ctx = await makeTestApp();
    const page = await request(ctx.app).get('/settings').expect(303);
    expect(page.headers.location).toBe('/signin?next=%2Fsettings');
    await request(ctx.app).get('/SETTINGS').expect(303);
  });

  it('answers 404 for unknown documents and jobs', async () => {
    ctx = await makeTestApp();
    const editor = await signedInAgent(ctx);
    await postAs(editor, '/documents/99/translate').type('form').send({}).expect(404);
    await request(ctx.app).get('/api/translation-jobs/5').expect(404);
    await postAs(editor, '/translation-jobs/5/resume').expect(404);
    await request(ctx.app).get('/api/documents/99/translation').expect(404);
  });
});
