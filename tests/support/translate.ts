import fs from 'node:fs';
import type { Express } from 'express';
import { loadConfig, type Config } from '../../src/config';
import type { Translator } from '../../src/core/machine-translation/types';
import { importDocument } from '../../src/import/import-document';
import { openLibrary } from '../../src/library';
import type { Db } from '../../src/store/database';
import { getJob, type TranslationJob } from '../../src/store/jobs';
import { noApprovedTerms, type ApprovedTermsProvider } from '../../src/machine-translation/approved-terms';
import { createDeepLTranslator } from '../../src/machine-translation/deepl';
import type { RunnerOptions } from '../../src/machine-translation/jobs';
import type { TranslationSetup } from '../../src/machine-translation/setup';
import { createApp } from '../../src/web/app';
import request from 'supertest';
import { makeDataDir } from './app';
import { signedInAgent, type SignedIn } from './auth';
import type { FakeDeepL } from './fake-deepl';

export interface TranslateTestContext {
  app: Express;
  db: Db;
  config: Config;
  translation: TranslationSetup;
  /** A signed-in editor: translating changes the library, so it needs an account. */
  editor: SignedIn;
  /** A state-changing request sent by the editor, with the session's CSRF token. */
  post(path: string): request.Test;
  close(): Promise<void>;
}

export interface TranslateTestOptions {
  approvedTerms?: ApprovedTermsProvider;
  runner?: Omit<RunnerOptions, 'db' | 'translator' | 'approvedTerms'>;
  /** Wraps the DeepL translator, e.g. to make the fake fail at a chosen request. */
  wrap?: (translator: Translator) => Translator;
  /** Per-attempt timeout of the DeepL client (one attempt per request). */
  timeoutMs?: number;
}

/**
 * An app whose DeepL translator talks to `fake`, failing fast (one attempt), with a runner that is not started: tests run jobs with
 * runner.runJob() or start it themselves.
 */
export async function makeTranslateTestApp(fake: FakeDeepL, options: TranslateTestOptions = {}): Promise<TranslateTestContext> {
  const dataDir = makeDataDir();
  const config = loadConfig({ DATA_DIR: dataDir, SCRYPT_COST: '10', DEEPL_AUTH_KEY: fake.authKey, DEEPL_SERVER_URL: fake.url });
  const deepl = createDeepLTranslator({ authKey: fake.authKey, serverUrl: fake.url, maxRetries: 1, timeoutMs: options.timeoutMs ?? 15_000 });
  const library = await openLibrary(config, {
    translator: options.wrap ? options.wrap(deepl) : deepl,
    approvedTerms: options.approvedTerms ?? noApprovedTerms,
    runner: { pollMs: 50, heartbeatMs: 100, applyEveryMs: 500, retry: { attempts: 1, delayMs: 10 }, ...options.runner },
  });
  const { db, translation } = library;
  const app = await createApp(library);
  const editor = await signedInAgent({ app, db, config });
  return {
    app,
    db,
    config,
    translation,
    editor,
    post: (path) => editor.agent.post(path).set('x-csrf-token', editor.csrf),
    async close() {
      await library.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** "Paragraf 1 ..." texts: two sentences each, distinct per document `tag`. */
export function indonesianParagraphs(count: number, tag = 'A'): string[] {
  return Array.from(
    { length: count },
    (_, i) => `Paragraf ${tag}${i + 1} membahas tentara di Kazakhstan. Pemerintah memberi keterangan nomor ${i + 1}.`,
  );
}

export async function importParagraphs(ctx: { db: Db; config: Config }, paragraphs: string[], translation?: string[]): Promise<number> {
  return importDocument(
    ctx.db,
    { title: 'Uji terjemahan', source: paragraphs.join('\n\n'), translation: translation ? translation.join('\n\n') : null },
    ctx.config,
  );
}

/** Texts DeepL received in /v2/translate requests, in order. */
export function sentTexts(fake: FakeDeepL, from = 0): string[] {
  return translateRequests(fake, from).flatMap((r) => r.texts);
}

export function translateRequests(fake: FakeDeepL, from = 0) {
  return fake.requests.slice(from).filter((r) => r.path === '/v2/translate');
}

export async function waitForJob(db: Db, id: number, timeoutMs = 10_000): Promise<TranslationJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await getJob(db, id);
    if (job && job.status !== 'queued' && job.status !== 'running') return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job?.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
