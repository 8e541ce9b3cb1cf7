import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { close, launchChromium, listen } from '../support/browser';

describe('reader in chromium', () => {
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

  const classOf = (selector: string) => page.locator(selector).getAttribute('class');

  it('loads every resource the page asks for, its icon included, without console errors', async () => {
    const errors: string[] = [];
    const listener = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') errors.push(message.text());
    };
    page.on('console', listener);
    await page.goto(`${url}/documents/1`);
    await page.waitForLoadState('networkidle');
    page.off('console', listener);
    expect(errors).toEqual([]);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect((await page.request.get(`${url}${icon}`)).status()).toBe(200);
  });

  it('lights up the English counterpart when an Indonesian sentence is hovered', async () => {
    await page.goto(`${url}/documents/1`);
    const indonesian = page.locator('.cell-source .sent', { hasText: 'Pasukan elit Rusia dan Belarusia' });
    const link = await indonesian.getAttribute('data-link');
    await indonesian.hover();
    expect(await indonesian.getAttribute('class')).toContain('is-active');
    const partner = page.locator(`.cell-target .sent[data-link="${link}"]`);
    await expect.poll(() => partner.getAttribute('class')).toContain('is-partner');
    expect(await partner.textContent()).toContain('Elite Russian and Belarusian troops arrived');
  });

  it('lights up the Indonesian when an English sentence gets keyboard focus', async () => {
    await page.goto(`${url}/documents/1`);
    await page.locator('#en-0').focus();
    expect(await classOf('#en-0')).toContain('is-active');
    expect(await classOf('#id-0')).toContain('is-partner');
    // Glossary terms inside the sentence are focusable too: tab past them to leave the sentence.
    const insideFirst = () => page.evaluate(() => document.activeElement?.closest('#en-0') !== null);
    for (let i = 0; i < 20 && (await insideFirst()); i++) await page.keyboard.press('Tab');
    expect(await insideFirst()).toBe(false);
    expect(await classOf('#en-0')).not.toContain('is-active');
  });

  it('stacks the columns on a narrow screen', async () => {
    const narrow = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await narrow.goto(`${url}/documents/1`);
    const boxes = await narrow.locator('.row').first().locator('.cell').evaluateAll((cells) =>
      cells.map((c) => c.getBoundingClientRect().top),
    );
    expect(boxes[1]).toBeGreaterThan(boxes[0]);
    await narrow.close();
  });
});
