import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { Translator } from '../../src/core/machine-translation/types';
import { getDocument } from '../../src/store/documents';
import { getJob, latestJobForDocument } from '../../src/store/jobs';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import {
  importParagraphs,
  indonesianParagraphs,
  makeTranslateTestApp,
  sentTexts,
  waitForJob,
  type TranslateTestContext,
} from '../support/translate';

/** Lets the first translate request through, then breaks the fake DeepL in the given way. */
function breakAtSecondRequest(fake: FakeDeepL, breakIt: (fake: FakeDeepL) => Promise<void> | void) {
  return (inner: Translator): Translator => {
    let calls = 0;
    return {
      ...inner,
      engine: inner.engine,
      translate: async (req) => {
        calls += 1;
        if (calls === 2) await breakIt(fake);
        return inner.translate(req);
      },
    };
  };
}

const FAILURES: Array<{
  name: string;
  code: string;
  breakIt: (fake: FakeDeepL) => Promise<void> | void;
  repair: (fake: FakeDeepL) => Promise<void> | void;
}> = [
  { name: 'wrong key (403)', code: 'auth', breakIt: (f) => f.failNext(403), repair: () => {} },
  { name: 'quota used up (456)', code: 'quota', breakIt: (f) => f.failNext(456), repair: () => {} },
  { name: 'rate limited (429)', code: 'rate_limit', breakIt: (f) => f.failNext(429), repair: () => {} },
  { name: 'server error (500)', code: 'server', breakIt: (f) => f.failNext(500), repair: () => {} },
  { name: 'connection refused', code: 'network', breakIt: (f) => f.refuseConnections(), repair: (f) => f.acceptConnections() },
  { name: 'no answer (timeout)', code: 'timeout', breakIt: (f) => f.hang(true), repair: (f) => f.hang(false) },
];

describe('a failing translation job', () => {
  let fake: FakeDeepL;
  let ctx: TranslateTestContext;
  afterEach(async () => {
    await ctx.close();
    await fake.stop();
  });

  it.each(FAILURES)('stops on $name with a message, keeps what is done, and resumes sending only the rest', async ({ code, breakIt, repair }) => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake, {
      wrap: breakAtSecondRequest(fake, breakIt),
      timeoutMs: 1000,
      runner: { concurrency: 1, plan: { maxTexts: 2 } },
    });
    const source = indonesianParagraphs(6);
    const id = await importParagraphs(ctx, source);
    await ctx.post(`/documents/${id}/translate`).type('form').send({}).expect(303);
    const queued = (await latestJobForDocument(ctx.db, id))!;
    await ctx.translation.runner.runJob(queued.id);

    const failed = (await getJob(ctx.db, queued.id))!;
    expect(failed).toMatchObject({ status: 'failed', error_code: code, done_paragraphs: 2, total_paragraphs: 6 });
    expect(failed.error_message).toMatch(/DeepL/);
    expect((await getDocument(ctx.db, id))!.translation.map((p) => p.text)).toEqual(source.slice(0, 2).map((p) => `[EN] ${p}`));
    const page = await ctx.editor.agent.get(`/documents/${id}`);
    expect(page.text).toContain('Stopped after 2 of 6 paragraphs');
    expect(page.text).toContain(`action="/translation-jobs/${queued.id}/resume"`);
    const pageId = await ctx.editor.agent.get(`/documents/${id}?lng=id`);
    expect(pageId.text).toContain('Berhenti setelah 2 dari 6 paragraf');

    await repair(fake);
    const before = fake.requests.length;
    await ctx.post(`/translation-jobs/${queued.id}/resume`).expect(303);
    await ctx.translation.runner.runJob(queued.id);
    expect(sentTexts(fake, before)).toEqual(source.slice(2));
    expect(await getJob(ctx.db, queued.id)).toMatchObject({ status: 'done', done_paragraphs: 6, error_code: null });
    expect((await getDocument(ctx.db, id))!.translation.map((p) => p.text)).toEqual(source.map((p) => `[EN] ${p}`));
  });

  it('retries a passing failure by itself after a pause', async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake, { runner: { retry: { attempts: 3, delayMs: 100 } } });
    const id = await importParagraphs(ctx, indonesianParagraphs(2));
    fake.failNext(503);
    ctx.translation.runner.start();
    await ctx.post(`/documents/${id}/translate`).type('form').send({}).expect(303);
    const job = (await latestJobForDocument(ctx.db, id))!;
    const done = await waitForJob(ctx.db, job.id);
    expect(done).toMatchObject({ status: 'done', attempts: 2, done_paragraphs: 2, error_code: null });
  });

  it('stops a cancelled job and keeps what it finished', async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake, { runner: { concurrency: 1, plan: { maxTexts: 1 } } });
    const id = await importParagraphs(ctx, indonesianParagraphs(20));
    fake.hang(100);
    ctx.translation.runner.start();
    await ctx.post(`/documents/${id}/translate`).type('form').send({}).expect(303);
    const job = (await latestJobForDocument(ctx.db, id))!;
    while (((await getJob(ctx.db, job.id))?.done_paragraphs ?? 0) < 2) await new Promise((r) => setTimeout(r, 20));
    await ctx.post(`/translation-jobs/${job.id}/cancel`).expect(303);
    await ctx.translation.runner.stop();
    const cancelled = (await getJob(ctx.db, job.id))!;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.done_paragraphs).toBeLessThan(20);
    expect(translateRequests(fake).length).toBeLessThan(20);
  });
});

function translateRequests(fake: FakeDeepL) {
  return fake.requests.filter((r) => r.path === '/v2/translate');
}
