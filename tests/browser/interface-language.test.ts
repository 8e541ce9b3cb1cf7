import type { Express } from 'express';
import request from 'supertest';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixture } from '../support/edit-fixture';
import { editorInBrowser, type EditorInBrowser } from '../support/editor-browser';

describe('the chosen interface language, not the browser\'s, in chromium', () => {
  let session: EditorInBrowser;
  let url: string;
  let app: Express;
  let page: Page;

  beforeAll(async () => {
    // A browser set to American English, whose user chose the Indonesian interface.
    session = await editorInBrowser({ locale: 'en-US', timezoneId: 'UTC' });
    ({ url, app, page } = session);
  });
  afterAll(() => session?.close());

  it('writes revision dates as the Indonesian interface does', async () => {
    const { id, english } = await importFixture(app);
    await request(app).put(`/api/segments/${english[0]!.id}`).send({ text: 'Rain has been falling since the morning.', version: 1 }).expect(200);
    await page.goto(`${url}/documents/${id}/edit?lng=id`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    const segment = page.locator(`.segment[data-id="${english[0]!.id}"]`);
    await segment.locator('button[data-history]').click();
    const heads = segment.locator('.history .revision-head');
    await expect.poll(() => heads.count()).toBe(2);
    const text = (await heads.allTextContents()).join(' | ');
    // Indonesian writes the time with dots (13.21.36) and no AM/PM; American English with colons and AM/PM.
    expect(text).toMatch(/\d{1,2}\.\d{2}\.\d{2}/);
    expect(text).not.toMatch(/\b(AM|PM)\b/);
  });
});
