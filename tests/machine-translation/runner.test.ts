import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimJob, enqueueJob, getJob } from '../../src/store/jobs';
import { TranslationJobRunner } from '../../src/machine-translation/jobs';
import { createDeepLTranslator } from '../../src/machine-translation/deepl';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import {
  importParagraphs,
  indonesianParagraphs,
  makeTranslateTestApp,
  sentTexts,
  waitForJob,
  type TranslateTestContext,
} from '../support/translate';

describe('the translation job runner', () => {
  let fake: FakeDeepL;
  let ctx: TranslateTestContext;

  beforeEach(async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake, { runner: { concurrency: 1, plan: { maxTexts: 1 } } });
  });
  afterEach(async () => {
    await ctx.close();
    await fake.stop();
  });

  const enqueue = async (paragraphs: number) => {
    const documentId = await importParagraphs(ctx, indonesianParagraphs(paragraphs));
    return (await enqueueJob(ctx.db, { documentId, targetLang: 'en-US', force: false, totalParagraphs: paragraphs })).job;
  };
  const otherRunner = (workerId: string) =>
    new TranslationJobRunner({
      db: ctx.db,
      translator: createDeepLTranslator({ authKey: fake.authKey, serverUrl: fake.url, maxRetries: 1 }),
      workerId,
      pollMs: 50,
      heartbeatMs: 100,
      leaseMs: 1_000,
      concurrency: 1,
      plan: { maxTexts: 1 },
    });

  it('finds queued jobs by polling, without being kicked', async () => {
    const job = await enqueue(2);
    ctx.translation.runner.start();
    expect(await waitForJob(ctx.db, job.id)).toMatchObject({ status: 'done', done_paragraphs: 2 });
  });

  it('hands a running job back to the queue when stopped, and another runner finishes only the rest', async () => {
    const job = await enqueue(8);
    fake.hang(80);
    ctx.translation.runner.start();
    while (((await getJob(ctx.db, job.id))?.done_paragraphs ?? 0) < 2) await new Promise((r) => setTimeout(r, 10));
    await ctx.translation.runner.stop();
    const handedBack = (await getJob(ctx.db, job.id))!;
    expect(handedBack).toMatchObject({ status: 'queued', claimed_by: null });
    const finished = handedBack.done_paragraphs;
    expect(finished).toBeGreaterThanOrEqual(2);
    expect(finished).toBeLessThan(8);

    fake.hang(false);
    const before = fake.requests.length;
    const next = otherRunner('second');
    next.start();
    expect(await waitForJob(ctx.db, job.id)).toMatchObject({ status: 'done', done_paragraphs: 8 });
    await next.stop();
    expect(sentTexts(fake, before)).toEqual(indonesianParagraphs(8).slice(finished));
  });

  it('takes over a job whose worker stopped renewing its lease', async () => {
    const job = await enqueue(3);
    // A worker that claimed the job a while ago and then vanished.
    await claimJob(ctx.db, { workerId: 'vanished', leaseMs: 500, now: new Date(Date.now() - 1_000) });
    expect((await getJob(ctx.db, job.id))!.claimed_by).toBe('vanished');
    const runner = otherRunner('rescuer');
    runner.start();
    expect(await waitForJob(ctx.db, job.id)).toMatchObject({ status: 'done', done_paragraphs: 3, attempts: 2 });
    await runner.stop();
  });
});
