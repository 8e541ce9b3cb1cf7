import type { Server } from 'node:http';
import type { Express } from 'express';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { close, launchChromium, listen, recordCspViolations } from '../support/browser';
import { parseTmx } from '../../src/core/exchange/index';
import { createTestUser, TEST_PASSWORD } from '../support/auth';
import { editorApp, englishOf, FIXTURE, importFixture, type FixtureSentence } from '../support/edit-fixture';

const FIXTURE_SOURCE = ['Hujan turun sejak pagi.', 'Jalan-jalan di kota basah.', 'Pasar tetap ramai.', 'Pedagang menjual sayur dan buah.'];

describe('edit mode in chromium', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let app: Express;
  let page: Page;
  let id: number;
  let english: FixtureSentence[];

  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
    // One context for all tests: each test works on its own document, so stored drafts never meet.
    context = await browser.newContext();
    // The edit page runs under the app's Content-Security-Policy; any violation is recorded for the checks below.
    await recordCspViolations(context);
    ({ app } = await editorApp(ctx));
    const user = await createTestUser(ctx, { name: 'penyunting' });
    const signIn = await context.newPage();
    await signIn.goto(`${url}/signin`);
    await signIn.fill('#name', user.name);
    await signIn.fill('#password', TEST_PASSWORD);
    await signIn.click('.auth-form button[type=submit]');
    await signIn.waitForURL(`${url}/`);
    await signIn.close();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });
  beforeEach(async () => {
    ({ id, english } = await importFixture(app));
    page = await context.newPage();
  });

  const area = (p: Page, sentence: FixtureSentence) => p.locator(`#seg-${sentence.id}`);
  const status = (p: Page) => p.locator('#save-status');
  const cspViolations = (p: Page) => p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  it('saves a sentence with Ctrl+Enter, moves on to the next, and shows it after a reload', async () => {
    await page.goto(`${url}/documents/${id}/edit`);
    await area(page, english[0]).fill('Rain has been falling since dawn.');
    await area(page, english[0]).press('Control+Enter');
    await expect.poll(() => status(page).textContent()).toBe('Saved.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`seg-${english[1].id}`);
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`seg-${english[2].id}`);
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`seg-${english[0].id}`);
    await page.reload();
    expect(await area(page, english[0]).inputValue()).toBe('Rain has been falling since dawn.');
    expect((await englishOf(app, id))[0]).toMatchObject({ text: 'Rain has been falling since dawn.', version: 2 });
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps unsaved text across a reload and drops it on Esc', async () => {
    await page.goto(`${url}/documents/${id}/edit`);
    await area(page, english[1]).fill('Unsaved words.');
    await page.reload();
    expect(await area(page, english[1]).inputValue()).toBe('Unsaved words.');
    await expect.poll(() => status(page).textContent()).toContain('restored');
    await area(page, english[1]).press('Escape');
    expect(await area(page, english[1]).inputValue()).toBe(english[1].text);
    await page.reload();
    expect(await area(page, english[1]).inputValue()).toBe(english[1].text);
    await page.close();
  });

  it('brings back a draft based on an older version as a conflict', async () => {
    await page.goto(`${url}/documents/${id}/edit`);
    await area(page, english[3]).fill('Draft typed here.');
    await request(app).put(`/api/segments/${english[3].id}`).send({ text: 'Saved elsewhere.', version: 1 }).expect(200);
    await page.reload();
    expect(await area(page, english[3]).inputValue()).toBe('Draft typed here.');
    await area(page, english[3]).press('Control+Enter');
    const conflict = page.locator(`.segment[data-id="${english[3].id}"] [data-conflict]`);
    await expect.poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.textContent()).toContain('Saved elsewhere.');
    await conflict.getByRole('button', { name: 'Use the saved text' }).click();
    expect(await area(page, english[3]).inputValue()).toBe('Saved elsewhere.');
    await area(page, english[3]).press('Control+Enter');
    await expect.poll(() => status(page).textContent()).toBe('Saved.');
    // Saving the text as stored changes nothing: no new version repeats it.
    expect((await englishOf(app, id))[3]).toMatchObject({ text: 'Saved elsewhere.', version: 2 });
    await page.close();
  });

  it('shows the conflict view to the second of two pages saving the same sentence', async () => {
    const other = await context.newPage();
    await page.goto(`${url}/documents/${id}/edit`);
    await other.goto(`${url}/documents/${id}/edit`);
    await area(page, english[2]).fill('The market is crowded.');
    await area(page, english[2]).press('Control+Enter');
    await expect.poll(() => status(page).textContent()).toBe('Saved.');

    await area(other, english[2]).fill('The market is very busy.');
    await area(other, english[2]).press('Control+Enter');
    const conflict = other.locator(`.segment[data-id="${english[2].id}"] [data-conflict]`);
    await expect.poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.textContent()).toContain('The market is crowded.');
    expect(await conflict.textContent()).toContain('The market is very busy.');
    await expect.poll(() => status(other).textContent()).toContain('Someone else saved');

    await conflict.getByRole('button', { name: 'Keep my text' }).click();
    await expect.poll(() => status(other).textContent()).toBe('Saved.');
    expect((await englishOf(app, id))[2]).toMatchObject({ text: 'The market is very busy.', version: 3 });
    await other.close();
    await page.close();
  });

  it('merges two links and undoes it with the keyboard only', async () => {
    const shape = async () =>
      (await request(app).get(`/api/documents/${id}/alignment`)).body.sentenceLinks
        .map((l: { source: number[]; target: number[] }) => `${l.source}-${l.target}`)
        .join('|');
    expect(await shape()).toBe('0-0|1-1|2-2|3-3');
    await page.goto(`${url}/documents/${id}/edit`);
    await page.locator(`#seg-${english[0].id}`).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link-0');
    await page.keyboard.press('Alt+KeyM');
    await expect.poll(shape).toBe('0,1-0,1|2-2|3-3');
    await expect.poll(() => page.locator('#link-0 .source-sentence').count()).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('link-0');
    await expect.poll(() => status(page).textContent()).toBe('Alignment changed.');

    await page.keyboard.press('Control+z');
    await expect.poll(shape).toBe('0-0|1-1|2-2|3-3');
    await expect.poll(() => page.locator('#link-0 .source-sentence').count()).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the word diff in the history panel and reverts from it', async () => {
    await request(app).put(`/api/segments/${english[3].id}`).send({ text: 'Traders sell fresh vegetables.', version: 1 }).expect(200);
    await page.goto(`${url}/documents/${id}/edit`);
    const segment = page.locator(`.segment[data-id="${english[3].id}"]`);
    await segment.getByRole('button', { name: 'History' }).click();
    const history = segment.locator('.history');
    await expect.poll(() => history.locator('ins').count()).toBeGreaterThan(0);
    expect(await history.locator('ins').first().textContent()).toContain('fresh');
    await history.getByRole('button', { name: 'Restore this text' }).click();
    await expect.poll(() => area(page, english[3]).inputValue()).toBe(english[3].text);
    expect((await englishOf(app, id))[3]).toMatchObject({ text: english[3].text, version: 3 });
    await page.close();
  });

  it('marks a sentence reviewed and hides it with the not-reviewed filter', async () => {
    await page.goto(`${url}/documents/${id}/edit`);
    const segment = page.locator(`.segment[data-id="${english[0].id}"]`);
    await segment.locator('.seg-reviewed').check();
    await segment.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => segment.getAttribute('data-status')).toBe('reviewed');
    await page.locator('#filter-unreviewed').check();
    expect(await page.locator('#link-0').isVisible()).toBe(false);
    expect(await page.locator('#link-1').isVisible()).toBe(true);
    await page.close();
  });

  it('rewrites a whole English paragraph and shows its new sentences in place', async () => {
    await page.goto(`${url}/documents/${id}/edit`);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.getByRole('button', { name: 'Edit the whole English paragraph' }).first().click();
    const box = page.locator('.paragraph-text').first();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('It has rained since morning. The streets are wet. Puddles everywhere.');
    await page.locator('[data-save-paragraph]').first().click();
    await expect.poll(() => page.locator('.seg-text').count()).toBe(5);
    const texts = await page.locator('.seg-text').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(texts.slice(0, 3)).toEqual(['It has rained since morning.', 'The streets are wet.', 'Puddles everywhere.']);
    expect(navigations).toEqual([]);
    await page.close();
  });

  it('downloads a TMX export that parses back to the document', async () => {
    await page.goto(`${url}/documents/${id}/edit`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'TMX' }).click()]);
    const stream = await download.createReadStream();
    let xml = '';
    for await (const chunk of stream) xml += String(chunk);
    const parsed = parseTmx(xml);
    expect(parsed.title).toBe(FIXTURE.title);
    expect(parsed.units.map((u) => [u.source, u.target])).toEqual(
      english.map((s, i) => [FIXTURE_SOURCE[i], s.text]),
    );
    await page.close();
  });
});
