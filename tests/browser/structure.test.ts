import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/import-files';
import { makeTestApp, type TestContext } from '../support/app';
import { close, launchChromium, listen } from '../support/browser';

describe('stored headings and cue times in chromium', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let documentId: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    const body = (part: number) => Array.from({ length: 3 }, (_, i) => `Paragraf ${i + 1} bagian ${part} berisi kalimat yang cukup panjang untuk dibaca.`).join('\n\n');
    // The second heading ends as a sentence would: only the stored structure makes it a heading.
    const markdown = `# Latar Belakang\n\n${body(1)}\n\n## Misi di Kazakhstan: apa yang terjadi.\n\n${body(2)}`;
    documentId = await importFiles(ctx.db, { source: { file: { bytes: new TextEncoder().encode(markdown), name: 'laporan.md' } } }, ctx.config);
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });

  it('shows the headings a file named as heading elements of their level, listed in the contents', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/documents/${documentId}`);
    const headings = await page.locator('.cell-source .heading').evaluateAll((els) => els.map((el) => [el.tagName, el.textContent!.trim()]));
    expect(headings).toEqual([
      ['H2', 'Latar Belakang'],
      ['H3', 'Misi di Kazakhstan: apa yang terjadi.'],
    ]);
    await page.locator('#learn-contents summary').click();
    await expect.poll(() => page.locator('#learn-contents a').allTextContents()).toEqual(['Latar Belakang', 'Misi di Kazakhstan: apa yang terjadi.']);
    await context.close();
  });
});
