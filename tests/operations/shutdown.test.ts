import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { getJob } from '../../src/store/jobs';
import { makeTestDatabase, testDialect, type TestDatabase } from '../support/database';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import { apiClient, openLibraryWithEditor, pidOfWorker, storedPositions, timesSent, translatingServerEnv, until } from '../support/job-processes';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { indonesianParagraphs } from '../support/translate';

/*
 * Real `sejajar serve` processes receiving SIGTERM: in the middle of a
 * request (its body still arriving), and while running a translation job
 * that a second server must then take over at once, not when the lease
 * runs out.
 */

/** Resolves with the exit code and signal once the process has ended. */
function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** A request written by hand over one connection, so the test decides when its body ends. */
function slowRequest(url: string, head: string) {
  const { port } = new URL(url);
  const socket = net.connect(Number(port), '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  socket.on('error', () => undefined);
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return {
    async send(text: string) {
      await connected;
      await new Promise<void>((resolve, reject) => socket.write(text, (err) => (err ? reject(err) : resolve())));
    },
    start: () => connected.then(() => socket.write(head)),
    answer: () => answer,
    ended,
  };
}

describe(`SIGTERM on a server on ${testDialect()}`, () => {
  let database: TestDatabase;
  let db: Db | undefined;
  let fake: FakeDeepL | undefined;
  let servers: ServerProcess[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    servers = [];
    await db?.destroy();
    db = undefined;
    await fake?.stop();
    fake = undefined;
    await database?.drop();
  });

  it('refuses new connections, answers the request in flight, then exits 0', async () => {
    database = await makeTestDatabase();
    const library = await openLibraryWithEditor(database);
    db = library.db;
    const server = await startServerProcess(database, { SCRYPT_COST: '10' });
    servers.push(server);
    const body = JSON.stringify({ title: 'Di tengah jalan', source: 'Kalimat yang tiba perlahan.\n\nParagraf kedua.' });
    const slow = slowRequest(
      server.url,
      `POST /api/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer ${library.token}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    await slow.start();
    await slow.send(body.slice(0, 20));
    // The request is in the server's hands (its body being read) when the signal comes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = exitOf(server.child);
    server.child.kill('SIGTERM');
    await until('the server to begin stopping', async () => (server.output().includes('shutting down') ? true : undefined), 10_000);

    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await slow.send(body.slice(20));
    const answer = await slow.ended;
    expect(answer).toMatch(/^HTTP\/1\.1 201 Created/);
    expect(await exitOf(server.child)).toEqual({ code: 0, signal: null });
    await exited;
    const stored = await db.selectFrom('documents').select('title').where('title', '=', 'Di tengah jalan').execute();
    expect(stored).toHaveLength(1);
    expect(server.output()).toMatch(/"msg":"shut down"/);
  }, 60_000);

  // The bound does not depend on the database: once is enough.
  it.runIf(testDialect() === 'sqlite')('closes a request that does not finish within SHUTDOWN_TIMEOUT_SECONDS and still exits', async () => {
    database = await makeTestDatabase();
    const library = await openLibraryWithEditor(database);
    db = library.db;
    const server = await startServerProcess(database, { SCRYPT_COST: '10', SHUTDOWN_TIMEOUT_SECONDS: '1' });
    servers.push(server);
    const slow = slowRequest(server.url, `POST /api/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer ${library.token}\r\nContent-Length: 1000\r\n\r\n{"title":`);
    await slow.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    expect(await exitOf(server.child)).toEqual({ code: 0, signal: null });
    const took = Date.now() - signalled;
    await slow.ended;
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(8_000);
    expect(server.output()).toContain('requests still in flight after the shutdown timeout');
  }, 60_000);

  it('hands the running translation job back at once: another server takes it long before the lease ends, nothing billed twice', async () => {
    database = await makeTestDatabase();
    fake = await startFakeDeepL();
    fake.hang(300);
    const library = await openLibraryWithEditor(database);
    db = library.db;
    // A long lease: a takeover within seconds can only come from the lease being released.
    const env = { ...translatingServerEnv(fake, { leaseMs: 60_000, heartbeatMs: 1_000, pollMs: 200 }), LOG_LEVEL: 'debug' };
    servers = await Promise.all([startServerProcess(database, env), startServerProcess(database, env)]);

    const PARAGRAPHS = 8;
    const paragraphs = indonesianParagraphs(PARAGRAPHS, 'S');
    const api = apiClient(servers[0]!.url, library.token);
    const created = await api('/api/documents', { title: 'Berhenti', source: paragraphs.join('\n\n') });
    const documentId = ((await created.json()) as { id: number }).id;
    const jobId = ((await (await api(`/api/documents/${documentId}/translate`, {})).json()) as { id: number }).id;

    const running = await until('the job to run with a paragraph done', async () => {
      const job = await getJob(db!, jobId);
      return job?.status === 'running' && job.done_paragraphs >= 1 ? job : undefined;
    }, 60_000);
    const holder = servers.find((s) => s.child.pid === pidOfWorker(running.claimed_by!))!;
    const survivor = servers.find((s) => s !== holder)!;
    const exited = exitOf(holder.child);
    const signalled = Date.now();
    holder.child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    const storedByHolder = await storedPositions(db, documentId);
    expect(storedByHolder.length).toBeLessThan(PARAGRAPHS);

    const taken = await until('the survivor to claim the job', async () => {
      const job = await getJob(db!, jobId);
      return job?.claimed_by && pidOfWorker(job.claimed_by) === survivor.child.pid ? job : job?.status === 'done' ? job : undefined;
    }, 20_000);
    const takeoverMs = Date.now() - signalled;
    expect(takeoverMs).toBeLessThan(10_000);
    expect(taken.attempts).toBe(2);

    const finished = await until('the job to end', async () => {
      const job = await getJob(db!, jobId);
      return job && job.status !== 'running' && job.status !== 'queued' ? job : undefined;
    }, 60_000);
    expect(finished).toMatchObject({ status: 'done', done_paragraphs: PARAGRAPHS });
    // The stopping server let its request in flight finish and stored it: every paragraph went to DeepL once.
    expect(timesSent(fake, paragraphs)).toEqual(paragraphs.map(() => 1));

    // Each step of the job is in the holder's log, with ids and no text.
    const steps = holder
      .output()
      .split('\n')
      .filter((l) => l.includes(`"jobId":${jobId}`))
      .map((l) => JSON.parse(l) as { msg: string; outcome?: string });
    expect(steps[0]!.msg).toBe('translation job claimed');
    expect(steps.some((s) => s.msg === 'translation job progress')).toBe(true);
    expect(steps.at(-1)).toMatchObject({ msg: 'translation job handed back to the queue', outcome: 'queued' });
    expect(holder.output()).not.toContain(paragraphs[0]!);
    console.log(`held by the stopped server: ${storedByHolder.length}/${PARAGRAPHS} paragraphs; taken over ${takeoverMs} ms after SIGTERM (lease 60 s)`);
  }, 120_000);
});
