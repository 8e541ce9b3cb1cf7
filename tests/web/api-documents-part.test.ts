import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken } from '../support/auth';

/** The sample article: 18 Indonesian paragraphs, 18 English ones; Indonesian 2 and 3 became English 2, Indonesian 12 became English 11 and 12. */
describe('GET /api/documents/:documentId, whole and in parts', () => {
  let ctx: TestContext;
  let auth: string;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    auth = `Bearer ${await apiToken(ctx)}`;
  });
  afterAll(() => ctx.close());
  const get = (query = '') => request(ctx.app).get(`/api/documents/1${query}`);

  it('answers the whole document from ready bytes with an ETag, 304 on a match, and gzip', async () => {
    const first = await get().expect(200).expect('content-type', 'application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(first.headers['set-cookie']).toBeUndefined();
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const second = await get().set('If-None-Match', etag).expect(304);
    expect(second.text ?? '').toBe('');
    // The client decompresses (tests/web/reader-cache.test.ts checks the raw bytes).
    const gzip = await get().set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toEqual(first.body);
  });

  it('changes the ETag when the document changes', async () => {
    const { headers } = await get().expect(200);
    const doc = (await get().expect(200)).body;
    const sentence = doc.translation[0].sentences[0];
    await request(ctx.app)
      .put(`/api/segments/${sentence.id}`)
      .set('Authorization', auth)
      .send({ text: 'Intisari-online.com - An attack.', version: sentence.version })
      .expect(200);
    const after = await get().set('If-None-Match', headers.etag!).expect(200);
    expect(after.headers.etag).not.toBe(headers.etag);
    expect(after.body.translation[0].sentences[0].text).toBe('Intisari-online.com - An attack.');
  });

  it('gives a paragraph range with its links and English paragraphs, in the document\'s own indices', async () => {
    const whole = (await get().expect(200)).body;
    const part = (await get('?from=2&to=3').expect(200)).body;
    expect(part).toMatchObject({ id: 1, title: whole.title, visibility: 'public' });
    expect(part.range).toEqual({ from: 2, to: 3, sourceStart: 1, translationStart: 1, sourceParagraphs: 18, translationParagraphs: 18 });
    expect(part.source).toEqual(whole.source.slice(1, 3));
    expect(part.links).toEqual([expect.objectContaining({ source: [1, 2], target: [1] })]);
    expect(part.translation).toEqual(whole.translation.slice(1, 2));
    const sentencesOf = (paragraphs: { sentences: { id: number }[] }[]) => paragraphs.flatMap((p) => p.sentences).length;
    const firstIndonesian = sentencesOf(whole.source.slice(0, 1));
    const lastIndonesian = sentencesOf(whole.source.slice(0, 3)) - 1;
    expect(part.sentenceLinks.length).toBeGreaterThan(0);
    for (const link of part.sentenceLinks) {
      expect(whole.sentenceLinks).toContainEqual(link);
      expect(link.source.some((i: number) => i >= firstIndonesian && i <= lastIndonesian) || link.source.length === 0).toBe(true);
    }
    const split = (await get('?from=12&to=12').expect(200)).body;
    expect(split.links).toEqual([expect.objectContaining({ source: [11], target: [10, 11] })]);
    expect(split.translation).toEqual(whole.translation.slice(10, 12));
  });

  it('puts every paragraph and link in exactly one of consecutive parts', async () => {
    const whole = (await get().expect(200)).body;
    const parts = await Promise.all(['?to=5', '?from=6&to=11', '?from=12&to=99'].map(async (q) => (await get(q).expect(200)).body));
    expect(parts.flatMap((p) => p.source)).toEqual(whole.source);
    expect(parts.flatMap((p) => p.links)).toEqual(whole.links);
    expect(parts.flatMap((p) => p.translation)).toEqual(whole.translation);
    expect(parts[2].range.to).toBe(18);
  });

  it('gives a part as the document is after a change', async () => {
    const before = (await get('?from=1&to=1&fields=translation').expect(200)).body;
    const sentence = before.translation[0].sentences[0];
    await request(ctx.app)
      .put(`/api/segments/${sentence.id}`)
      .set('Authorization', auth)
      .send({ text: 'Intisari-online.com - A sudden attack.', version: sentence.version })
      .expect(200);
    const after = (await get('?from=1&to=1&fields=translation').expect(200)).body;
    expect(after.translation[0].sentences[0].text).toBe('Intisari-online.com - A sudden attack.');
  });

  it('gives only the columns asked for', async () => {
    const part = (await get('?fields=links,source&from=1&to=1').expect(200)).body;
    expect(Object.keys(part)).toEqual(expect.arrayContaining(['id', 'title', 'range', 'source', 'links']));
    expect(part).not.toHaveProperty('translation');
    expect(part).not.toHaveProperty('sentenceLinks');
    const linksOnly = (await get('?fields=sentenceLinks').expect(200)).body;
    expect(linksOnly.sentenceLinks).toEqual((await get().expect(200)).body.sentenceLinks);
    expect(linksOnly).not.toHaveProperty('source');
  });

  it.each([
    ['?from=0', 'from'],
    ['?from=19', 'from'],
    ['?from=abc', 'from'],
    ['?from=-1', 'from'],
    ['?from=1.5', 'from'],
    ['?from=5&to=4', 'to'],
    ['?from=1&from=2', 'from'],
    ['?fields=source,colour', 'fields'],
    ['?fields=', 'fields'],
  ])('refuses %s with 400 invalid_field naming %s', async (query, field) => {
    const res = await get(query).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_field' });
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it('says what is wrong with a range in the interface language', async () => {
    const en = await get('?from=40').expect(400);
    expect(en.body.error.message).toBe('The field "from" must be a paragraph number from 1 to 18.');
    const id = await get('?from=40&lng=id').expect(400);
    expect(id.body.error.message).toBe('Isian "from" harus berupa nomor paragraf dari 1 sampai 18.');
  });
});
