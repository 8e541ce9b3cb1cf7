import { openDatabase, type Db } from '../../src/store/database';
import { listMachineParagraphs } from '../../src/store/machine-translations';
import { testConfig } from './app';
import { apiToken } from './auth';
import type { TestDatabase } from './database';
import type { FakeDeepL } from './fake-deepl';
import { translateRequests } from './translate';

/*
 * Translation jobs run by real `sejajar serve` processes against the fake
 * DeepL: the settings that make a job slow enough to be killed in the middle
 * and a lost lease quick to notice, and the bookkeeping the crash tests check.
 */

/** Environment for a server that translates through `fake`, one paragraph per request, one request at a time. */
export function translatingServerEnv(fake: FakeDeepL, lease: { leaseMs: number; heartbeatMs: number; pollMs: number }): NodeJS.ProcessEnv {
  return {
    SCRYPT_COST: '10',
    DEEPL_AUTH_KEY: fake.authKey,
    DEEPL_SERVER_URL: fake.url,
    TRANSLATE_CONCURRENCY: '1',
    TRANSLATE_TEXTS_PER_REQUEST: '1',
    TRANSLATE_LEASE_MS: String(lease.leaseMs),
    TRANSLATE_HEARTBEAT_MS: String(lease.heartbeatMs),
    TRANSLATE_POLL_MS: String(lease.pollMs),
  };
}

/** Opens (and migrates) the library before any server starts, and makes an editor's API token in it. */
export async function openLibraryWithEditor(database: TestDatabase): Promise<{ db: Db; token: string }> {
  const db = await openDatabase(database.location);
  return { db, token: await apiToken({ db, config: testConfig(database) }) };
}

export function apiClient(url: string, token: string) {
  return (path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Source positions whose machine English is stored: what a killed worker had finished. */
export async function storedPositions(db: Db, documentId: number): Promise<number[]> {
  return (await listMachineParagraphs(db, documentId)).map((row) => row.source_position).sort((a, b) => a - b);
}

/** How many times DeepL received each paragraph text in a translate request. */
export function timesSent(fake: FakeDeepL, paragraphs: string[]): number[] {
  const texts = translateRequests(fake).flatMap((r) => r.texts);
  return paragraphs.map((p) => texts.filter((t) => t === p).length);
}

/** The pid inside a runner's worker id ("host:pid:random"). */
export function pidOfWorker(workerId: string): number {
  return Number(workerId.split(':').at(-2));
}
