import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largestRequestBody } from '../../src/config';
import { createHttpServer } from '../../src/server';
import { makeTestApp, type TestContext } from '../support/app';
import { startSession } from '../../src/accounts/sessions';
import { SESSION_COOKIE } from '../../src/web/auth/cookies';
import { apiToken, createTestUser } from '../support/auth';

interface RawAnswer {
  statusLine: string;
  body: string;
  /** From sending the headers to the first byte of the answer. */
  answeredMs: number;
  /** From sending the headers until the server closed the connection; Infinity if it still had not after the wait. */
  closedMs: number;
}

/** Sends only the request head, never a body, and waits for the answer and the server's close (at most `waitMs`). */
function sendHeadOnly(port: number, head: string, waitMs = 8000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let text = '';
    let sentAt = 0;
    let answeredMs = -1;
    const socket = net.connect(port, '127.0.0.1', () => {
      sentAt = performance.now();
      socket.write(head);
    });
    const answer = (closedMs: number): RawAnswer => {
      const [headers = '', body = ''] = text.split('\r\n\r\n');
      return { statusLine: headers.split('\r\n')[0] ?? '', body, answeredMs, closedMs };
    };
    const giveUp = setTimeout(() => {
      resolve(answer(Infinity));
      socket.destroy();
    }, waitMs);
    socket.on('data', (chunk) => {
      if (answeredMs < 0) answeredMs = performance.now() - sentAt;
      text += chunk.toString();
    });
    socket.on('error', (err) => {
      clearTimeout(giveUp);
      reject(err);
    });
    socket.on('end', () => socket.end());
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve(answer(performance.now() - sentAt));
    });
  });
}

const HUGE = 10_000_000_000;

describe('a request declaring a body over every limit', () => {
  let ctx: TestContext;
  let server: ReturnType<typeof createHttpServer>;
  let port: number;
  let token: string;
  beforeAll(async () => {
    ctx = await makeTestApp();
    token = await apiToken(ctx);
    server = createHttpServer(ctx.app, ctx.config);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await ctx.close();
  });

  const head = (path: string, headers: string[]) =>
    [`POST ${path} HTTP/1.1`, 'Host: localhost', `Content-Length: ${HUGE}`, ...headers, '', ''].join('\r\n');

  it.each([
    ['a JSON import with an API token', '/api/documents', ['Content-Type: application/json']],
    ['a glossary upload with an API token', '/api/glossary/import', ['Content-Type: multipart/form-data; boundary=b']],
    ['a TMX import with an API token', '/api/documents/tmx', ['Content-Type: application/xml']],
  ])('%s is answered 413 at once and the connection closed, without the body', async (_name, path, headers) => {
    const answer = await sendHeadOnly(port, head(path, [`Authorization: Bearer ${token}`, ...headers]));
    expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'too_large' } });
    expect(answer.answeredMs).toBeLessThan(2000);
    expect(answer.closedMs).toBeLessThan(2000);
  });

  it('a signed-in upload form is answered 413 and closed too', async () => {
    const session = await startSession(ctx.db, (await createTestUser(ctx)).id, 60_000);
    const cookie = `${SESSION_COOKIE}=${session.token}`;
    const answer = await sendHeadOnly(port, head(`/documents?_csrf=${session.csrfToken}`, [`Cookie: ${cookie}`, 'Content-Type: multipart/form-data; boundary=b', 'Accept: text/html']));
    expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(answer.closedMs).toBeLessThan(2000);
  });

  it('a declared length within the largest limit goes on to the route', async () => {
    const within = largestRequestBody(ctx.config);
    const answer = await sendHeadOnly(port, [`POST /api/documents HTTP/1.1`, 'Host: localhost', `Content-Length: ${within}`, 'Content-Type: application/json', '', ''].join('\r\n'), 1000);
    // Anonymous, so access control refuses it: it was not refused for its length.
    expect(answer.statusLine).toBe('HTTP/1.1 401 Unauthorized');
  });
});
