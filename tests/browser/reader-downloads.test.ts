import fs from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { close, launchChromium, listen } from '../support/browser';

describe('reader downloads in chromium', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });

  it('offers an anonymous reader the bilingual page, TMX and CSV, from the kept page too', async () => {
    await page.goto(`${url}/documents/1?lng=en`);
    // Then the page as every anonymous visitor gets it, kept ready and shareable.
    const kept = await page.goto(`${url}/documents/1`);
    expect(kept!.headers()['cache-control']).toContain('public');
    const links = page.locator('nav.doc-downloads a');
    expect(await links.allTextContents()).toEqual(['Bilingual page (HTML)', 'Translation memory (TMX)', 'Sentence pairs (CSV)', 'Bilingual book (EPUB)', 'Two columns (Word)']);

    const taken: Record<string, string> = {};
    for (let i = 0; i < 3; i++) {
      const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
      taken[download.suggestedFilename().split('.').pop()!] = fs.readFileSync((await download.path())!, 'utf8');
    }
    expect(taken.html).toContain('<table>');
    expect(taken.tmx).toContain('<tmx version="1.4">');
    expect(taken.tmx).not.toMatch(/creationid|changeid/);
    expect(taken.csv).toContain('link,paragraph,id,en,confidence,confirmed');
  });

  it('speaks the reader\'s interface language', async () => {
    await page.goto(`${url}/documents/1?lng=id`);
    expect(await page.locator('nav.doc-downloads a').first().textContent()).toBe('Halaman dwibahasa (HTML)');
  });
});
