import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiToken } from '../../src/accounts/api-tokens';
import { createUser } from '../../src/accounts/users';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/store/database';
import { makeDataDir } from '../support/app';
import { startServerProcess, type ServerProcess } from '../support/spawn-server';

/**
 * The server is killed with SIGKILL in the middle of importing a large
 * document. Every import it acknowledged must survive; the interrupted one
 * must be either absent or complete, never half there.
 */
const LARGE_PARAGRAPHS = 2500;

describe('crash during an import', { timeout: 180_000 }, () => {
  let dataDir: string;
  let token: string;
  let server: ServerProcess | undefined;
  const env = () => ({ DATA_DIR: dataDir, SCRYPT_COST: '10' });

  beforeAll(async () => {
    dataDir = makeDataDir();
    const config = loadConfig(env());
    const db = await openDatabase(config.databaseFile);
    const user = await createUser(db, { name: 'importer', password: 'long enough password', role: 'editor' }, config.accounts);
    token = (await issueApiToken(db, user.id, 'crash test')).token;
    await db.destroy();
  });
  afterAll(() => {
    server?.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
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

    // One undisturbed large import tells how long one takes on this machine; the kills land inside that time.
    server = await startServerProcess(env());
    const started = performance.now();
    const first = await post(large(99));
    const importMs = performance.now() - started;
    expect(first.status).toBe(201);
    acknowledged.set(((await first.json()) as { id: number }).id, { title: 'Besar 99', paragraphs: LARGE_PARAGRAPHS });
    server.child.kill('SIGKILL');
    await server.exited;
    console.log(`large import: ${Math.round(importMs)} ms`);

    const killDelays = [0.4, 0.8].map((f) => Math.round(f * importMs));
    let interrupted = 0;
    for (const [round, delay] of killDelays.entries()) {
      server = await startServerProcess(env());
      for (let i = 0; i < 3; i++) {
        const title = `Kecil ${round}-${i}`;
        const res = await post({ title, source: `Satu ${round}.\n\nDua ${i}.`, translation: `One.\n\nTwo.` });
        expect(res.status).toBe(201);
        acknowledged.set(((await res.json()) as { id: number }).id, { title, paragraphs: 2 });
      }
      const pending = post(large(round)).then(
        async (res) => (res.status === 201 ? ((await res.json()) as { id: number }).id : null),
        () => null,
      );
      await new Promise((r) => setTimeout(r, delay));
      server.child.kill('SIGKILL');
      expect(await server.exited).toBe('SIGKILL');
      const finishedId = await pending;
      if (finishedId !== null) acknowledged.set(finishedId, { title: `Besar ${round}`, paragraphs: LARGE_PARAGRAPHS });
      else interrupted += 1;
    }
    expect(interrupted, `a large import takes ${Math.round(importMs)} ms; kills at ${killDelays.join(', ')} ms`).toBeGreaterThanOrEqual(1);

    server = await startServerProcess(env());
    for (const [id, expected] of acknowledged) {
      const res = await fetch(`${server.url}/api/documents/${id}`);
      expect(res.status, `document ${id}`).toBe(200);
      const doc = (await res.json()) as { title: string; source: unknown[] };
      expect(doc.title).toBe(expected.title);
      expect(doc.source).toHaveLength(expected.paragraphs);
    }
    server.child.kill('SIGTERM');
    await server.exited;
    server = undefined;

    const db = await openDatabase(loadConfig(env()).databaseFile);
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
      // Two rounds of three small imports, the sample article, and any large import that finished.
      expect(documents.length).toBe(acknowledged.size + 1);
    } finally {
      await db.destroy();
    }
  });

  it.todo('resumes a DeepL translation job after SIGKILL (comes with translation jobs: start one, kill, restart, check it completes once)');
});
