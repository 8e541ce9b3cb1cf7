import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { createTestUser, TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen, signInPage } from '../support/browser';

describe('glossary terms in the reader, in chromium', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });

  const classOf = (selector: string) => page.locator(selector).first().getAttribute('class');

  it('lights up the English partner when an Indonesian term is hovered, and back', async () => {
    await page.goto(`${url}/documents/1`);
    const term = page.locator('#id-12 mark.term', { hasText: 'diserang' });
    const ids = await term.getAttribute('data-terms');
    await term.hover();
    expect(await term.getAttribute('class')).toContain('is-term-active');
    const partner = page.locator(`#en-13 mark.term[data-terms="${ids}"]`);
    await expect.poll(() => partner.getAttribute('class')).toContain('is-term-partner');
    expect(await partner.textContent()).toBe('attack');
    expect(await page.locator('#term-popover').isVisible()).toBe(true);
    expect(await page.locator('#term-popover').textContent()).toContain('di- + serang');

    await partner.hover();
    await expect.poll(() => term.getAttribute('class')).toContain('is-term-partner');
    expect(await term.getAttribute('class')).not.toContain('is-term-active');
  });

  it('opens the popover by keyboard with equivalents, note and status, and closes it with Escape', async () => {
    await page.goto(`${url}/documents/1`);
    await page.mouse.move(0, 0);
    const term = page.locator('#id-12 mark.term', { hasText: 'diserang' });
    expect(await term.getAttribute('title')).toBeNull();
    expect(await term.getAttribute('role')).toBe('button');
    await term.focus();
    const popover = page.locator('#term-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.getAttribute('role')).toBe('tooltip');
    expect(await term.getAttribute('aria-describedby')).toBe('term-popover');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    const text = await popover.textContent();
    expect(text).toContain('attack, assault');
    expect(text).toContain('Root serang');
    expect(text).toContain('Approved');
    expect(text).toContain('Word build: diserang = di- + serang');

    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => popover.isVisible()).toBe(true);
    await page.keyboard.press(' ');
    await expect.poll(() => popover.isVisible()).toBe(false);
    expect(await classOf('#id-12')).toContain('is-active');
  });

  it('offers to add selected Indonesian words to the glossary', async () => {
    // Adding terms is an editor's work: sign in first, as a person would.
    const editor = await createTestUser(ctx);
    await signInPage(page, url, editor.name, TEST_PASSWORD);
    await page.goto(`${url}/documents/1`);
    const bar = page.locator('.add-term-bar');
    expect(await bar.isVisible()).toBe(false);
    await page.locator('#id-1').evaluate((sentence) => {
      const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode()!;
      while (!text.textContent!.includes('Rusia')) text = walker.nextNode()!;
      const range = document.createRange();
      const start = text.textContent!.indexOf('Rusia');
      range.setStart(text, start);
      range.setEnd(text, start + 'Rusia'.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await expect.poll(() => bar.isVisible()).toBe(true);
    await page.locator('#add-term-link').click();
    await page.waitForURL(/\/glossary\/new\?/);
    expect(await page.locator('#source').inputValue()).toBe('Rusia');
    expect(await page.locator('input[name="returnTo"]').inputValue()).toBe('/documents/1');
  });

  it('imports a CSV file through the upload form on the glossary page, with the form\'s CSRF token', async () => {
    // A browser of its own: signed in through the form, posting exactly what the page sends.
    const context = await browser.newContext();
    try {
      const own = await context.newPage();
      const editor = await createTestUser(ctx);
      await signInPage(own, url, editor.name, TEST_PASSWORD);
      await own.goto(`${url}/glossary`);
      const csv = 'source,targets,note\r\nkedaulatan rakyat,popular sovereignty,\r\ngencatan senjata,ceasefire|truce,\r\n';
      await own.locator('#file').setInputFiles({ name: 'terms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const [response] = await Promise.all([
        own.waitForResponse((r) => new URL(r.url()).pathname === '/glossary/import'),
        own.locator('.glossary-files button[type=submit]').click(),
      ]);
      expect(response.status()).toBe(200);
      expect(await own.locator('#import-result').textContent()).toContain('Imported: 2 new, 0 updated.');
      await own.goto(`${url}/glossary?q=gencatan`);
      const row = own.locator('.glossary-table tbody tr');
      expect(await row.count()).toBe(1);
      expect(await row.first().textContent()).toContain('ceasefire, truce');
    } finally {
      await context.close();
    }
  });
});
