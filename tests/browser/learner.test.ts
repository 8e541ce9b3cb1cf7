import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANKI_COLUMNS } from '../../src/core/words/anki';
import { importDocument } from '../../src/import/import-document';
import { makeTestApp, type TestContext } from '../support/app';
import { createTestUser, TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen, recordCspViolations, signInPage } from '../support/browser';

describe("the learner's reader in chromium", () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let attackDoc: number;
  let otherDoc: number;
  let missingDoc: number;
  let longDoc: number;

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    attackDoc = await importDocument(ctx.db, { title: 'Serangan', source: 'Kota itu diserang kemarin.', translation: 'The city was attacked yesterday.' }, ctx.config);
    otherDoc = await importDocument(ctx.db, { title: 'Menyerang', source: 'Mereka menyerang kota.', translation: 'They attack the city.' }, ctx.config);
    // "pasukan" is a glossary term whose English (troops, forces) this translation lacks: editors see a flag.
    missingDoc = await importDocument(ctx.db, { title: 'Pasukan', source: 'Pasukan itu tiba.', translation: 'They arrived.' }, ctx.config);
    const body = (part: number) => Array.from({ length: 60 }, (_, i) => `Paragraf ${i + 1} bagian ${part} berisi kalimat yang cukup panjang untuk dibaca.`).join('\n\n');
    const bodyEn = (part: number) => Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of part ${part} holds a sentence long enough to read.`).join('\n\n');
    longDoc = await importDocument(ctx.db, {
      title: 'Laporan panjang',
      source: `Latar Belakang\n\n${body(1)}\n\nMisi di Kazakhstan\n\n${body(2)}`,
      translation: `Background\n\n${bodyEn(1)}\n\nThe mission in Kazakhstan\n\n${bodyEn(2)}`,
    }, ctx.config);
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });

  async function freshPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(options);
    await recordCspViolations(context);
    return { context, page: await context.newPage() };
  }
  const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  it('shows each reading mode and keeps the choice across a reload', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${url}/documents/1`);
    const targetShown = () => page.locator('.row').first().locator('.cell-target').isVisible();
    expect(await targetShown()).toBe(true);

    await page.selectOption('#learn-mode', 'id');
    expect(await targetShown()).toBe(false);
    await page.reload();
    expect(await page.locator('#learn-mode').inputValue()).toBe('id');
    expect(await targetShown()).toBe(false);

    await page.selectOption('#learn-mode', 'interlinear');
    const link = await page.locator('#id-1').getAttribute('data-link');
    // The English partner now sits under its Indonesian sentence, in the source column.
    const under = page.locator(`.cell-source .interlinear-en .sent[data-link="${link}"]`);
    expect(await under.count()).toBeGreaterThan(0);
    expect(await under.first().isVisible()).toBe(true);

    await page.selectOption('#learn-mode', 'hidden');
    expect(await page.locator('.interlinear-en').count()).toBe(0);
    const english = page.locator('#en-1');
    expect(await english.evaluate((el) => getComputedStyle(el).color)).toBe('rgba(0, 0, 0, 0)');
    await english.click();
    expect(await english.getAttribute('class')).toContain('is-revealed');
    expect(await english.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgba(0, 0, 0, 0)');

    await page.selectOption('#learn-mode', 'side');
    expect(await targetShown()).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('reveals a hidden English sentence with a key on its Indonesian sentence', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${url}/documents/1`);
    await page.selectOption('#learn-mode', 'hidden');
    const link = await page.locator('#id-2').getAttribute('data-link');
    const partner = page.locator(`.cell-target .sent[data-link="${link}"]`).first();
    expect(await partner.getAttribute('class')).not.toContain('is-revealed');
    await page.locator('#id-2').focus();
    await page.keyboard.press('r');
    expect(await partner.getAttribute('class')).toContain('is-revealed');
    await context.close();
  });

  it('keeps font size, line spacing and the dark theme per reader, without inline styles', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${url}/documents/1`);
    const size = () => page.locator('#id-0').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.locator('[data-learn-step="font"][data-delta="1"]').click();
    await page.locator('[data-learn-step="leading"][data-delta="1"]').click();
    await page.locator('#learn-theme').click();
    await page.reload();
    expect(await size()).toBeGreaterThan(before);
    expect(await page.locator('html').getAttribute('class')).toContain('theme-dark');
    expect(await page.locator('html').getAttribute('class')).toContain('leading-1');
    expect(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(251, 250, 247)');
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows anonymous readers no editor chrome', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${url}/documents/${missingDoc}`);
    expect(await page.locator('.term-missing').count()).toBeGreaterThan(0);
    expect(await page.locator('.term-missing').first().isVisible()).toBe(false);
    await page.locator('#id-0').selectText();
    expect(await page.locator('.add-term-bar').isVisible()).toBe(false);
    // Signed in, the same (shared) columns show the flag.
    const user = await createTestUser(ctx);
    await signInPage(page, url, user.name, TEST_PASSWORD);
    await page.goto(`${url}/documents/${missingDoc}`);
    expect(await page.locator('.term-missing').first().isVisible()).toBe(true);
    await context.close();
  });

  it('speaks of tapping, not pointing, on a touch screen', async () => {
    const touch = await freshPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await touch.page.goto(`${url}/documents/1`);
    expect(await touch.page.locator('.hint-pointer').isVisible()).toBe(false);
    expect(await touch.page.locator('.hint-touch').isVisible()).toBe(true);
    await touch.context.close();
    const desk = await freshPage();
    await desk.page.goto(`${url}/documents/1`);
    expect(await desk.page.locator('.hint-pointer').isVisible()).toBe(true);
    expect(await desk.page.locator('.hint-touch').isVisible()).toBe(false);
    await desk.context.close();
  });

  it('explains a tapped word and lights its English partner', async () => {
    const { context, page } = await freshPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await page.goto(`${url}/documents/${attackDoc}`);
    await page.locator('#id-0').tap({ timeout: 5000 });
    await page.locator('.cell-source .w', { hasText: 'diserang' }).tap({ timeout: 5000 });
    const popover = page.locator('#word-popover');
    await expect.poll(() => popover.textContent()).toContain('di- + serang');
    const attacked = page.locator('.cell-target .w', { hasText: 'attacked' });
    expect(await attacked.getAttribute('class')).toContain('is-word-partner');
    expect(await popover.textContent()).toContain('attacked');
    // The popover stays inside the screen.
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // And the reverse, from the English word (the popover, under the word on a phone, is closed first).
    await page.locator('#word-popover [data-close]').tap({ timeout: 5000 });
    expect(await popover.isHidden()).toBe(true);
    await attacked.tap({ timeout: 5000 });
    await expect.poll(() => popover.textContent()).toContain('diserang');
    expect(await page.locator('.cell-source .w', { hasText: 'diserang' }).getAttribute('class')).toContain('is-word-partner');
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it("fetches the popover's script on the first move only, and explains a word tapped before it arrived", async () => {
    const { context, page } = await freshPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    // The script comes slowly, as on a poor connection: the tapped sentence's words are asked for meanwhile.
    await page.route(/\/assets\/learn\/words\.[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(`${url}/documents/${attackDoc}`);
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
    await page.waitForTimeout(300);
    expect((await fetched()).filter((p) => p.startsWith('/assets/learn/words.'))).toEqual([]);
    expect(await page.locator('.cell-source .w').count()).toBe(0);
    // The first move is a tap on "diserang", found in the text as it was sent.
    const point = await page.locator('#id-0').evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode() as Text;
      while (!text.data.includes('diserang')) text = walker.nextNode() as Text;
      const at = text.data.indexOf('diserang');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'diserang'.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.touchscreen.tap(point.x, point.y);
    const popover = page.locator('#word-popover');
    await expect.poll(() => popover.textContent()).toContain('di- + serang');
    expect(await page.locator('.cell-target .w', { hasText: 'attacked' }).getAttribute('class')).toContain('is-word-partner');
    expect((await fetched()).filter((p) => p.startsWith('/assets/learn/words.')).length).toBe(1);
    // The pressed sentence's words were asked for while the script was on its way, not once it had come.
    const timing = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })));
    const script = timing.find((r) => /^\/assets\/learn\/words\.[^/]+\.js$/.test(r.path));
    const words = timing.find((r) => r.path === `/documents/${attackDoc}/words/0`);
    expect(words?.start).toBeLessThan(script!.end);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  async function statusOfWord(page: Page, documentId: number, word: string): Promise<string | null> {
    await page.goto(`${url}/documents/${documentId}`);
    const span = page.locator('.cell-source .w', { hasText: word });
    await page.locator('.cell-source .sent').first().hover();
    await expect.poll(() => span.getAttribute('data-root')).not.toBeNull();
    return span.getAttribute('data-status');
  }

  it('underlines words not yet marked, off by default, without a tap', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${url}/documents/${otherDoc}`);
    expect(await page.locator('.cell-source .w').count()).toBe(0);
    await page.locator('#learn-unknown').check();
    const mereka = page.locator('.cell-source .w', { hasText: 'Mereka' });
    await expect.poll(() => mereka.getAttribute('data-root')).toBe('mereka');
    expect(await mereka.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    await page.reload();
    expect(await page.locator('#learn-unknown').isChecked()).toBe(true);
    await expect.poll(() => page.locator('.cell-source .w', { hasText: 'menyerang' }).getAttribute('data-root')).toBe('serang');
    await context.close();
  });

  it('tracks statuses by root across documents and reloads, and moves them to the account on sign-in', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${url}/documents/${attackDoc}`);
    await page.locator('#id-0').hover();
    await page.locator('.cell-source .w', { hasText: 'diserang' }).click();
    await expect.poll(() => page.locator('#word-popover').textContent()).toContain('di- + serang');
    await page.keyboard.press('3');
    expect(await page.locator('.cell-source .w', { hasText: 'diserang' }).getAttribute('data-status')).toBe('known');
    // Escape closes the popover for good, focus back on the word.
    await page.keyboard.press('Escape');
    expect(await page.locator('#word-popover').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('diserang');

    // Same root, another document and another form; and after a reload.
    expect(await statusOfWord(page, otherDoc, 'menyerang')).toBe('known');
    await page.reload();
    expect(await statusOfWord(page, otherDoc, 'menyerang')).toBe('known');

    const user = await createTestUser(ctx);
    await signInPage(page, url, user.name, TEST_PASSWORD);
    expect(await statusOfWord(page, otherDoc, 'menyerang')).toBe('known');
    const onServer = await page.evaluate(() => fetch('/learn/statuses').then((r) => r.json()));
    expect(onServer).toEqual({ statuses: { serang: 'known' } });
    expect(await page.evaluate(() => localStorage.getItem('sejajar.words'))).toBeNull();
    // The library shows each document's share of roots not yet marked: kota, itu, kemarin of four.
    await page.goto(`${url}/`);
    await expect.poll(() => page.locator(`td.new-words[data-document="${attackDoc}"]`).textContent()).toBe('75% new (3 of 4 roots)');
    await context.close();
  });

  it('exports saved words as TSV with the documented fields', async () => {
    const { context, page } = await freshPage();
    const user = await createTestUser(ctx);
    await signInPage(page, url, user.name, TEST_PASSWORD);
    await page.goto(`${url}/documents/${attackDoc}`);
    await page.locator('#id-0').hover();
    await page.locator('.cell-source .w', { hasText: 'diserang' }).click();
    const save = page.locator('#word-popover [data-save]');
    await save.click();
    await expect.poll(() => save.isDisabled()).toBe(true);

    const response = await page.request.get(`${url}/learn/saved.tsv`);
    expect(response.headers()['content-type']).toContain('text/tab-separated-values');
    const lines = (await response.text()).trimEnd().split('\n');
    const columns = lines.find((l) => l.startsWith('#columns:'))!.slice('#columns:'.length).split('\t');
    expect(columns).toEqual([...ANKI_COLUMNS]);
    const notes = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    expect(notes).toEqual([['diserang', 'serang', 'Kota itu diserang kemarin.', 'The city was attacked yesterday.', 'Serangan']]);

    await page.goto(`${url}/learn/saved`);
    expect(await page.locator('.saved-list li').count()).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('reads aloud with an Indonesian voice, and says so when there is none', async () => {
    const withVoice = await freshPage();
    await withVoice.context.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      const synth = window.speechSynthesis;
      synth.getVoices = () => [{ lang: 'en-US', name: 'English' }, { lang: 'id-ID', name: 'Bahasa Indonesia' }] as unknown as SpeechSynthesisVoice[];
      synth.speak = (u: SpeechSynthesisUtterance) => { spoken.push(`${u.lang}|${u.text}`); };
    });
    await withVoice.page.goto(`${url}/documents/${attackDoc}`);
    await withVoice.page.locator('#learn-listen').click();
    // A click made before the listening script came is carried out once it has.
    await expect.poll(() => withVoice.page.evaluate(() => (window as unknown as { spoken: string[] }).spoken), { timeout: 3000 }).toEqual(['id-ID|Kota itu diserang kemarin.']);
    expect(await withVoice.page.locator('#id-0').getAttribute('class')).toContain('is-speaking');
    expect(await withVoice.page.locator('#en-0').getAttribute('class')).toContain('is-partner');
    await withVoice.context.close();

    const noVoice = await freshPage();
    await noVoice.context.addInitScript(() => {
      window.speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English' }] as unknown as SpeechSynthesisVoice[];
    });
    await noVoice.page.goto(`${url}/documents/${attackDoc}`);
    await noVoice.page.locator('#learn-listen').click();
    await expect.poll(() => noVoice.page.locator('.learn-message').textContent(), { timeout: 3000 }).toContain('Indonesian voice');
    await noVoice.context.close();
  });

  it('gives a long text one tab stop, its headings as headings and contents, and keeps the reading position', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${url}/documents/${longDoc}`);
    expect(await page.locator('.reader [tabindex="0"]').count()).toBe(1);
    expect(await page.locator('.reader .row h2').count()).toBe(0);
    // The passages in groups of twenty, in their order, none left out.
    const groups = await page.evaluate(() => Array.from(document.querySelectorAll('.reader > .passage-group'), (g) => Array.from(g.children, (r) => r.className.split(' ')[0] + r.getAttribute('data-row'))));
    const rows = await page.locator('.reader .row').evaluateAll((els) => els.map((r) => `row${r.getAttribute('data-row')}`));
    expect(rows.length).toBeGreaterThan(40);
    expect(groups.flat()).toEqual(rows);
    expect(groups.map((g) => g.length)).toEqual([...groups.slice(0, -1).map(() => 20), rows.length - 20 * (groups.length - 1)]);
    expect((await page.locator('.cell-source [role="heading"]').allTextContents()).map((t) => t.trim())).toEqual(['Latar Belakang', 'Misi di Kazakhstan']);
    await page.locator('#id-0').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('id-1');

    await page.locator('#learn-contents summary').click();
    const links = page.locator('#learn-contents a');
    // The list is made on the details' toggle event, which comes after the click.
    await expect.poll(() => links.allTextContents()).toEqual(['Latar Belakang', 'Misi di Kazakhstan']);
    await links.nth(1).click();
    const row = await page.locator('#id-61').evaluate((el) => el.closest('.row')!.getAttribute('data-row'));
    await page.mouse.wheel(0, 10);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `sejajar.position.${longDoc}`)).not.toBeNull();
    const kept = Number(await page.evaluate((key) => localStorage.getItem(key), `sejajar.position.${longDoc}`));
    expect(Math.abs(kept - Number(row))).toBeLessThanOrEqual(2);
    await page.goto(`${url}/documents/${longDoc}`);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await context.close();
  });

  it('lets no page scroll sideways on a 390 px phone, anonymous or signed in as an admin', async () => {
    const { context, page } = await freshPage({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const overflowing: string[] = [];
    const check = async (who: string, path: string) => {
      await page.goto(url + path);
      const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
      if (scrollWidth > width) overflowing.push(`${who} ${path}: ${scrollWidth} px wide on a ${width} px screen`);
    };
    for (const path of ['/', '/documents/1', '/glossary', '/signin', '/learn/saved']) await check('anonymous', path);
    const admin = await createTestUser(ctx, { role: 'admin' });
    await signInPage(page, url, admin.name, TEST_PASSWORD);
    for (const path of ['/', '/documents/1', '/documents/new', '/documents/1/edit', '/glossary', '/glossary/new', '/account', '/settings', '/learn/saved', '/admin', '/admin/users']) {
      await check('signed in', path);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });
});
