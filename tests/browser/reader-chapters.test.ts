import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/import-files';
import { makeTestApp, type TestContext } from '../support/app';
import { close, launchChromium, listen } from '../support/browser';
import { englishEdition, indonesianEdition } from '../support/two-editions';

describe('a book’s chapters in the reader, in chromium', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let documentId: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    documentId = await importFiles(
      ctx.db,
      { source: { file: { bytes: indonesianEdition().epub, name: 'buku.epub' } }, translation: { file: { bytes: englishEdition().epub, name: 'book.epub' } } },
      ctx.config,
    );
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });

  it('lists one contents entry per chapter, named by its first heading, each leading to the chapter', async () => {
    const missing = 'Chapter 3: Mount Merapi';
    for (const lang of ['en', 'id']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/documents/${documentId}?lng=${lang}`);
      await page.locator('#learn-contents summary').click();
      // The chapter only the English edition has is named by its English heading.
      await expect.poll(() => page.locator('#learn-contents nav > ol > li > a').allTextContents()).toEqual(['Kata Pengantar', 'Bab 1: Proklamasi', 'Bab 2: Kereta Cepat', missing, 'Bab 4: Sawah']);
      // No chapter is a heading of its own: the headings are the book's eight.
      expect(await page.locator('.reader :is(h2, h3, h4, h5, h6, [role="heading"])').count()).toBe(8);
      await page.locator('#learn-contents nav > ol > li > a').getByText(missing, { exact: true }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#en-\d+$/);
      expect(await page.locator(':target').textContent()).toBe(missing);
      await context.close();
    }
  });
});
