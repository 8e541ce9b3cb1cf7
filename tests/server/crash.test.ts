import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiToken } from '../../src/accounts/api-tokens';
import { createUser } from '../../src/accounts/users';
import { openDatabase, type Db } from '../../src/store/database';
import { getJob } from '../../src/store/jobs';
import { testConfig } from '../support/app';
import { makeTestDatabase, type TestDatabase } from '../support/database';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import { apiClient, openLibraryWithEditor, pidOfWorker, storedPositions, timesSent, translatingServerEnv, until } from '../support/job-processes';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { indonesianParagraphs } from '../support/translate';

/**
 * The server is killed with SIGKILL in the middle of importing a large
 * document. Every import it acknowledged must survive; the interrupted one
 * must be either absent or complete, never half there.
 */
const LARGE_PARAGRAPHS = 2500;

describe('crash during an import', { timeout: 180_000 }, () => {
  let database: TestDatabase;
  let token: string;
  let server: ServerProcess | undefined;
  const start = () => startServerProcess(database, { SCRYPT_COST: '10' });

  beforeAll(async () => {
    database = await makeTestDatabase();
    const config = testConfig(database);
    const db = await openDatabase(database.location);
    const user = await createUser(db, { name: 'importer', password: 'long enough password', role: 'editor' }, config.accounts);
    token = (await issueApiToken(db, user.id, 'crash test')).token;
    await db.destroy();
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await database.drop();
  });

  const post = (body: unknown) =>
    fetch(`${server!.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });

  // About 1.4 MB in 12,000 paragraphs a side: long enough to be killed in the middle of.
  const large = (n: number) => ({
    title: `Besar ${n}`,
    source: Array.from({ length: LARGE_PARAGRAPHS }, (_, i) => `Paragraf ${i} dokumen ${n} berisi beberapa kata. Kalimat kedua di sini.`).join('\n\n'),
    translation: Array.from({ length: LARGE_PARAGRAPHS }, (_, i) => `Paragraph ${i} of document ${n} has a few words. A second sentence here.`).join('\n\n'),
  });

  it('keeps every acknowledged import and no half-written document', async () => {
    const acknowledged = new Map<number, { title: string; paragraphs: number }>();

    // Each round imports three small documents, then a large one. In the first round the large import
    // runs undisturbed to tell how long it takes on this machine, under the same conditions as the later
    // rounds (a fresh process that has just served small imports); the later rounds kill inside that time.
    const smallImports = async (round: number) => {
      for (let i = 0; i < 3; i++) {
        const title = `Kecil ${round}-${i}`;
        const res = await post({ title, source: `Satu ${round}.\n\nDua ${i}.`, translation: `One.\n\nTwo.` });
        expect(res.status).toBe(201);
        acknowledged.set(((await res.json()) as { id: number }).id, { title, paragraphs: 2 });
      }
    };
    server = await start();
    await smallImports(99);
    const started = performance.now();
    const first = await post(large(99));
    const importMs = performance.now() - started;
    expect(first.status).toBe(201);
    acknowledged.set(((await first.json()) as { id: number }).id, { title: 'Besar 99', paragraphs: LARGE_PARAGRAPHS });
    await server.stop('SIGKILL');
    console.log(`large import: ${Math.round(importMs)} ms`);

    const killDelays = [0.3, 0.6].map((f) => Math.round(f * importMs));
    const interrupted: string[] = [];
    for (const [round, delay] of killDelays.entries()) {
      server = await start();
      await smallImports(round);
      const pending = post(large(round)).then(
        async (res) => (res.status === 201 ? ((await res.json()) as { id: number }).id : null),
        () => null,
      );
      await new Promise((r) => setTimeout(r, delay));
      await server.stop('SIGKILL');
      expect(server.child.signalCode).toBe('SIGKILL');
      const finishedId = await pending;
      if (finishedId !== null) acknowledged.set(finishedId, { title: `Besar ${round}`, paragraphs: LARGE_PARAGRAPHS });
      else interrupted.push(`Besar ${round}`);
    }
    expect(interrupted.length, `a large import takes ${Math.round(importMs)} ms; kills at ${killDelays.join(', ')} ms`).toBeGreaterThanOrEqual(1);

    server = await start();
    for (const [id, expected] of acknowledged) {
      const res = await fetch(`${server.url}/api/documents/${id}`);
      expect(res.status, `document ${id}`).toBe(200);
      const doc = (await res.json()) as { title: string; source: unknown[] };
      expect(doc.title).toBe(expected.title);
      expect(doc.source).toHaveLength(expected.paragraphs);
    }
    await server.stop('SIGTERM');
    server = undefined;

    const db = await openDatabase(database.location);
    try {
      const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
      expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
      const documents = await db
        .selectFrom('documents as d')
        .select((eb) => [
          'd.id',
          'd.title',
          eb.selectFrom('paragraphs as p').select((e) => e.fn.countAll<number>().as('n')).whereRef('p.document_id', '=', 'd.id').where('p.lang', '=', 'id').as('source'),
          eb.selectFrom('sentences as s').select((e) => e.fn.countAll<number>().as('n')).whereRef('s.document_id', '=', 'd.id').as('sentences'),
          eb.selectFrom('paragraph_links as l').select((e) => e.fn.countAll<number>().as('n')).whereRef('l.document_id', '=', 'd.id').as('links'),
        ])
        .execute();
      for (const d of documents) {
        expect(Number(d.source), d.title).toBeGreaterThan(0);
        expect(Number(d.sentences), d.title).toBeGreaterThanOrEqual(Number(d.source));
        expect(Number(d.links), d.title).toBeGreaterThan(0);
        if (d.title.startsWith('Besar')) expect(Number(d.source)).toBe(LARGE_PARAGRAPHS);
      }
      // Besides the acknowledged documents and the sample article, an interrupted import may be there,
      // whole (checked above): the kill can land after its commit but before the answer left.
      const acknowledgedIds = new Set(acknowledged.keys());
      const others = documents.filter((d) => !acknowledgedIds.has(d.id)).map((d) => d.title);
      const unexplained = others.filter((title) => !interrupted.includes(title));
      // The one left is the sample article, seeded at the first start.
      expect(unexplained).toHaveLength(1);
      expect(unexplained[0]).not.toMatch(/^(Besar|Kecil) /);
    } finally {
      await db.destroy();
    }
  });

});

/**
 * The only server is killed with SIGKILL while it runs a translation job.
 * Started again, it takes the job up once the dead run's lease has expired and
 * finishes it, sending DeepL only what had not been stored before the kill.
 */
describe('crash during a translation job', { timeout: 120_000 }, () => {
  const PARAGRAPHS = 8;
  const LEASE = { leaseMs: 1_500, heartbeatMs: 200, pollMs: 200 };
  let database: TestDatabase;
  let db: Db | undefined;
  let fake: FakeDeepL | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await db?.destroy();
    await fake?.stop();
    await database?.drop();
  });

  it('resumes the job after a restart and does not send finished paragraphs again', async () => {
    database = await makeTestDatabase('sqlite');
    fake = await startFakeDeepL();
    fake.hang(300);
    const library = await openLibraryWithEditor(database);
    db = library.db;
    const env = translatingServerEnv(fake, LEASE);
    server = await startServerProcess(database, env);

    const paragraphs = indonesianParagraphs(PARAGRAPHS, 'C');
    const api = apiClient(server.url, library.token);
    const created = await api('/api/documents', { title: 'Mati listrik', source: paragraphs.join('\n\n') });
    expect(created.status).toBe(201);
    const documentId = ((await created.json()) as { id: number }).id;
    const started = await api(`/api/documents/${documentId}/translate`, {});
    expect(started.status).toBe(202);
    const jobId = ((await started.json()) as { id: number }).id;

    const running = await until('the job to run with a paragraph done', async () => {
      const job = await getJob(db!, jobId);
      return job?.status === 'running' && job.done_paragraphs >= 1 ? job : undefined;
    }, 60_000);
    await server.stop('SIGKILL');
    const finishedBeforeKill = await storedPositions(db, documentId);
    expect(finishedBeforeKill.length).toBeGreaterThanOrEqual(1);
    expect(finishedBeforeKill.length).toBeLessThan(PARAGRAPHS);
    // Nobody settled the killed run: the job is still marked running under the dead worker.
    expect(await getJob(db, jobId)).toMatchObject({ status: 'running', claimed_by: running.claimed_by });

    server = await startServerProcess(database, env);
    const finished = await until('the job to end', async () => {
      const job = await getJob(db!, jobId);
      return job && job.status !== 'running' && job.status !== 'queued' ? job : undefined;
    }, 60_000);
    expect(finished).toMatchObject({ status: 'done', error_code: null, done_paragraphs: PARAGRAPHS, attempts: 2 });
    expect(pidOfWorker(running.claimed_by!)).not.toBe(server.child.pid);

    const detail = (await (await fetch(`${server.url}/api/documents/${documentId}`)).json()) as { translation: { text: string }[] };
    expect(detail.translation.map((p) => p.text)).toEqual(
      paragraphs.map((_, i) => expect.stringMatching(new RegExp(`^\\[EN\\] Paragraf C${i + 1} .* nomor ${i + 1}\\.$`))),
    );

    // One paragraph per request, one request at a time: only the paragraph in flight at the kill can have been sent twice.
    const sent = timesSent(fake, paragraphs);
    for (const position of finishedBeforeKill) expect(sent[position], `paragraph ${position} stored before the kill`).toBe(1);
    expect(Math.min(...sent)).toBe(1);
    expect(sent.filter((n) => n > 1)).toEqual(sent.some((n) => n > 1) ? [2] : []);
    console.log(`stored before kill: ${finishedBeforeKill.length}/${PARAGRAPHS}; sent per paragraph: ${sent.join(',')}`);
  });
});
