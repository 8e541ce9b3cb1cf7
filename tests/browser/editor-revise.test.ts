import type { Express } from 'express';
import request from 'supertest';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bumpRevision } from '../../src/store/document-revision';
import { writeLinks } from '../../src/store/links';
import type { TestContext } from '../support/app';
import { editorInBrowser, type EditorInBrowser } from '../support/editor-browser';
import { englishOf, importFixture, type FixtureSentence } from '../support/edit-fixture';

/**
 * What a translator does on the edit page when the alignment or a save goes wrong: merging
 * sentences across passages, meeting another editor's save, pressing Esc by mistake. The page
 * runs with its Content-Security-Policy and CSRF checking, signed in through the real form.
 */
describe('correcting in the editor, in chromium', () => {
  let setup: EditorInBrowser;
  let ctx: TestContext;
  let url: string;
  let context: BrowserContext;
  let app: Express;
  let page: Page;

  beforeAll(async () => {
    setup = await editorInBrowser({}, 'sari');
    ({ ctx, url, context, app } = setup);
    // Each test opens its own page in the signed-in context.
    await setup.page.close();
  });
  afterAll(() => setup?.close());
  beforeEach(async () => {
    page = await context.newPage();
  });

  const activeId = (p: Page) => p.evaluate(() => document.activeElement?.id);
  const status = (p: Page) => p.locator('#save-status');
  const cspViolations = (p: Page) => p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const link = (source: number[], target: number[]) => ({ source, target, confidence: 0.4, confirmed: false });

  it('merges an English-only sentence with the Indonesian-only one after it into one passage, focus on the merged link', async () => {
    // The English paragraph "The sky is grey." stands where the Indonesian has "Pasar tetap ramai.", each left unpaired.
    const created = await request(app)
      .post('/api/documents')
      .send({
        title: 'Langit',
        source: 'Hujan turun sejak pagi. Jalan-jalan di kota basah.\n\nPasar tetap ramai.',
        translation: 'Rain has fallen since the morning. The streets in town are wet.\n\nThe sky is grey.',
      })
      .expect(201);
    const id = created.body.id as number;
    await writeLinks(ctx.db, id, 'paragraph', [link([0], [0]), link([], [1]), link([1], [])]);
    await writeLinks(ctx.db, id, 'sentence', [link([0], [0]), link([1], [1]), link([], [2]), link([2], [])]);
    await bumpRevision(ctx.db, id, new Date().toISOString());

    await page.goto(`${url}/documents/${id}/edit`);
    expect(await page.locator('.edit-group').count()).toBe(3);
    // The tools show on the link in hand.
    await page.locator('#link-2').focus();
    await page.locator('#link-2').getByRole('button', { name: 'Merge with next' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Alignment changed.');
    await expect.poll(() => activeId(page)).toBe('link-2');
    // One passage holds both sentences; no passage is left without a link.
    expect(await page.locator('.edit-group').count()).toBe(2);
    const linksPerPassage = await page.locator('.edit-group').evaluateAll((groups) => groups.map((g) => g.querySelectorAll('.link-row').length));
    expect(linksPerPassage).toEqual([2, 1]);
    expect(await page.locator('#link-2 .source-sentence').textContent()).toBe('Pasar tetap ramai.');

    const alignment = (await request(app).get(`/api/documents/${id}/alignment`).expect(200)).body;
    expect(alignment.paragraphLinks.map((l: { source: number[]; target: number[] }) => `${l.source}-${l.target}`)).toEqual(['0-0', '1-1']);
    const reader = await request(app).get(`/documents/${id}`).expect(200);
    expect(reader.text).not.toContain('Added by the translator');
    expect(reader.text).not.toContain('Not translated');

    // Undo brings both levels back, and the page with them.
    // From the keyboard: a click would land while the link's tools fold away under the pointer.
    await page.locator('#undo').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.edit-group').count()).toBe(3);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows who saved meanwhile, when, and the words that differ', async () => {
    const { id, english } = await importFixture(app);
    const s: FixtureSentence = english[2];
    await page.goto(`${url}/documents/${id}/edit`);
    await request(app).put(`/api/segments/${s.id}`).send({ text: 'The market is crowded today.', version: 1 }).expect(200);
    await page.locator(`#seg-${s.id}`).fill('The market is busy today.');
    await page.locator(`#seg-${s.id}`).press('Control+Enter');
    const conflict = page.locator(`.segment[data-id="${s.id}"] [data-conflict]`);
    await expect.poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.locator('.conflict-by').textContent()).toMatch(/^Saved by sari on .*\d/);
    expect(await conflict.locator('del').allTextContents()).toEqual(['crowded']);
    expect(await conflict.locator('ins').allTextContents()).toEqual(['busy']);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('sets unsaved text aside on Esc and brings it back, also after a reload', async () => {
    const { id, english } = await importFixture(app);
    const s = english[1];
    const area = page.locator(`#seg-${s.id}`);
    await page.goto(`${url}/documents/${id}/edit`);
    await area.fill('Words typed with care.');
    await area.press('Escape');
    expect(await area.inputValue()).toBe(s.text);
    await expect.poll(() => status(page).textContent()).toBe('Your unsaved text was set aside.');
    await page.reload();
    expect(await area.inputValue()).toBe(s.text);
    await page.getByRole('button', { name: 'Bring my text back' }).click();
    expect(await area.inputValue()).toBe('Words typed with care.');
    expect(await activeId(page)).toBe(`seg-${s.id}`);
    expect(await page.getByRole('button', { name: 'Bring my text back' }).count()).toBe(0);
    await area.press('Control+Enter');
    await expect.poll(async () => (await englishOf(app, id))[1].text).toBe('Words typed with care.');
    await page.close();
  });

  it('lists a review in the history as a status change, not as a new text', async () => {
    const { id, english } = await importFixture(app);
    const s = english[0];
    await page.goto(`${url}/documents/${id}/edit`);
    const segment = page.locator(`.segment[data-id="${s.id}"]`);
    await segment.locator('.seg-reviewed').check();
    await segment.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => segment.getAttribute('data-status')).toBe('reviewed');
    await segment.getByRole('button', { name: 'History' }).click();
    const history = segment.locator('.history');
    await expect.poll(() => history.locator('.status-changes li').count()).toBe(1);
    expect(await history.locator('.status-changes li').textContent()).toContain('Draft → Reviewed · penyunting');
    expect(await history.locator('.revisions > li').count()).toBe(1);
    await page.close();
  });

  it('corrects an Indonesian sentence, splits it at a typed line break and joins two, without reloading', async () => {
    const { id } = await importFixture(app);
    await page.goto(`${url}/documents/${id}/edit`);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.locator('#link-2').focus();
    await page.locator('#link-2').getByRole('button', { name: 'Correct the Indonesian' }).click();
    const box = page.locator('#link-2 .source-text');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('Pasar tetap\nramai sekali.');
    await page.locator('#link-2').getByRole('button', { name: 'Save the Indonesian' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Indonesian saved; the alignment around it was redone.');
    const sourceTexts = () => page.locator('.source-sentence').allTextContents();
    expect(await sourceTexts()).toEqual(['Hujan turun sejak pagi.', 'Jalan-jalan di kota basah.', 'Pasar tetap', 'ramai sekali.', 'Pedagang menjual sayur dan buah.']);
    // The correction's history: the imported text first, then the correction with what it removed.
    const corrected = page.locator('.link-row', { has: page.locator('.source-sentence', { hasText: /^Pasar tetap$/ }) });
    await corrected.focus();
    await corrected.getByRole('button', { name: 'Correct the Indonesian' }).click();
    await corrected.locator('.source-field').first().getByRole('button', { name: 'History' }).click();
    const history = corrected.locator('.source-field .history');
    await expect.poll(() => history.locator('li').count()).toBe(2);
    expect(await history.locator('li > p[lang="id"]').allTextContents()).toEqual(['Pasar tetap', 'Pasar tetap ramai.']);
    expect(await history.locator('li').first().textContent()).toContain('person (penyunting)');
    expect(await history.locator('del').allTextContents()).toEqual([' ramai.']);

    await page.locator('#link-0').focus();
    await page.locator('#link-0').getByRole('button', { name: 'Correct the Indonesian' }).click();
    await page.locator('#link-0').getByRole('button', { name: 'Join with the next Indonesian sentence' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Indonesian sentences joined.');
    expect((await sourceTexts())[0]).toBe('Hujan turun sejak pagi. Jalan-jalan di kota basah.');
    expect(await activeId(page)).toBe('link-0');
    expect(navigations).toEqual([]);

    const doc = (await request(app).get(`/api/documents/${id}`).expect(200)).body;
    expect(doc.source.flatMap((p: { sentences: { text: string }[] }) => p.sentences.map((s) => s.text))).toEqual(await sourceTexts());
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
