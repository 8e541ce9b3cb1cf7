import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken } from '../support/auth';

/**
 * With ANSWER_CACHE_MB=1 an answer over 128 kB is kept by its ETag alone (web/page-cache.ts): a
 * document of 600 paragraphs is past that, as a book is past the default's 8 MB.
 */
describe('an answer too large to keep whole', () => {
  let ctx: TestContext;
  let auth: string;
  let id: number;
  beforeAll(async () => {
    ctx = await makeTestApp({ env: { ANSWER_CACHE_MB: '1' } });
    auth = `Bearer ${await apiToken(ctx)}`;
    const side = (words: string) => Array.from({ length: 600 }, (_, i) => `${words} nomor ${i + 1} dalam dokumen yang panjang ini.`).join('\n\n');
    id = (await request(ctx.app).post('/api/documents').set('Authorization', auth).send({ title: 'Buku', source: side('Kalimat'), translation: side('Sentence') }).expect(201)).body.id;
  });
  afterAll(() => ctx.close());
  const get = () => request(ctx.app).get(`/api/documents/${id}`);

  it('is built again, the same bytes under the same ETag, a 304 for a client that holds it, and a new ETag after a change', async () => {
    const first = await get().expect(200);
    expect(Buffer.byteLength(first.text)).toBeGreaterThan(ctx.config.answerCacheBytes / 8);
    const etag = first.headers.etag!;
    const again = await get().expect(200);
    expect(again.headers.etag).toBe(etag);
    expect(again.text).toBe(first.text);
    const held = await get().set('If-None-Match', etag).expect(304);
    expect(held.headers.etag).toBe(etag);
    expect(held.text ?? '').toBe('');
    const sentence = first.body.translation[0].sentences[0];
    await request(ctx.app).put(`/api/segments/${sentence.id}`).set('Authorization', auth).send({ text: 'Changed sentence.', version: sentence.version }).expect(200);
    const changed = await get().set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.translation[0].sentences[0].text).toBe('Changed sentence.');
    // A part is cut from the whole bytes, built again for it.
    const part = await request(ctx.app).get(`/api/documents/${id}?from=1&to=2`).set('If-None-Match', changed.headers.etag!).expect(200);
    expect(part.body.source.length).toBe(2);
  });
});
