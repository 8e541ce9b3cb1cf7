import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen, signInPage } from '../support/browser';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import { importParagraphs, indonesianParagraphs, makeTranslateTestApp, type TranslateTestContext } from '../support/translate';

describe('machine translation in chromium', () => {
  let fake: FakeDeepL;
  let ctx: TranslateTestContext;
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    fake = await startFakeDeepL();
    ctx = await makeTranslateTestApp(fake, { runner: { concurrency: 1, plan: { maxTexts: 1 }, applyEveryMs: 200 } });
    ctx.translation.runner.start();
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
    await fake.stop();
  });

  it('starts a translation from the document page, shows its progress, and shows the English when done', async () => {
    const source = indonesianParagraphs(6);
    const id = await importParagraphs(ctx, source);
    // Slow answers, so that the page sees the job running.
    fake.hang(250);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
    });
    await signInPage(page, url, ctx.editor.user.name, TEST_PASSWORD);
    await page.goto(`${url}/documents/${id}`);
    expect(await page.locator('.cell-target').first().textContent()).toContain('No English translation yet.');

    await page.locator('#translate-start').click();
    const bar = page.locator('#translate-progress');
    await expect.poll(() => bar.getAttribute('max')).toBe('6');
    const seen = new Set<number>();
    await expect
      .poll(
        async () => {
          const value = await bar.evaluate((el) => (el as HTMLProgressElement).value).catch(() => -1);
          seen.add(value);
          return value;
        },
        { timeout: 15_000, interval: 100 },
      )
      .toBe(6);
    expect([...seen].some((v) => v > 0 && v < 6)).toBe(true);

    await expect.poll(() => page.locator('#translate-summary').textContent(), { timeout: 10_000 }).toContain('Translated: 6 of 6 paragraphs');
    await expect.poll(() => page.locator('.cell-target').nth(3).textContent()).toContain(`[EN] Paragraf A4 membahas tentara di Kazakhstan.`);
    expect(await page.locator('.translate-billed').textContent()).toContain(`DeepL billed ${source.join('').length} characters`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
