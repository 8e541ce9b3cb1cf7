import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as deepl from 'deepl-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../../support/app';
import { signedInAgent, type SignedIn } from '../../support/auth';

/** The not-configured part of a page: from its element on, long enough for the steps. */
const setupOf = (html: string) => {
  const start = html.indexOf('id="deepl-setup"');
  return start < 0 ? '' : html.slice(start, start + 1500);
};

describe('machine translation without a DeepL key', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let admin: SignedIn;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true, env: { DEEPL_AUTH_KEY: '' } });
    editor = await signedInAgent(ctx);
    admin = await signedInAgent(ctx, { role: 'admin' });
  });
  afterAll(() => ctx.close());

  it.each(['/documents/1?lng=en', '/settings?lng=en'])('tells an editor on %s to ask an admin, without server settings', async (url) => {
    const text = setupOf((await editor.agent.get(url).expect(200)).text);
    expect(text).toContain('Ask an admin to turn it on.');
    expect(text).not.toContain('DEEPL_AUTH_KEY');
  });

  it.each(['/documents/1?lng=en', '/settings?lng=en'])('gives an admin on %s the steps, with the free-key rule of deepl-node', async (url) => {
    const text = setupOf((await admin.agent.get(url).expect(200)).text);
    expect(text).not.toContain('Ask an admin');
    expect(text).toContain('DEEPL_AUTH_KEY');
    expect(text).toContain('A free key ends in &#34;:fx&#34; and is sent to DeepL&#39;s free server by itself');
  });

  it('speaks Indonesian in the Indonesian interface', async () => {
    expect(setupOf((await editor.agent.get('/documents/1?lng=id').expect(200)).text)).toContain('Mintalah admin untuk mengaktifkannya.');
    expect(setupOf((await admin.agent.get('/documents/1?lng=id').expect(200)).text)).toContain('Kunci gratis berakhiran');
  });

  it('says what the README says: no message claims a free key needs DEEPL_SERVER_URL', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('A free key ends in `:fx`; deepl-node then\n   uses the free server by itself');
    for (const lang of ['en', 'id']) {
      const messages = fs.readFileSync(path.join(root, 'locales', lang, 'translate.json'), 'utf8');
      expect(messages).not.toMatch(/:fx[^"]*(need|memerlukan)[^"]*DEEPL_SERVER_URL|(free key|kunci gratis)[^"]*(also|juga) DEEPL_SERVER_URL/);
    }
  });
});

describe('deepl-node and a free key', () => {
  it('sends a key ending in ":fx" to the free server when no server is named', async () => {
    // A local proxy stands in for the network: deepl-node asks it for a tunnel to the server it chose, and is refused.
    const asked: string[] = [];
    const proxy = http.createServer();
    proxy.on('connect', (req: http.IncomingMessage, socket: import('node:net').Socket) => {
      asked.push(String(req.url));
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (proxy.address() as AddressInfo).port;
      for (const key of ['abc:fx', 'abc']) {
        const translator = new deepl.Translator(key, { proxy: { host: '127.0.0.1', port, protocol: 'http' }, maxRetries: 0, minTimeout: 2000 });
        await expect(translator.getUsage()).rejects.toThrow();
      }
      expect(asked).toEqual(['api-free.deepl.com:443', 'api.deepl.com:443']);
    } finally {
      proxy.close();
    }
  });
});
