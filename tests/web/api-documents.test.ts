import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument, listDocuments } from '../../src/store/documents';
import { documentJson, documentJsonBody, documentJsonSliced } from '../../src/web/api/documents';
import { strongEtag } from '../../src/web/page-cache';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken } from '../support/auth';

describe('JSON API for documents', () => {
  let ctx: TestContext;
  let auth: string;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true, env: { MAX_DOCUMENT_BYTES: '100000' } });
    auth = `Bearer ${await apiToken(ctx)}`;
  });
  const post = () => request(ctx.app).post('/api/documents').set('Authorization', auth);
  afterAll(() => ctx.close());

  it('lists documents', async () => {
    const res = await request(ctx.app).get('/api/documents').expect(200).expect('content-type', /json/);
    expect(res.body.documents[0]).toMatchObject({ id: 1, title: 'Misi Penjaga Perdamaian CSTO di Kazakhstan', paragraphCount: 18 });
  });

  it('returns a document with paragraphs, sentences and links', async () => {
    const res = await request(ctx.app).get('/api/documents/1').expect(200);
    const doc = res.body;
    expect(doc).toMatchObject({ id: 1, title: 'Misi Penjaga Perdamaian CSTO di Kazakhstan' });
    expect(doc.source).toHaveLength(18);
    expect(doc.translation).toHaveLength(18);
    expect(doc.source[0].sentences[0].text).toMatch(/^Intisari-online.com - Sebuah serangan/);
    expect(doc.links).toContainEqual(expect.objectContaining({ source: [1, 2], target: [1] }));
    expect(doc.links).toContainEqual(expect.objectContaining({ source: [11], target: [10, 11] }));
    for (const link of doc.links) {
      expect(link.confidence).toBeGreaterThanOrEqual(0);
      expect(link.confidence).toBeLessThanOrEqual(1);
    }
    const covered = doc.links.flatMap((l: { source: number[] }) => l.source);
    expect(covered).toEqual([...Array(18).keys()]);
  });

  it('writes the whole document as JSON.stringify would, byte for byte, with the ETag of those bytes', async () => {
    const detail = (await getDocument(ctx.db, 1))!;
    const written = await documentJsonBody(detail);
    const expected = Buffer.from(JSON.stringify(documentJson(detail)));
    expect(written.body.equals(expected)).toBe(true);
    expect(written.etag).toBe(strongEtag(expected));
    // The values parts are cut from, made in slices, are the same.
    expect(await documentJsonSliced(detail)).toStrictEqual(documentJson(detail));
    const res = await request(ctx.app).get('/api/documents/1').expect(200);
    expect(res.headers.etag).toBe(written.etag);
  });

  it('creates a document and answers 201 with its id', async () => {
    const res = await post()
      .send({ title: 'Cuaca', source: 'Hujan turun. Jalan basah.', translation: 'Rain fell. The roads are wet.' })
      .expect(201);
    expect(res.body.id).toEqual(expect.any(Number));
    const doc = await request(ctx.app).get(`/api/documents/${res.body.id}`).expect(200);
    expect(doc.body.translation[0].sentences.map((s: { text: string }) => s.text)).toEqual(['Rain fell.', 'The roads are wet.']);
    expect(doc.body.links).toEqual([expect.objectContaining({ source: [0], target: [0] })]);
  });

  const refusals: [string, () => request.Test, number, string][] = [
    ['empty source', () => post().send({ title: 'x', source: ' \n ' }), 400, 'source_empty'],
    ['missing source', () => post().send({ title: 'x' }), 400, 'invalid_field'],
    ['a non-string translation', () => post().send({ source: 'Ada.', translation: 5 }), 400, 'invalid_field'],
    ['broken JSON', () => post().set('content-type', 'application/json').send('{"source": '), 400, 'invalid_json'],
    ['an array body', () => post().send([1, 2]), 400, 'invalid_request'],
    ['a text over the limit', () => post().send({ source: 'Kata. '.repeat(20000) }), 413, 'source_too_large'],
    ['a body over the request limit', () => post().send({ source: 'Kata. '.repeat(60000) }), 413, 'too_large'],
    ['an unknown document', () => request(ctx.app).get('/api/documents/4242'), 404, 'not_found'],
  ];

  it.each(refusals)('refuses %s with a JSON error and stores nothing', async (_name, send, status, code) => {
    const before = (await listDocuments(ctx.db)).length;
    const res = await send().expect(status).expect('content-type', /json/);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect((await listDocuments(ctx.db)).length).toBe(before);
  });
});
