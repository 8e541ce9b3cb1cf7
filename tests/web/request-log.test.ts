import { Writable } from 'node:stream';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/operations/logger';
import { createApp } from '../../src/web/app';
import { openTestApp } from '../support/app';
import { apiToken, createTestUser, csrfFrom, TEST_PASSWORD } from '../support/auth';
import { makeTestDatabase, testDialect } from '../support/database';
import { openLibraryWithEditor, until } from '../support/job-processes';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { testConfig } from '../support/app';

/** A logger whose lines the test reads back, parsed. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe(`request log lines and request ids on ${testDialect()}`, () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    while (cleanup.length > 0) await cleanup.pop()!();
  });

  it('logs one line per request with its route pattern, status, duration, id and user, and returns the id', async () => {
    const database = await makeTestDatabase();
    cleanup.push(() => database.drop());
    const opened = await openTestApp(database);
    cleanup.push(() => opened.library.close());
    const { logger, lines } = capturedLogger();
    const app = await createApp({ ...opened.library, logger });
    const token = await apiToken(opened);
    const user = await opened.db.selectFrom('users').select('id').executeTakeFirstOrThrow();

    const created = await request(app).post('/api/documents').set('Authorization', `Bearer ${token}`).send({ title: 'Rahasia', source: 'Kalimat rahasia.' }).expect(201);
    const id = created.headers['x-request-id'];
    expect(id).toMatch(UUID);
    await request(app).get(`/api/documents/${created.body.id}`).set('X-Request-Id', 'proxy-0123456789abcdef').expect(200).expect('X-Request-Id', 'proxy-0123456789abcdef');
    const forged = await request(app).get('/healthz').set('X-Request-Id', 'x" {"level":60,"msg":"forged"}').expect(200);
    expect(forged.headers['x-request-id']).toMatch(UUID);

    const missing = await request(app).get('/no/such/page').set('Accept', 'text/html').expect(404);
    expect(missing.text).toContain(`<code>${missing.headers['x-request-id']}</code>`);
    const api404 = await request(app).get('/api/documents/999999').expect(404);

    const requestLines = lines.filter((l) => l.msg === 'request');
    expect(requestLines).toHaveLength(5);
    expect(requestLines[0]).toMatchObject({ requestId: id, method: 'POST', route: '/api/documents', status: 201, userId: user.id, level: 30 });
    expect(requestLines[0]!.durationMs).toEqual(expect.any(Number));
    expect(requestLines[1]).toMatchObject({ requestId: 'proxy-0123456789abcdef', route: '/api/documents/:documentId', status: 200, userId: null });
    expect(requestLines[2]).toMatchObject({ route: '/healthz', requestId: forged.headers['x-request-id'] });
    expect(requestLines[3]).toMatchObject({ route: '(no route)', status: 404, requestId: missing.headers['x-request-id'] });
    expect(requestLines[4]).toMatchObject({ route: '/api/documents/:documentId', status: 404, requestId: api404.headers['x-request-id'] });
    for (const line of requestLines) expect(Object.keys(line).sort()).toEqual(['durationMs', 'level', 'method', 'msg', 'pid', 'requestId', 'route', 'status', 'time', 'userId']);
  });

  describe('a server process', () => {
    let server: ServerProcess | undefined;
    afterEach(async () => {
      await server?.stop('SIGKILL');
      server = undefined;
    });

    it('never writes a password, token, cookie or document text to its log', async () => {
      const database = await makeTestDatabase();
      cleanup.push(() => database.drop());
      const { db, token: seededToken } = await openLibraryWithEditor(database);
      cleanup.push(() => db.destroy());
      const user = await createTestUser({ db, config: testConfig(database) }, { name: 'penyunting' });
      server = await startServerProcess(database, { SCRYPT_COST: '10', LOG_LEVEL: 'debug' });

      // Sign in through the form (password), make an API token on the account page.
      const agent = request.agent(server.url);
      const form = await agent.get('/signin').expect(200);
      const signin = await agent.post('/signin').type('form').send({ _csrf: csrfFrom(form.text), name: user.name, password: TEST_PASSWORD }).expect(303);
      const cookies = (signin.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]!.split('=')[1]!).filter((value) => value.length >= 16);
      expect(cookies.length, 'the session and known-browser cookies').toBeGreaterThanOrEqual(2);
      const account = await agent.get('/account').expect(200);
      const csrf = csrfFrom(account.text);
      const made = await agent.post('/account/tokens').type('form').send({ _csrf: csrf, name: 'skrip' }).expect(201);
      const token = /id="new-token">([^<]+)</.exec(made.text)![1]!;

      // Import and save with the token, a wrong password and a wrong token too.
      const api = (method: 'post' | 'put', path: string) => request(server!.url)[method](path).set('Authorization', `Bearer ${token}`);
      const source = 'Kalimat-rahasia-satu tentang pasar.\n\nKalimat-rahasia-dua tentang hujan.';
      const created = await api('post', '/api/documents').send({ title: 'Judul-rahasia', source, translation: 'Secret-sentence-one.\n\nSecret-sentence-two.' }).expect(201);
      const doc = await request(server.url).get(`/api/documents/${created.body.id}`).expect(200);
      const segment = doc.body.translation[0].sentences[0];
      await api('put', `/api/segments/${segment.id}`).send({ text: 'Saved-secret-english.', version: segment.version }).expect(200);
      await request(server.url).post('/api/documents').set('Authorization', `Bearer ${seededToken}x`).send({ source: 'x' }).expect(401);
      const stranger = request.agent(server.url);
      const retry = await stranger.get('/signin').expect(200);
      await stranger.post('/signin').type('form').send({ _csrf: csrfFrom(retry.text), name: user.name, password: 'Wrong-password-guess' }).expect(401);
      await request(server.url).get('/healthz').expect(200);
      // The line is written when the answer is sent; give the pipe a moment to bring it.
      await until('the last request line', async () => (server!.output().includes('"route":"/healthz"') ? true : undefined), 5_000);

      const output = server.output();
      const lines = output.split('\n').filter(Boolean);
      // Every line is a JSON log line: nothing is printed beside the structured log.
      const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const secrets = [TEST_PASSWORD, 'Wrong-password-guess', token, seededToken, csrf, ...cookies, 'Kalimat-rahasia', 'Judul-rahasia', 'Secret-sentence', 'Saved-secret-english'];
      for (const secret of secrets) expect(output, `log contains ${secret.slice(0, 12)}…`).not.toContain(secret);
      // ...and the requests were logged, with who made them.
      const logged = parsed.filter((l) => l.msg === 'request').map((l) => `${l.method} ${l.route} ${l.status} ${l.userId}`);
      expect(logged).toEqual(
        expect.arrayContaining([
          `POST /signin 303 null`,
          `POST /account/tokens 201 ${user.id}`,
          `POST /api/documents 201 ${user.id}`,
          `PUT /api/segments/:segmentId 200 ${user.id}`,
          // A token refused before any route matched.
          'POST (no route) 401 null',
          'POST /signin 401 null',
          'GET /healthz 200 null',
        ]),
      );
    }, 60_000);
  });
});
