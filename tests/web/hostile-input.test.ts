import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments, getDocument } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../support/auth';
import { HOSTILE_FILE_NAMES, HOSTILE_TEXTS, HOSTILE_URLS, INVALID_UTF8, hasInjectedMarkup } from '../support/hostile-inputs';

const FIELDS = ['title', 'titleEn', 'source', 'translation'] as const;
const PLAIN_SOURCE = 'Hujan turun di Jakarta.';

describe('hostile input in every field', () => {
  let ctx: TestContext;
  let token: string;
  let editor: SignedIn;
  beforeAll(async () => {
    ctx = await makeTestApp({ env: { MAX_DOCUMENT_BYTES: '200000' } });
    token = `Bearer ${await apiToken(ctx)}`;
    editor = await signedInAgent(ctx);
  });
  afterAll(() => ctx.close());

  /** Every page a stored document shows up on, for anonymous readers and editors. */
  async function pagesShowing(id: number): Promise<string[]> {
    return Promise.all([
      request(ctx.app).get('/').then((r) => r.text),
      request(ctx.app).get(`/documents/${id}`).then((r) => r.text),
      editor.agent.get(`/documents/${id}`).then((r) => r.text),
      editor.agent.get(`/documents/${id}/delete`).then((r) => r.text),
    ]);
  }

  const cases = HOSTILE_TEXTS.flatMap((input) => FIELDS.map((field) => [input.name, field, input] as const));

  it.each(cases)('API: %s as %s is stored or refused cleanly, and shown only as text', async (_name, field, input) => {
    const body: Record<string, string> = { source: PLAIN_SOURCE, [field]: input.text };
    const before = await countDocuments(ctx.db);
    const res = await request(ctx.app).post('/api/documents').set('Authorization', token).send(body);
    expect([201, 400, 413], res.text).toContain(res.status);
    if (res.status !== 201) {
      expect(res.body.error.code).toEqual(expect.any(String));
      expect(await countDocuments(ctx.db)).toBe(before);
      return;
    }
    const detail = (await getDocument(ctx.db, res.body.id))!;
    expect(detail.source.length).toBeGreaterThan(0);
    for (const html of await pagesShowing(res.body.id)) {
      expect(hasInjectedMarkup(html)).toBe(false);
    }
    const json = await request(ctx.app).get(`/api/documents/${res.body.id}`).expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
  });

  it.each(HOSTILE_TEXTS.map((input) => [input.name, input] as const))('form: %s in every field', async (_name, input) => {
    const res = await editor.agent
      .post('/documents')
      .set('X-CSRF-Token', editor.csrf)
      .field('title', input.text.slice(0, 300))
      .field('title_en', input.text.slice(0, 300))
      .field('source_text', `${PLAIN_SOURCE}\n\n${input.text}`)
      .field('translation_text', input.text);
    expect([303, 400, 413]).toContain(res.status);
    const html = res.status === 303 ? (await editor.agent.get(res.headers.location).expect(200)).text : res.text;
    expect(hasInjectedMarkup(html)).toBe(false);
  });

  it('normalises BOM, CRLF, lone CR and zero-width characters on import', async () => {
    const byName = (name: string) => HOSTILE_TEXTS.find((t) => t.name === name)!.text;
    const post = (source: string) => request(ctx.app).post('/api/documents').set('Authorization', token).send({ source }).expect(201);
    const texts = async (source: string) => {
      const { body } = await post(source);
      return (await getDocument(ctx.db, body.id))!.source.map((p) => p.text);
    };
    expect(await texts(byName('byte-order mark'))).toEqual(['Berita hari ini. Hujan turun.']);
    expect(await texts(byName('CRLF line ends'))).toEqual(['Paragraf satu.', 'Paragraf dua. Baris lanjut.']);
    expect(await texts(byName('lone CR line ends'))).toEqual(['Paragraf satu.', 'Paragraf dua. Baris lanjut.']);
    expect((await texts(byName('zero-width characters')))[0]).not.toMatch(/[\u200B\u2060\uFEFF]/);
    // NUL and other C0 controls go (PostgreSQL refuses NUL in text); tabs and line ends stay meaningful.
    expect(await texts(byName('control characters'))).toEqual(['Satuduatigaempat.']);
  });

  it.each(HOSTILE_FILE_NAMES)('echoes the upload name %j only as text', async (fileName) => {
    const res = await editor.agent
      .post('/documents')
      .set('X-CSRF-Token', editor.csrf)
      .attach('source_file', INVALID_UTF8[0].bytes, { filename: fileName, contentType: 'text/plain' })
      .expect(400);
    expect(res.text).toContain('mixes UTF-8 with another encoding');
    expect(hasInjectedMarkup(res.text)).toBe(false);
  });

  it.each(INVALID_UTF8.map((b) => [b.name, b.bytes] as const))('refuses a %s upload with 400 and stores nothing', async (_name, bytes) => {
    const before = await countDocuments(ctx.db);
    const res = await editor.agent.post('/documents').set('X-CSRF-Token', editor.csrf).attach('source_file', bytes, 'teks.txt');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/mixes UTF-8 with another encoding|in an encoding Sejajar cannot recognise|not a text file/);
    expect(await countDocuments(ctx.db)).toBe(before);
  });

  it('reads invalid UTF-8 in a JSON body as replacement characters, not as a crash', async () => {
    const raw = Buffer.concat([Buffer.from('{"source":"Kaf'), Buffer.from([0xe9]), Buffer.from('."}')]);
    const res = await request(ctx.app).post('/api/documents').set('Authorization', token).set('Content-Type', 'application/json').send(raw);
    expect([201, 400]).toContain(res.status);
  });

  it.each(HOSTILE_URLS)('answers %s without an error 500 or injected markup', async (url) => {
    const res = await request(ctx.app).get(url);
    expect(res.status).toBeLessThan(500);
    expect(hasInjectedMarkup(res.text)).toBe(false);
    if (res.status === 303 || res.status === 302) expect(res.headers.location).toMatch(/^\/(?!\/)/);
  });

  it('sends a signed-in visitor only to same-site pages after sign-in', async () => {
    for (const next of ['javascript:alert(1)', '//evil.example/', 'https://evil.example/']) {
      const res = await editor.agent.get(`/signin?next=${encodeURIComponent(next)}`).expect(303);
      expect(res.headers.location).toBe('/');
    }
  });
});
