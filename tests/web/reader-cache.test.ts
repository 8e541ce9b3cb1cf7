import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, editorClient, signedInAgent, type EditorClient } from '../support/auth';
import { FIXTURE } from '../support/edit-fixture';

/** A raw GET over a real socket: the bytes as sent, not decompressed by the client. */
function rawGet(server: http.Server, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('the anonymous reader page from ready bytes', () => {
  let ctx: TestContext;
  let server: http.Server;
  let editor: EditorClient;
  let id: number;
  let privateId: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = editorClient(await signedInAgent(ctx));
    const auth = `Bearer ${await apiToken(ctx)}`;
    id = (await request(ctx.app).post('/api/documents').set('Authorization', auth).send(FIXTURE).expect(201)).body.id;
    privateId = (
      await request(ctx.app).post('/api/documents').set('Authorization', auth).send({ ...FIXTURE, title: 'Catatan rahasia', visibility: 'private' }).expect(201)
    ).body.id;
    server = ctx.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await ctx.close();
  });

  const page = (path = `/documents/${id}`, headers: Record<string, string> = {}) => rawGet(server, path, headers);

  it('gives a second visitor the same bytes and ETag, for any proxy to keep, with no cookie or token in it', async () => {
    const first = await page();
    const second = await page();
    expect(first.status).toBe(200);
    expect(second.body.equals(first.body)).toBe(true);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(first.headers.vary).toBe('Accept-Encoding, Accept-Language, Cookie');
    expect(first.headers['set-cookie']).toBeUndefined();
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = first.body.toString();
    expect(html).toContain('Pasar pagi');
    expect(html).not.toContain('csrf-token');
    expect(html).toContain('href="/signin"');
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const { headers } = await page();
    const again = await page(`/documents/${id}`, { 'If-None-Match': headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(headers.etag);
    expect((await page(`/documents/${id}`, { 'If-None-Match': '"something-else"' })).status).toBe(200);
  });

  it('changes the ETag and the content after a save through the editing service', async () => {
    const before = await page();
    const doc = await request(ctx.app).get(`/api/documents/${id}`).expect(200);
    const market = doc.body.translation[1].sentences[0];
    await editor.put(`/api/segments/${market.id}`).send({ text: 'The market is crowded.', version: market.version }).expect(200);
    const after = await page();
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.toString()).toContain('The market is crowded.');
    expect((await page(`/documents/${id}`, { 'If-None-Match': before.headers.etag! })).status).toBe(200);
  });

  it('keeps one variant per interface language', async () => {
    const english = await page(`/documents/${id}`, { 'Accept-Language': 'en' });
    const indonesian = await page(`/documents/${id}`, { 'Accept-Language': 'id' });
    expect(indonesian.headers.etag).not.toBe(english.headers.etag);
    expect(indonesian.body.toString()).toContain('<html lang="id">');
    expect(english.body.toString()).toContain('<html lang="en">');
    const byCookie = await page(`/documents/${id}`, { Cookie: 'lng=id' });
    expect(byCookie.body.equals(indonesian.body)).toBe(true);
    // Choosing a language sets a cookie: that answer is for this browser only.
    const chosen = await page(`/documents/${id}?lng=id`);
    expect(chosen.headers['set-cookie']?.join()).toMatch(/^lng=id/);
    expect(chosen.headers['cache-control']).toBe('private, no-cache');
    expect(chosen.body.equals(indonesian.body)).toBe(true);
  });

  it('sends gzip and brotli bodies that decode to the same HTML', async () => {
    const plain = await page();
    const gzip = await page(`/documents/${id}`, { 'Accept-Encoding': 'gzip, deflate' });
    const br = await page(`/documents/${id}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    const refused = await page(`/documents/${id}`, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(gzip.headers.etag).toBe(plain.headers.etag);
  });

  it('never serves a private document to anonymous visitors, and keeps it private for signed-in users', async () => {
    const signedIn = await editor.get(`/documents/${privateId}`).expect(200);
    expect(signedIn.headers['cache-control']).toBe('private, no-store');
    expect(signedIn.text).toContain('Catatan rahasia');
    const anonymous = await page(`/documents/${privateId}`);
    expect(anonymous.status).toBe(404);
    expect(anonymous.body.toString()).not.toContain('Catatan rahasia');
    const api = await editor.get(`/api/documents/${privateId}`).expect(200);
    expect(api.headers['cache-control']).toBe('private, no-cache');
    expect((await page(`/api/documents/${privateId}`)).status).toBe(404);
    expect((await page(`/api/documents/${privateId}`, { 'If-None-Match': api.headers.etag })).status).toBe(404);
  });

  it('gives signed-in users their own page with the CSRF token and the user menu', async () => {
    await page();
    const res = await editor.get(`/documents/${id}`).expect(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.text).toContain(`<meta name="csrf-token" content="${editor.signedIn.csrf}">`);
    expect(res.text).toContain(editor.signedIn.user.name);
    expect(res.text).toContain('action="/signout"');
    expect(res.text).toContain(`action="/documents/${id}/visibility"`);
    // The anonymous page did not leak into theirs, nor theirs into the anonymous one.
    expect((await page()).body.toString()).not.toContain(editor.signedIn.user.name);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(ctx.app).head(`/documents/${id}`).expect(200);
    expect(res.headers.etag).toMatch(/^"/);
    expect(res.text ?? '').toBe('');
  });
});
