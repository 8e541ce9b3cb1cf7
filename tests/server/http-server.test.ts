import net from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createHttpServer } from '../../src/server';

describe('the HTTP server', () => {
  let server: ReturnType<typeof createHttpServer> | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  it('limits how long a client may take over a request, its headers and an idle connection', () => {
    server = createHttpServer(express(), loadConfig({}));
    expect(server.requestTimeout).toBe(60_000);
    expect(server.headersTimeout).toBe(20_000);
    expect(server.keepAliveTimeout).toBe(5_000);
    expect(createHttpServer(express(), loadConfig({ REQUEST_TIMEOUT_SECONDS: '300' })).requestTimeout).toBe(300_000);
    // Node refuses a headers timeout longer than the request timeout.
    expect(createHttpServer(express(), loadConfig({ REQUEST_TIMEOUT_SECONDS: '5' })).headersTimeout).toBe(5_000);
  });

  it('answers 408 and closes the connection when a body trickles in past REQUEST_TIMEOUT_SECONDS', async () => {
    const app = express();
    app.post('/', express.text(), (_req, res) => res.send('read'));
    server = createHttpServer(app, loadConfig({ REQUEST_TIMEOUT_SECONDS: '1' }));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const started = performance.now();
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write('POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n');
        // A byte every 200 ms: never idle long, never done.
        const drip = setInterval(() => socket.writable && socket.write('x'), 200);
        socket.on('close', () => clearInterval(drip));
      });
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve(text));
      setTimeout(() => socket.destroy(new Error('still open after 10 s')), 10_000);
    });
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    // One second of timeout, found by a check every two seconds.
    expect(performance.now() - started).toBeLessThan(4_500);
  });
});
