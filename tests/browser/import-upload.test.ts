import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';
import { createTestUser, TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen, recordCspViolations, signInPage } from '../support/browser';
import { makeEpub } from '../support/format-files';

const ID = Array.from({ length: 400 }, (_, i) => `Paragraf nomor ${i + 1} dari buku ini bercerita tentang jembatan baru yang dibangun di Kalimantan untuk warga setempat.`);

describe('import form in chromium: files dropped, progress shown', () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
    const context = await browser.newContext();
    await recordCspViolations(context);
    page = await context.newPage();
    const user = await createTestUser(ctx, { name: 'penyunting' });
    await signInPage(page, url, user.name, TEST_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });

  it('takes an EPUB dropped on the Indonesian box and shows the upload progress until the reader opens', async () => {
    const seen: string[] = [];
    await page.exposeFunction('recordProgress', (value: string) => seen.push(value));
    await page.goto(`${url}/documents/new?lng=en`);
    const epub = Buffer.from(makeEpub('Buku Jembatan', [{ title: 'Bab Satu', paragraphs: ID }])).toString('base64');
    await page.evaluate((data) => {
      const bar = document.querySelector('#upload-progress progress')!;
      new MutationObserver(() => (window as unknown as { recordProgress(v: string): void }).recordProgress(bar.getAttribute('value') ?? '')).observe(bar, { attributes: true });
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'buku.epub', { type: 'application/epub+zip' }));
      const box = document.querySelector('#source_file')!.closest('fieldset')!;
      box.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, epub);
    expect(await page.locator('#source_file').evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('buku.epub');
    await expect.poll(() => page.locator('.drop-note').first().textContent()).toBe('Chosen file: buku.epub');
    await Promise.all([page.waitForURL(/\/documents\/\d+$/), page.locator('form:has(#upload-progress) button[type=submit]').click()]);
    expect(seen).toContain('100');
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const doc = (await getDocument(ctx.db, id))!;
    expect(doc.document.title).toBe('Buku Jembatan');
    expect(doc.source).toHaveLength(ID.length + 1);
    expect(await page.locator('body').textContent()).toContain('Paragraf nomor 400');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it('shows a refusal in place after the upload', async () => {
    await page.goto(`${url}/documents/new?lng=id`);
    await page.locator('#source_file').setInputFiles({ name: 'pindaian.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\ngarbage') });
    await page.locator('form:has(#upload-progress) button[type=submit]').click();
    await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('bukan PDF yang dapat dibaca');
  });
});
