import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { makeTestApp, type TestContext } from './app';
import { createTestUser, TEST_PASSWORD } from './auth';
import { close, launchChromium, listen, recordCspViolations, signInPage } from './browser';
import { editorApp } from './edit-fixture';

/** A listening app, chromium with one context signed in as an editor through the real form, and an API client. */
export interface EditorInBrowser {
  ctx: TestContext;
  server: Server;
  url: string;
  browser: Browser;
  context: BrowserContext;
  /** The app as an editor's API client sees it (edit-fixture.ts). */
  app: Express;
  page: Page;
  close(): Promise<void>;
}

/** `author`: the name of the API client's user (edit-fixture.ts), when a test needs to know it. */
export async function editorInBrowser(contextOptions: BrowserContextOptions = {}, author?: string): Promise<EditorInBrowser> {
  const ctx = await makeTestApp();
  const { server, url } = await listen(ctx.app);
  const browser = await launchChromium();
  const context = await browser.newContext(contextOptions);
  // Every page runs under the app's Content-Security-Policy; violations are recorded for the checks.
  await recordCspViolations(context);
  const { app } = await editorApp(ctx, author);
  const user = await createTestUser(ctx, { name: 'penyunting' });
  const page = await context.newPage();
  await signInPage(page, url, user.name, TEST_PASSWORD);
  return {
    ctx, server, url, browser, context, app, page,
    async close() {
      await browser.close();
      await close(server);
      await ctx.close();
    },
  };
}
