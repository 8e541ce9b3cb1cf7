import type { Server } from 'node:http';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, createTestUser, TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen, recordCspViolations } from '../support/browser';

describe('library search and translation memory in chromium', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let token: string;

  const importDocument = async (body: object): Promise<number> =>
    (await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send(body).expect(201)).body.id;

  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ server, url } = await listen(ctx.app));
    token = await apiToken(ctx);
    browser = await launchChromium();
    context = await browser.newContext();
    await recordCspViolations(context);
    const user = await createTestUser(ctx, { name: 'penerjemah' });
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

  const cspViolations = (p: Page) => p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  it('finds the forms derived from a root, each beside its aligned English', async () => {
    await importDocument({
      title: 'Laporan keamanan',
      source: 'Pasukan itu menyerang kota.\n\nKota itu diserang lagi pada malam hari.\n\nSerangan itu dikecam.\n\nPenyerangan terjadi dua kali.\n\nHujan turun sepanjang hari.',
      translation: 'The troops attacked the town.\n\nThe town was attacked again at night.\n\nThe attack was condemned.\n\nThe assault happened twice.\n\nRain fell all day.',
    });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.click('a[href="/search"]');
    await page.fill('#search-q', 'serang');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('.concordance');
    const marked = await page.locator('.concordance tbody tr td:first-child mark').allTextContents();
    expect(marked).toEqual(['menyerang', 'diserang', 'Serangan', 'Penyerangan']);
    const partners = await page.locator('.concordance tbody tr td:nth-child(2)').allTextContents();
    expect(partners.map((t) => t.trim())).toEqual([
      'The troops attacked the town.',
      'The town was attacked again at night.',
      'The attack was condemned.',
      'The assault happened twice.',
    ]);
    expect(await page.locator('.concordance tbody tr td:nth-child(2) mark').allTextContents()).toEqual(['attacked', 'attacked', 'attack', 'assault']);
    expect(await page.textContent('#search-count')).toContain('4');
    // A hit leads to its sentence in the reader.
    await page.click('.concordance tbody tr:nth-child(2) a');
    await page.waitForURL(/\/documents\/\d+#id-1$/);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds inside one document in the reader and moves between the hits with next and previous', async () => {
    const id = await importDocument({
      title: 'Tiga serangan',
      source: 'Pasukan menyerang pagi hari.\n\nHujan turun.\n\nDesa diserang siang hari.\n\nSerangan ketiga datang malam.',
      translation: 'Troops attacked in the morning.\n\nRain fell.\n\nThe village was attacked at noon.\n\nThe third attack came at night.',
    });
    const page = await context.newPage();
    await page.goto(`${url}/documents/${id}`);
    await page.fill('#doc-find-q', 'serang');
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(() => page.textContent('#doc-find-status')).toBe('1 of 3');
    expect(await page.locator('.find-hit').count()).toBe(3);
    const current = () => page.evaluate(() => document.querySelector('.find-current')?.id);
    expect(await current()).toBe('id-0');
    // Enter again goes on, the focus staying in the box; Shift+Enter goes back.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('doc-find-q');
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(current).toBe('id-2');
    await page.press('#doc-find-q', 'Shift+Enter');
    await expect.poll(current).toBe('id-0');
    await page.click('#doc-find-next');
    await expect.poll(current).toBe('id-2');
    await page.click('#doc-find-next');
    await page.click('#doc-find-next');
    await expect.poll(current).toBe('id-0');
    await page.click('#doc-find-prev');
    expect(await page.textContent('#doc-find-status')).toBe('3 of 3');
    await expect.poll(current).toBe('id-3');
    // F3 from elsewhere on the page goes on and puts the focus on the hit.
    await page.focus('#doc-find-next');
    await page.keyboard.press('F3');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('id-0');
    // English by stem, the same way.
    await page.selectOption('#doc-find-lang', 'en');
    await page.fill('#doc-find-q', 'attacks');
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(() => page.textContent('#doc-find-status')).toBe('1 of 3');
    expect(await current()).toBe('en-0');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers a reviewed translation of a similar sentence and inserts it with Ctrl+1', async () => {
    const earlier = await importDocument({
      title: 'Kunjungan kemarin',
      source: 'Presiden mengunjungi pabrik mobil di Bekasi kemarin.',
      translation: 'The president visited a car factory in Bekasi yesterday.',
    });
    const stored = (await request(ctx.app).get(`/api/documents/${earlier}`).expect(200)).body.translation[0].sentences[0];
    await request(ctx.app)
      .put(`/api/segments/${stored.id}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ text: stored.text, version: stored.version, status: 'reviewed' })
      .expect(200);
    const id = await importDocument({
      title: 'Kunjungan hari ini',
      source: 'Presiden mengunjungi pabrik mobil di Karawang kemarin.',
      translation: 'Draft to replace.',
    });
    const page = await context.newPage();
    await page.goto(`${url}/documents/${id}/edit`);
    const box = page.locator('.seg-text').first();
    await box.focus();
    const offer = page.locator('#memory-offers .memory-offer').first();
    await offer.waitFor();
    expect(await offer.locator('.score').textContent()).toContain('86%');
    expect(await offer.locator('ins').allTextContents()).toEqual(['Bekasi']);
    expect(await offer.locator('del').allTextContents()).toEqual(['Karawang']);
    await page.keyboard.press('Control+1');
    expect(await box.inputValue()).toBe('The president visited a car factory in Bekasi yesterday.');
    await expect.poll(() => page.textContent('#memory-status')).toContain('1');
    // Inserted, not saved: the editor's save stores it as any typed text.
    await box.press('Control+Enter');
    await expect.poll(() => page.locator('#save-status').textContent()).toBe('Saved.');
    const after = (await request(ctx.app).get(`/api/documents/${id}`).expect(200)).body.translation[0].sentences[0];
    expect(after.text).toBe('The president visited a car factory in Bekasi yesterday.');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
