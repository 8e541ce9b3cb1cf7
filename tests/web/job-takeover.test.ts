import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { getJob } from '../../src/store/jobs';
import { makeTestDatabase, testDialect, type TestDatabase } from '../support/database';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import { apiClient, openLibraryWithEditor, pidOfWorker, storedPositions, timesSent, translatingServerEnv, until } from '../support/job-processes';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { indonesianParagraphs, translateRequests } from '../support/translate';

/*
 * Two server processes share one library and one (slow) DeepL. The one that
 * claimed a translation job is killed with SIGKILL in the middle of it; the
 * other must take the job over once the lease has run out and finish it,
 * without paying DeepL again for what the killed one had already stored.
 */
const PARAGRAPHS = 8;
const DEEPL_DELAY_MS = 300;
const LEASE = { leaseMs: 2_000, heartbeatMs: 250, pollMs: 200 };

describe(`a translation job taken over from a killed server on ${testDialect()}`, () => {
  let database: TestDatabase;
  let db: Db;
  let fake: FakeDeepL;
  let servers: ServerProcess[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    servers = [];
    await db?.destroy();
    await fake?.stop();
    await database?.drop();
  });

  it('is finished by the other server after the lease expires, each stored paragraph billed once', async () => {
    database = await makeTestDatabase();
    fake = await startFakeDeepL();
    fake.hang(DEEPL_DELAY_MS);
    const library = await openLibraryWithEditor(database);
    db = library.db;
    const env = translatingServerEnv(fake, LEASE);
    servers = await Promise.all([startServerProcess(database, env), startServerProcess(database, env)]);

    const paragraphs = indonesianParagraphs(PARAGRAPHS, 'T');
    const api = apiClient(servers[0].url, library.token);
    const created = await api('/api/documents', { title: 'Ambil alih', source: paragraphs.join('\n\n') });
    expect(created.status).toBe(201);
    const documentId = ((await created.json()) as { id: number }).id;
    const started = await api(`/api/documents/${documentId}/translate`, {});
    expect(started.status).toBe(202);
    const jobId = ((await started.json()) as { id: number }).id;

    // Every change of owner, as seen from outside, to show that the job changed hands once.
    const owners: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const owner = (await getJob(db, jobId))?.claimed_by;
        if (owner && owners.at(-1) !== owner) owners.push(owner);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    const running = await until('the job to run with a paragraph done', async () => {
      const job = await getJob(db, jobId);
      return job?.status === 'running' && job.done_paragraphs >= 1 ? job : undefined;
    }, 60_000);
    // The runner's worker id carries its process id: that tells which server holds the job.
    const holder = servers.find((s) => s.child.pid === pidOfWorker(running.claimed_by!));
    expect(holder, `job claimed by ${running.claimed_by}`).toBeDefined();
    const survivor = servers.find((s) => s !== holder)!;
    await holder!.stop('SIGKILL');
    const killedAt = Date.now();
    // The lease the dead server last renewed: until then nobody else may touch the job.
    const deadLeaseEnd = Date.parse((await getJob(db, jobId))!.lease_expires_at!);
    const finishedBeforeKill = await storedPositions(db, documentId);
    expect(finishedBeforeKill.length).toBeLessThan(PARAGRAPHS);

    const finished = await until('the job to end', async () => {
      const job = await getJob(db, jobId);
      return job && job.status !== 'running' && job.status !== 'queued' ? job : undefined;
    }, 60_000);
    watching = false;
    await watcher;
    expect(finished).toMatchObject({ status: 'done', error_code: null, done_paragraphs: PARAGRAPHS });

    // The killed server held it, then the survivor; nobody else, and never back.
    expect(owners.map(pidOfWorker)).toEqual([holder!.child.pid, survivor.child.pid]);
    expect(finished.attempts).toBe(2);

    const detail = (await (await fetch(`${survivor.url}/api/documents/${documentId}`)).json()) as { translation: { text: string }[] };
    // The seeded library's approved glossary terms are applied too, so only the frame of each text is fixed.
    expect(detail.translation.map((p) => p.text)).toEqual(paragraphs.map((_, i) => expect.stringMatching(new RegExp(`^\\[EN\\] Paragraf T${i + 1} .* nomor ${i + 1}\\.$`))));

    /*
     * Billing. Each server sends one paragraph per request, one request at a
     * time. A paragraph stored before the kill is taken from the library by
     * the survivor, so DeepL saw it exactly once. The killed server had at
     * most one request in flight; its answer was lost, so that one paragraph
     * may be sent twice. Every other paragraph goes only to the survivor: once.
     */
    const sent = timesSent(fake, paragraphs);
    for (const position of finishedBeforeKill) expect(sent[position], `paragraph ${position} stored before the kill`).toBe(1);
    expect(Math.min(...sent)).toBe(1);
    expect(Math.max(...sent)).toBeLessThanOrEqual(2);
    expect(sent.filter((n) => n === 2).length).toBeLessThanOrEqual(1);

    // One worker at a time: translate requests never overlap, and the survivor sent nothing before the dead server's lease ran out.
    const requests = translateRequests(fake);
    for (let i = 1; i < requests.length; i++) {
      expect(requests[i]!.receivedAt, `request ${i} began before request ${i - 1} was answered`).toBeGreaterThanOrEqual(requests[i - 1]!.answeredAt);
    }
    const afterKill = requests.filter((r) => r.receivedAt > killedAt);
    expect(afterKill.length).toBeGreaterThan(0);
    expect(afterKill[0]!.receivedAt).toBeGreaterThanOrEqual(deadLeaseEnd);
    console.log(
      `stored before kill: ${finishedBeforeKill.length}/${PARAGRAPHS}; sent per paragraph: ${sent.join(',')}; ` +
        `takeover ${afterKill[0]!.receivedAt - killedAt} ms after the kill`,
    );
  }, 120_000);
});
