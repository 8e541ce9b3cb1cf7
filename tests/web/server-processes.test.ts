import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database';
import { testConfig } from '../support/app';
import { apiToken } from '../support/auth';
import { makeTestDatabase, testDialect, type TestDatabase } from '../support/database';
import { startServerProcess, type ServerProcess } from '../support/server-process';

/** An editor's API token, made before any server starts (its migrations run here first). */
async function editorToken(database: TestDatabase): Promise<string> {
  const db = await openDatabase(database.location);
  try {
    return await apiToken({ db, config: testConfig(database) });
  } finally {
    await db.destroy();
  }
}

describe(`two server processes on one ${testDialect()} library`, () => {
  let database: TestDatabase;
  let servers: ServerProcess[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
    await database.drop();
  });

  it('start together, share one library, and one keeps serving when the other is killed', async () => {
    database = await makeTestDatabase();
    const token = await editorToken(database);
    servers = await Promise.all([startServerProcess(database), startServerProcess(database)]);
    const [a, b] = servers;

    // Both started on a library without documents; the sample article is there exactly once.
    const listed = await (await fetch(`${b.url}/api/documents`)).json();
    expect(listed.documents).toHaveLength(1);

    const created = await fetch(`${a.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Gempa', source: 'Tanah bergetar. Warga keluar rumah.', translation: 'The ground shook. People ran outside.' }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();

    await a.stop('SIGKILL');
    expect(a.child.signalCode).toBe('SIGKILL');
    const read = await fetch(`${b.url}/api/documents/${id}`);
    expect(read.status).toBe(200);
    const doc = await read.json();
    expect(doc.translation[0].sentences.map((s: { text: string }) => s.text)).toEqual(['The ground shook.', 'People ran outside.']);
    // Two server processes that each load TypeScript through tsx: slow on a busy machine.
  }, 90_000);
});
