import net from 'node:net';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { enqueueJob } from '../../src/store/jobs';
import { openTestApp } from '../support/app';
import { apiToken } from '../support/auth';
import { makeTestDatabase, testDialect } from '../support/database';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const TOKEN = 'metrics-token-for-tests-0123456789';

/** The value of one sample line of the Prometheus text format, or undefined when it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe(`Prometheus metrics on ${testDialect()}`, () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    while (cleanup.length > 0) await cleanup.pop()!();
  });

  async function app(env: NodeJS.ProcessEnv = {}) {
    const database = await makeTestDatabase();
    cleanup.push(() => database.drop());
    const opened = await openTestApp(database, { env, seed: true });
    cleanup.push(() => opened.library.close());
    return opened;
  }

  it('are off without METRICS_TOKEN, and answer only the right bearer token with it', async () => {
    const closed = await app();
    await request(closed.app).get('/metrics').expect(404);
    await request(closed.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(404);

    const open = await app({ METRICS_TOKEN: TOKEN });
    await request(open.app).get('/metrics').expect(404);
    await request(open.app).get('/metrics').set('Authorization', `Bearer ${TOKEN.slice(0, -1)}x`).expect(404);
    await request(open.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}extra`).expect(404);
    const res = await request(open.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 24 characters/);
  });

  it('count requests per route pattern, the kept reader pages, the worker pool, event-loop delay and translation jobs', async () => {
    const { app: server, db } = await app({ METRICS_TOKEN: TOKEN });
    const token = await apiToken({ db, config: loadConfig({}) });
    const created = await request(server).post('/api/documents').set('Authorization', `Bearer ${token}`).send({ title: 'Metrik', source: 'Satu.\n\nDua.' }).expect(201);
    const id = created.body.id as number;
    for (let i = 0; i < 3; i++) await request(server).get(`/api/documents/${id}`).expect(200);
    await request(server).get(`/documents/${id}`).expect(200);
    await request(server).get(`/documents/${id}`).expect(200);
    await enqueueJob(db, { documentId: id, targetLang: 'en-US', force: false, totalParagraphs: 2 });
    await db.updateTable('translation_jobs').set({ billed_characters: 1234 }).execute();

    const text = (await request(server).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;
    expect(sample(text, 'sejajar_http_requests_total{method="GET",route="/api/documents/:documentId",status="200"}')).toBe(3);
    expect(sample(text, 'sejajar_http_requests_total{method="POST",route="/api/documents",status="201"}')).toBe(1);
    expect(sample(text, 'sejajar_http_request_duration_seconds_count{method="GET",route="/documents/:documentId"}')).toBe(2);
    // No path with an id in it becomes a label: the ids stay in the pattern.
    expect(text).not.toContain(`/documents/${id}"`);
    // The reader page was built once and then found kept; the API document likewise.
    expect(sample(text, 'sejajar_answer_cache_lookups_total{kind="reader",result="miss"}')).toBe(1);
    expect(sample(text, 'sejajar_answer_cache_lookups_total{kind="reader",result="hit"}')).toBe(1);
    expect(sample(text, 'sejajar_answer_cache_hit_ratio{kind="reader"}')).toBe(0.5);
    expect(sample(text, 'sejajar_answer_cache_hit_ratio{kind="api"}')).toBeCloseTo(2 / 3);
    expect(sample(text, 'sejajar_answer_cache_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'sejajar_worker_pool_queue')).toBe(0);
    expect(sample(text, 'sejajar_worker_pool_threads')).toEqual(expect.any(Number));
    expect(sample(text, 'sejajar_translation_jobs{status="queued"}')).toBe(1);
    expect(sample(text, 'sejajar_translation_jobs{status="done"}')).toBe(0);
    expect(sample(text, 'sejajar_translation_billed_characters')).toBe(1234);
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
  });
});

describe.runIf(testDialect() === 'sqlite')('the metrics listener of a server process', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop('SIGKILL');
  });

  it('serves /metrics on 127.0.0.1:METRICS_PORT without a token, and nothing else there', async () => {
    const database = await makeTestDatabase('sqlite');
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    server = await startServerProcess(database, { METRICS_PORT: String(port) });
    try {
      await fetch(`${server.url}/healthz`);
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      expect(sample(await res.text(), 'sejajar_http_requests_total{method="GET",route="/healthz",status="200"}')).toBe(1);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
      // The app's own port still hides them.
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    } finally {
      await server.stop('SIGKILL');
      server = undefined;
      await database.drop();
    }
  }, 30_000);
});
