import type { Express } from 'express';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSetupLinkIfNoUsers } from '../../src/accounts/setup';
import { makeTestApp } from '../support/app';
import { TEST_PASSWORD } from '../support/auth';
import { close, listen } from '../support/browser';
import { importFixture } from '../support/edit-fixture';
import { editorInBrowser, type EditorInBrowser } from '../support/editor-browser';

/** Controls that said something else than they do, seen as a person sees them, CSRF checks on. */
describe('controls that say what they do, in chromium', () => {
  let session: EditorInBrowser;
  let url: string;
  let browser: Browser;
  let app: Express;
  let page: Page;

  beforeAll(async () => {
    session = await editorInBrowser();
    ({ url, browser, app, page } = session);
  });
  afterAll(() => session?.close());

  const cspViolations = (p: Page) => p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  it('a link not yet confirmed offers to confirm it, and a confirmed one to withdraw the confirmation', async () => {
    const { id } = await importFixture(app);
    const confirmed = async () => (await request(app).get(`/api/documents/${id}/alignment`)).body.sentenceLinks[0].confirmed;
    await page.goto(`${url}/documents/${id}/edit?lng=en`);
    const button = page.locator('#link-0 button[data-level="sentence"][data-op$="confirm"]');
    expect(await confirmed()).toBe(false);
    expect(await button.textContent()).toBe('Confirm link');
    expect(await page.locator('button', { hasText: /^Confirmed$/ }).count()).toBe(0);
    // The link's tools show while focus is in the link: press the button as a keyboard user does.
    const press = async () => {
      await page.locator('#link-0').focus();
      await button.focus();
      await page.keyboard.press('Enter');
    };
    await press();
    await expect.poll(confirmed).toBe(true);
    await expect.poll(() => button.textContent()).toBe('Withdraw confirmation');
    await press();
    await expect.poll(confirmed).toBe(false);
    await expect.poll(() => button.textContent()).toBe('Confirm link');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('keeps the CSRF token out of the address bar and the history after a failed import', async () => {
    await page.goto(`${url}/documents/new?lng=en`);
    const action = await page.locator('form.document-form').first().getAttribute('action');
    expect(action).toContain('_csrf=');
    await page.locator('#title').fill('Kosong');
    await Promise.all([page.waitForLoadState('load'), page.locator('form.document-form button[type=submit]').first().click()]);
    await expect.poll(() => page.locator('#form-error').count()).toBe(1);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/documents/new');
    expect(page.url()).not.toContain('_csrf');
    // The form still works: it carries the token in the page, not in the address.
    await page.locator('#source_text').fill('Hujan turun di Jakarta.');
    await Promise.all([page.waitForURL(/\/documents\/\d+$/), page.locator('form.document-form button[type=submit]').first().click()]);
    expect(page.url()).not.toContain('_csrf');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('after the first admin is set up, offers to import a first document and to create an API token', async () => {
    const fresh = await makeTestApp();
    const listening = await listen(fresh.app);
    const setupPage = await (await browser.newContext()).newPage();
    try {
      const token = (await createSetupLinkIfNoUsers(fresh.db, fresh.config.accounts))!;
      await setupPage.goto(`${listening.url}/setup/${token}?lng=en`);
      await setupPage.locator('#name').fill('admin');
      await setupPage.locator('#password').fill(TEST_PASSWORD);
      await Promise.all([setupPage.waitForURL(`${listening.url}/admin/welcome`), setupPage.locator('form button[type=submit]').click()]);
      await setupPage.locator('a', { hasText: 'Import your first document' }).click();
      await setupPage.waitForURL(`${listening.url}/documents/new`);
      expect(await setupPage.locator('form.document-form').count()).toBeGreaterThan(0);
      await setupPage.goBack();
      await setupPage.locator('a', { hasText: 'Create an API token' }).click();
      await setupPage.waitForURL(`${listening.url}/account#tokens-heading`);
      expect(await setupPage.locator('#token-name').isVisible()).toBe(true);
    } finally {
      await setupPage.context().close();
      await close(listening.server);
      await fresh.close();
    }
  });
});
