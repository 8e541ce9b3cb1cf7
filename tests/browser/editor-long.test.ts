import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/import-document';
import { makeTestApp, type TestContext } from '../support/app';
import { createTestUser, TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen, signInPage, recordCspViolations } from '../support/browser';
import { longDocument } from '../support/long-document';

const PARAGRAPHS = 600;

interface Shape {
  paragraphLinks: { source: number[]; target: number[] }[];
  sentenceLinks: { source: number[]; target: number[] }[];
}

describe('the editor on a long document, in chromium', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let id: number;
  /** Every navigation of the page's main frame after it first loaded: a reload would show here. */
  let navigations: string[];

  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
    context = await browser.newContext();
    await recordCspViolations(context);
    const user = await createTestUser(ctx, { name: 'penyunting' });
    const signIn = await context.newPage();
    await signInPage(signIn, url, user.name, TEST_PASSWORD);
    await signIn.close();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });
  beforeEach(async () => {
    // A fresh document per test: each test's undo history and rows are its own.
    id = await importDocument(ctx.db, longDocument(PARAGRAPHS), ctx.config);
    page = await context.newPage();
    await page.goto(`${url}/documents/${id}/edit`);
    await page.evaluate(() => ((window as unknown as { pageMark: string }).pageMark = 'still here'));
    navigations = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
  });

  /** The stored links of both levels (without the history state, which an undo leaves able to redo). */
  const alignment = async (): Promise<Shape> => {
    const { paragraphLinks, sentenceLinks } = await (await context.request.get(`${url}/api/documents/${id}/alignment`)).json();
    return { paragraphLinks, sentenceLinks };
  };
  const status = () => page.locator('#save-status').textContent();
  const focused = () => page.evaluate(() => document.activeElement?.id);
  /** The page is the one it was: no reload, no navigation, no violation of the content security policy. */
  const expectSamePage = async () => {
    expect(navigations).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pageMark?: string }).pageMark)).toBe('still here');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  };
  /** The rendered passages and links are numbered one after another, as the server would number them. */
  const numbering = () =>
    page.evaluate(() => {
      const groups = Array.from(document.querySelectorAll('.edit-group')).map((g) => Number(g.getAttribute('data-group')));
      const links = Array.from(document.querySelectorAll('.link-row')).map((r) => [r.id, Number(r.getAttribute('data-index'))] as const);
      const names = Array.from(document.querySelectorAll('.group-name')).map((n) => n.textContent);
      return {
        groupsInOrder: groups.every((g, i) => i === 0 || g === groups[i - 1] + 1),
        namesMatch: names.every((n, i) => n === `Passage ${groups[i] + 1}`),
        linksInOrder: links.every(([rowId, index], i) => rowId === `link-${index}` && (i === 0 || index === links[i - 1][1] + 1)),
        groups: groups.length,
      };
    });

  it('renders only the first passages, and more as the page scrolls', async () => {
    const first = await page.locator('.edit-group').count();
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(60);
    await page.locator('#rows-later').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.edit-group').count()).toBeGreaterThan(first);
    expect(await numbering()).toMatchObject({ groupsInOrder: true, namesMatch: true, linksInOrder: true });
    await expectSamePage();
    await page.close();
  });

  it('merges two links and undoes it in place, keeping the focus on the merged link', async () => {
    const before = await alignment();
    const row = page.locator('#link-5');
    const sentences = await row.locator('.source-sentence').count();
    const next = await page.locator('#link-6 .source-sentence').count();
    await row.focus();
    await page.keyboard.press('Alt+KeyM');
    await expect.poll(() => row.locator('.source-sentence').count()).toBe(sentences + next);
    await expect.poll(status).toBe('Alignment changed.');
    expect(await focused()).toBe('link-5');
    expect((await alignment()).sentenceLinks).toHaveLength(before.sentenceLinks.length - 1);
    expect(await numbering()).toMatchObject({ groupsInOrder: true, namesMatch: true, linksInOrder: true });
    expect(await page.locator('#undo').getAttribute('aria-disabled')).toBe('false');

    await page.keyboard.press('Control+z');
    await expect.poll(() => row.locator('.source-sentence').count()).toBe(sentences);
    expect(await alignment()).toEqual(before);
    expect(await numbering()).toMatchObject({ groupsInOrder: true, namesMatch: true, linksInOrder: true });
    await expectSamePage();
    await page.close();
  });

  it('merges two passages and undoes it with the toolbar, renumbering the passages after them', async () => {
    const before = await alignment();
    const groups = await page.locator('.edit-group').count();
    await page.locator('#group-2 [data-op="merge"][data-level="paragraph"]').click();
    await expect.poll(() => page.locator('.edit-group').count()).toBe(groups - 1);
    expect(await focused()).toBe('group-2');
    expect((await alignment()).paragraphLinks).toHaveLength(before.paragraphLinks.length - 1);
    expect(await numbering()).toMatchObject({ groupsInOrder: true, namesMatch: true, linksInOrder: true });

    await page.locator('#undo').click();
    await expect.poll(() => page.locator('.edit-group').count()).toBe(groups);
    expect(await alignment()).toEqual(before);
    expect(await numbering()).toMatchObject({ groupsInOrder: true, namesMatch: true, linksInOrder: true });
    await page.locator('#redo').click();
    await expect.poll(() => page.locator('.edit-group').count()).toBe(groups - 1);
    await expectSamePage();
    await page.close();
  });

  it('goes to a passage not yet rendered, and changes the alignment there', async () => {
    const far = 450;
    expect(await page.locator(`#group-${far - 1}`).count()).toBe(0);
    await page.locator('#goto-passage').fill(String(far));
    await page.locator('#goto-passage').press('Enter');
    await expect.poll(focused).toBe(`group-${far - 1}`);
    expect(await page.locator('#group-0').count()).toBe(0);
    expect(await numbering()).toMatchObject({ groupsInOrder: true, namesMatch: true, linksInOrder: true });

    const link = Number(await page.locator(`#group-${far - 1} .link-row`).first().getAttribute('data-index'));
    const before = await alignment();
    await page.locator(`#link-${link}`).focus();
    await page.keyboard.press('Alt+KeyM');
    await expect.poll(async () => (await alignment()).sentenceLinks.length).toBe(before.sentenceLinks.length - 1);
    await expect.poll(focused).toBe(`link-${link}`);
    await page.keyboard.press('Control+z');
    await expect.poll(alignment).toEqual(before);
    await expectSamePage();

    await page.locator('#goto-passage').fill('100000');
    await page.locator('#goto-passage').press('Enter');
    await expect.poll(status).toContain('There is no such passage');
    await page.close();
  });

  it('opens at a passage without the script from the go-to form; find goes to the document\'s concordance', async () => {
    const atPassage = await (await context.request.get(`${url}/documents/${id}/edit?passage=450`)).text();
    expect(atPassage).toContain('id="group-449"');
    expect(atPassage).not.toContain('id="group-0"');
    expect(atPassage).toContain(`action="/documents/${id}/search"`);
    const found = await (await context.request.get(`${url}/documents/${id}/search?q=Bagian&lang=id`)).text();
    expect(found).toContain('class="concordance');
    expect(found).toContain('<mark>Bagian</mark>');
    await page.close();
  });
});
