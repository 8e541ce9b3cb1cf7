import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { createTestUser, TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen, signInPage } from '../support/browser';

/** Every page at a phone's width (390 px): nothing may make the page scroll sideways. */
describe('pages on a 390 px phone', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });

  async function sidewaysOverflow(page: Page, path: string): Promise<string | null> {
    await page.goto(url + path);
    const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
    return scrollWidth > width ? `${path}: ${scrollWidth} px wide on a ${width} px screen` : null;
  }

  it('lets no page scroll sideways, for anonymous readers and for a signed-in admin', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const overflowing: string[] = [];
    for (const path of ['/', '/documents/1', '/glossary', '/signin', '/learn/saved']) {
      const problem = await sidewaysOverflow(page, path);
      if (problem) overflowing.push(`anonymous ${problem}`);
    }
    const admin = await createTestUser(ctx, { role: 'admin' });
    await signInPage(page, url, admin.name, TEST_PASSWORD);
    const signedInPages = ['/', '/documents/1', '/documents/new', '/documents/1/edit', '/glossary', '/glossary/new', '/account', '/settings', '/learn/saved', '/admin', '/admin/users'];
    for (const path of signedInPages) {
      const problem = await sidewaysOverflow(page, path);
      if (problem) overflowing.push(`signed in ${problem}`);
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });
});
