import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorInBrowser, type EditorInBrowser } from '../support/editor-browser';

/** Passages of plain weather notes, and the three built on the root "serang" at 2, 5 and 75: the last far below the first rendered ones. */
const PASSAGES = 80;
const PLANTED: Record<number, [string, string]> = {
  2: ['Pasukan menyerang kota.', 'The troops attacked the town.'],
  5: ['Desa itu diserang pada siang hari.', 'The village was attacked at noon.'],
  75: ['Serangan ketiga datang malam.', 'The third attack came at night.'],
};

function notes(): { title: string; source: string; translation: string } {
  const pairs = Array.from({ length: PASSAGES }, (_, i) => PLANTED[i] ?? [`Catatan cuaca nomor ${i + 1} tentang hujan.`, `Weather note number ${i + 1} about rain.`]);
  return { title: 'Catatan panjang', source: pairs.map(([id]) => id).join('\n\n'), translation: pairs.map(([, en]) => en).join('\n\n') };
}

describe('find by root in the editor, in chromium', () => {
  let env: EditorInBrowser;
  let id: number;

  beforeAll(async () => {
    env = await editorInBrowser();
    id = (await request(env.app).post('/api/documents').send(notes()).expect(201)).body.id;
  });
  afterAll(() => env?.close());

  const status = () => env.page.textContent('#doc-find-status');
  const current = () => env.page.locator('.find-current').first();
  const focused = () => env.page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: (document.activeElement as HTMLTextAreaElement | null)?.value ?? document.activeElement?.textContent ?? '' }));

  it('finds the forms built on a root and moves between them with the keys and buttons, rendering a passage not yet shown', async () => {
    const { page } = env;
    await page.goto(`${env.url}/documents/${id}/edit`);
    await page.evaluate(() => ((window as unknown as { pageMark: string }).pageMark = 'still here'));
    // Passage 76 is not on the page yet.
    expect(await page.locator('#group-75').count()).toBe(0);

    await page.fill('#doc-find-q', 'serang');
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(status).toBe('1 of 3');
    expect(await current().textContent()).toBe('Pasukan menyerang kota.');
    expect(await page.locator('.find-hit').count()).toBe(2);
    // The focus stays in the box: Enter goes on.
    expect((await focused()).id).toBe('doc-find-q');
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(status).toBe('2 of 3');
    expect(await current().textContent()).toBe('Desa itu diserang pada siang hari.');
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(status).toBe('3 of 3');
    // The far passage was rendered for its hit, and the hit marked in it.
    await expect.poll(() => current().textContent()).toBe('Serangan ketiga datang malam.');
    expect(await page.locator('#group-75').count()).toBe(1);
    await expect.poll(() => current().isVisible()).toBe(true);

    await page.press('#doc-find-q', 'Shift+Enter');
    await expect.poll(status).toBe('2 of 3');
    await expect.poll(() => current().textContent()).toBe('Desa itu diserang pada siang hari.');
    await page.click('#doc-find-next');
    await expect.poll(status).toBe('3 of 3');
    await expect.poll(() => current().textContent()).toBe('Serangan ketiga datang malam.');
    // Next from the last goes round to the first, rendered again.
    await page.click('#doc-find-next');
    await expect.poll(status).toBe('1 of 3');
    await expect.poll(() => current().textContent()).toBe('Pasukan menyerang kota.');
    await page.click('#doc-find-prev');
    await expect.poll(status).toBe('3 of 3');
    await expect.poll(() => current().textContent()).toBe('Serangan ketiga datang malam.');

    // F3 from elsewhere on the page goes on and puts the focus on the hit's link.
    await page.focus('#goto-passage');
    await page.keyboard.press('F3');
    await expect.poll(status).toBe('1 of 3');
    await expect.poll(async () => (await focused()).id).toMatch(/^link-\d+$/);
    expect((await focused()).text).toContain('Pasukan menyerang kota.');
    await page.keyboard.press('Shift+F3');
    await expect.poll(status).toBe('3 of 3');
    await expect.poll(async () => (await focused()).text).toContain('Serangan ketiga datang malam.');
    expect(await page.evaluate(() => (window as unknown as { pageMark?: string }).pageMark)).toBe('still here');
  });

  it('finds English by stem and puts the focus in the English box of the hit with F3', async () => {
    const { page } = env;
    await page.goto(`${env.url}/documents/${id}/edit`);
    await page.selectOption('#doc-find-lang', 'en');
    await page.fill('#doc-find-q', 'attacks');
    await page.press('#doc-find-q', 'Shift+Enter');
    // Shift+Enter starts from the last hit, far below.
    await expect.poll(status).toBe('3 of 3');
    await expect.poll(() => current().locator('.seg-text').inputValue()).toBe('The third attack came at night.');
    await page.focus('#goto-passage');
    await page.keyboard.press('F3');
    await expect.poll(status).toBe('1 of 3');
    await expect.poll(async () => (await focused()).text).toBe('The troops attacked the town.');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('seg-text'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it('searches again after a change has moved the passages, so that a hit is not looked for where it was', async () => {
    const { page } = env;
    const copy = (await request(env.app).post('/api/documents').send(notes()).expect(201)).body.id;
    await page.goto(`${env.url}/documents/${copy}/edit`);
    await page.fill('#doc-find-q', 'serang');
    await page.press('#doc-find-q', 'Enter');
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(status).toBe('2 of 3');
    // Passages 1 and 2 become one: every hit's passage moves up by one.
    const revision = await page.getAttribute('#editor', 'data-revision');
    await page.click('#group-0 .group-tools [data-op="merge"]');
    await expect.poll(() => page.getAttribute('#editor', 'data-revision')).not.toBe(revision);
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(status).toBe('1 of 3');
    await expect.poll(() => current().textContent()).toBe('Pasukan menyerang kota.');
    await page.press('#doc-find-q', 'Enter');
    await page.press('#doc-find-q', 'Enter');
    await expect.poll(status).toBe('3 of 3');
    await expect.poll(() => current().textContent()).toBe('Serangan ketiga datang malam.');
    expect(await page.locator('#group-74 .find-current').count()).toBe(1);
  });

  it('goes through every Enter pressed while the answer was on its way', async () => {
    const { page } = env;
    await page.goto(`${env.url}/documents/${id}/edit`);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route('**/search?**', async (route) => {
      asked++;
      await released;
      await route.continue();
    });
    try {
      await page.fill('#doc-find-q', 'serang');
      for (let i = 0; i < 3; i++) await page.press('#doc-find-q', 'Enter');
      await expect.poll(() => asked).toBe(1);
      release();
      await expect.poll(status).toBe('3 of 3');
      await expect.poll(() => current().textContent()).toBe('Serangan ketiga datang malam.');
      expect(asked).toBe(1);
    } finally {
      await page.unroute('**/search?**');
    }
  });
});
