import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from '../../src/accounts/sessions';
import { createUser } from '../../src/accounts/users';
import { loadConfig } from '../../src/config';
import { openLibrary, type Library } from '../../src/library';
import { makeTestDatabase, testEnv, type TestDatabase } from '../support/database';
import { startServerProcess, type ServerProcess } from '../support/server-process';

/** The status line the server answers a request whose body trickles in a byte every 200 ms. */
function trickle(url: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      // The sign-in form: its body is read before anyone is asked to sign in.
      socket.write('POST /signin HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n');
      const drip = setInterval(() => socket.writable && socket.write('a'), 200);
      socket.on('close', () => clearInterval(drip));
    });
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
    setTimeout(() => socket.destroy(new Error('still open after 15 s')), 15_000);
  });
}

/** `sejajar serve` opens its library with housekeeping on and serves through the time-limited HTTP server. */
describe('sejajar serve', { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let library: Library;
  let server: ServerProcess | undefined;
  let expiredCsrf: string;
  beforeAll(async () => {
    database = await makeTestDatabase();
    library = await openLibrary(loadConfig(testEnv(database)));
    const user = await createUser(library.db, { name: 'sari', password: 'long enough password', role: 'editor' }, library.config.accounts);
    expiredCsrf = (await startSession(library.db, user.id, 1_000, new Date(Date.now() - 60_000))).csrfToken;
    server = await startServerProcess(database, { SCRYPT_COST: '10', REQUEST_TIMEOUT_SECONDS: '1' });
  });
  afterAll(async () => {
    await server?.stop();
    await library?.close();
    await database?.drop();
  });

  it('deletes expired sessions at start', async () => {
    const sessions = () => library.db.selectFrom('sessions').select('csrf_token').execute();
    await expect.poll(async () => (await sessions()).map((s) => s.csrf_token), { timeout: 10_000 }).not.toContain(expiredCsrf);
  });

  it('ends a request that takes longer than REQUEST_TIMEOUT_SECONDS to arrive with 408', async () => {
    const started = performance.now();
    expect(await trickle(server!.url)).toBe('HTTP/1.1 408 Request Timeout');
    expect(performance.now() - started).toBeLessThan(6_000);
  });
});
