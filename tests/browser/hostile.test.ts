import type { Server } from 'node:http';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, createTestUser, TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen } from '../support/browser';
import { HOSTILE_TEXTS, HOSTILE_URLS, PWNED } from '../support/hostile-inputs';

const payloads = HOSTILE_TEXTS.filter((t) => t.markup);

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: string[];
  }
}

describe('hostile input in chromium', { timeout: 120_000 }, () => {
  let ctx: TestContext;
  let server: Server;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const documentIds: number[] = [];
  const termIds: number[] = [];

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    const token = `Bearer ${await apiToken(ctx)}`;
    for (const input of payloads) {
      const res = await request(ctx.app)
        .post('/api/documents')
        .set('Authorization', token)
        .send({ title: input.text, titleEn: input.text, source: `Awal.\n\n${input.text}\n\nAkhir.`, translation: `Start.\n\n${input.text}\n\nEnd.` })
        .expect(201);
      documentIds.push(res.body.id);
    }
    // Glossary terms carry the payloads too: in the term, its equivalent and its note.
    for (const [i, input] of payloads.entries()) {
      const res = await request(ctx.app)
        .post('/api/glossary')
        .set('Authorization', token)
        .send({ source: `istilah${i}`, targets: [input.text], note: input.text })
        .expect(201);
      termIds.push(res.body.term.id);
      await request(ctx.app).post('/api/glossary').set('Authorization', token).send({ source: input.text, targets: ['term'], note: '' });
    }
    await createTestUser(ctx, { name: 'penyunting' });
    ({ server, url } = await listen(ctx.app));
    browser = await launchChromium();
    context = await browser.newContext();
    // Runs before any page script; CSP does not apply to it, so it sees every violation.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await close(server);
    await ctx.close();
  });

  /** Signs in through the page's own form (a no-op when the browser already is signed in). */
  async function signIn() {
    await page.goto(`${url}/signin`);
    if (!page.url().includes('/signin')) return;
    await page.fill('#name', 'penyunting');
    await page.fill('#password', TEST_PASSWORD);
    await page.click('.auth-form button[type=submit]');
    await page.waitForURL(`${url}/`);
  }

  /** Visits a page, pokes at it like a reader, and returns what a payload would have changed. */
  async function visit(path: string) {
    await page.goto(url + path);
    for (const sentence of await page.locator('.sent').all().then((all) => all.slice(0, 1))) {
      await sentence.hover();
      await sentence.focus();
    }
    return page.evaluate((flag) => ({ pwned: (window as never)[flag], violations: window.__cspViolations ?? [] }), PWNED);
  }

  it('runs no payload on the library, reader, glossary, delete and term pages, anonymous or signed in', async () => {
    const paths = ['/', '/glossary', ...documentIds.map((id) => `/documents/${id}`)];
    for (const path of paths) expect(await visit(path), path).toEqual({ pwned: undefined, violations: [] });

    await signIn();
    expect(await page.textContent('.user-menu')).toContain('penyunting');

    const editorPaths = [...documentIds.map((id) => `/documents/${id}/delete`), ...termIds.map((id) => `/glossary/${id}/edit`)];
    for (const path of [...paths, ...editorPaths]) {
      expect(await visit(path), path).toEqual({ pwned: undefined, violations: [] });
    }
    expect(dialogs).toEqual([]);
  });

  it('runs no payload echoed back by a refused form', async () => {
    await signIn();
    await page.goto(`${url}/documents/new`);
    const payload = payloads[0].text;
    await page.fill('#title', payload);
    await page.fill('#title_en', payloads[2].text);
    await page.fill('#source_text', '   ');
    await page.fill('#translation_text', payloads[1].text);
    await page.click('.document-form button[type=submit]');
    await page.waitForLoadState();
    await page.waitForSelector('#form-error');
    expect(await page.inputValue('#title')).toBe(payload);
    const state = await page.evaluate((flag) => ({ pwned: (window as never)[flag], violations: window.__cspViolations }), PWNED);
    expect(state).toEqual({ pwned: undefined, violations: [] });
    expect(dialogs).toEqual([]);
  });

  it('runs no payload from hostile URLs', async () => {
    for (const path of HOSTILE_URLS) {
      expect(await visit(path), path).toEqual({ pwned: undefined, violations: [] });
    }
    expect(dialogs).toEqual([]);
  });

  it('reports a CSP violation when a page does carry inline script', async () => {
    // Proves the listener works: the same check would catch an injected script.
    await page.goto(`${url}/`);
    const violations = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 1';
      document.body.append(s);
      return new Promise<string[]>((resolve) => setTimeout(() => resolve(window.__cspViolations ?? []), 100));
    });
    expect(violations.join()).toContain('script-src');
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });
});
