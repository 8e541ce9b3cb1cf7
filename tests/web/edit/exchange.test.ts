import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTmx } from '../../../src/core/exchange/index';
import type { Express } from 'express';
import { makeTestApp, type TestContext } from '../../support/app';
import { signedInAgent } from '../../support/auth';
import { editorApp, importFixture } from '../../support/edit-fixture';

type Doc = { source: { sentences: { text: string }[] }[]; translation: { sentences: { text: string }[] }[]; sentenceLinks: { source: number[]; target: number[] }[] };

/** The document's sentence pairs as texts, the thing every export must carry. */
function pairsOf(doc: Doc): [string, string][] {
  const src = doc.source.flatMap((p) => p.sentences.map((s) => s.text));
  const tgt = doc.translation.flatMap((p) => p.sentences.map((s) => s.text));
  return doc.sentenceLinks.map((l) => [l.source.map((i) => src[i]).join(' '), l.target.map((i) => tgt[i]).join(' ')]);
}

describe('exports and TMX import', () => {
  let ctx: TestContext;
  let app: Express;
  let id: number;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    ({ app } = await editorApp(ctx));
    ({ id } = await importFixture(app));
  });
  afterAll(() => ctx.close());

  it.each([
    ['tmx', /application\/x-tmx\+xml/],
    ['csv', /text\/csv/],
    ['tsv', /text\/tab-separated-values/],
    ['html', /text\/html/],
  ])('downloads %s as an attachment', async (format, type) => {
    for (const url of [`/documents/${id}/export/${format}`, `/api/documents/${id}/export?format=${format}`]) {
      const res = await request(app).get(url).expect(200).expect('content-type', type);
      expect(res.headers['content-disposition']).toBe(`attachment; filename=pasar-pagi-${id}.${format}`);
    }
  });

  it('answers 404 for an unknown format or document', async () => {
    await request(app).get(`/documents/${id}/export/docx`).expect(404);
    await request(app).get('/api/documents/4242/export?format=tmx').expect(404);
  });

  it('exports the seeded article as TMX whose units are exactly its sentence pairs', async () => {
    const doc = (await request(app).get('/api/documents/1').expect(200)).body as Doc;
    const tmx = await request(app).get('/documents/1/export/tmx').buffer(true).parse((res, cb) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString('utf8')));
      res.on('end', () => cb(null, data));
    });
    const parsed = parseTmx(tmx.body as string);
    expect(parsed.units.map((u) => [u.source, u.target])).toEqual(pairsOf(doc));
    expect(parsed.units.length).toBeGreaterThan(15);
  });

  it('imports an exported TMX into a new document with the same pairs', async () => {
    const original = (await request(app).get('/api/documents/1').expect(200)).body as Doc & { title: string };
    const xml = (await request(app).get('/api/documents/1/export?format=tmx').buffer(true).parse((res, cb) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString('utf8')));
      res.on('end', () => cb(null, data));
    })).body as string;
    const created = await request(app).post('/api/documents/tmx').set('content-type', 'application/xml').send(xml).expect(201);
    const copy = (await request(app).get(`/api/documents/${created.body.id}`).expect(200)).body as Doc & { title: string };
    expect(copy.title).toBe(original.title);
    expect(pairsOf(copy)).toEqual(pairsOf(original));
  });

  it('imports a TMX upload from the new-document page and opens it in edit mode', async () => {
    const { agent, csrf } = await signedInAgent(ctx);
    const page = await agent.get('/documents/new').expect(200);
    expect(page.text).toContain(`action="/documents/tmx?_csrf=${encodeURIComponent(csrf)}"`);
    const xml = '<?xml version="1.0"?><tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>Selamat pagi.</seg></tuv><tuv xml:lang="en-AU"><seg>Good morning.</seg></tuv></tu></body></tmx>';
    const res = await agent
      .post(`/documents/tmx?_csrf=${encodeURIComponent(csrf)}`)
      .field('title', 'Salam')
      .attach('tmx_file', Buffer.from(xml), { filename: 'salam.tmx', contentType: 'application/xml' })
      .expect(303);
    const newId = Number(/\/documents\/(\d+)\/edit/.exec(res.headers.location)![1]);
    const doc = (await request(app).get(`/api/documents/${newId}`).expect(200)).body;
    expect(doc).toMatchObject({ title: 'Salam', targetLang: 'en-AU' });
    expect(pairsOf(doc)).toEqual([['Selamat pagi.', 'Good morning.']]);
  });

  it.each([
    ['broken XML', '<tmx><body>', 400, 'tmx_invalid'],
    ['a file without Indonesian', '<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>Hi.</seg></tuv></tu></body></tmx>', 400, 'tmx_no_indonesian'],
  ])('refuses %s and stores nothing', async (_name, xml, status, code) => {
    const before = (await request(app).get('/api/documents')).body.documents.length;
    const res = await request(app).post('/api/documents/tmx').set('content-type', 'application/xml').send(xml).expect(status);
    expect(res.body.error.code).toBe(code);
    expect((await request(app).get('/api/documents')).body.documents.length).toBe(before);
    const { agent, csrf } = await signedInAgent(ctx);
    const form = await agent.post(`/documents/tmx?_csrf=${encodeURIComponent(csrf)}`).attach('tmx_file', Buffer.from(xml), 'bad.tmx').expect(status);
    expect(form.text).toContain('role="alert"');
  });
});

describe('edit pages', () => {
  let ctx: TestContext;
  let app: Express;
  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ app } = await editorApp(ctx));
  });
  afterAll(() => ctx.close());

  it('shows the edit mode at /documents/:id/edit and ?mode=edit, with escaped text and no inline script', async () => {
    const created = await request(app)
      .post('/api/documents')
      .send({ title: '<b>Judul</b>', source: 'Satu <i>kalimat</i>.', translation: 'One <script>alert(1)</script> sentence.' })
      .expect(201);
    const { agent } = await signedInAgent(ctx);
    for (const url of [`/documents/${created.body.id}/edit`, `/documents/${created.body.id}?mode=edit`]) {
      const page = await agent.get(url).expect(200);
      expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page.text).not.toContain('<script>alert');
      expect(page.text).toContain('<script src="/assets/editor.js" defer></script>');
      // Scripts only from our files, none inline.
      expect(page.text.match(/<script[^>]*>/g)?.every((tag) => / src="\/assets\/[\w-]+\.js"/.test(tag))).toBe(true);
      expect(page.text).not.toMatch(/ on[a-z]+="| style="/);
      expect(page.text).toContain('aria-live="polite"');
      expect(page.text).toContain('Keyboard shortcuts');
    }
    await agent.get(`/documents/${created.body.id}`).expect(200).expect((res) => expect(res.text).not.toContain('editor.js'));
    const anonymous = await request(app).get(`/documents/${created.body.id}?mode=edit`).expect(303);
    expect(anonymous.headers.location).toBe(`/documents/${created.body.id}/edit`);
    await request(app).get(`/documents/${created.body.id}/edit`).expect(303).expect('location', /^\/signin/);
  });

  it('replaces the translation from the form and keeps the old text in the history', async () => {
    const created = await request(app).post('/api/documents').send({ source: 'Ada kucing.', translation: 'There is a cat.' }).expect(201);
    const { agent, csrf } = await signedInAgent(ctx);
    const action = `/documents/${created.body.id}/edit/translation?_csrf=${encodeURIComponent(csrf)}`;
    const form = await agent.get(`/documents/${created.body.id}/edit/translation`).expect(200);
    expect(form.text).toContain(`action="${action}"`);
    await request(app).post(`/documents/${created.body.id}/edit/translation`).field('translation_text', 'No.').expect(303).expect('location', /^\/signin/);
    await agent
      .post(action)
      .attach('translation_file', Buffer.from('A cat is here.'), 'en.txt')
      .expect(303);
    const doc = (await request(app).get(`/api/documents/${created.body.id}`).expect(200)).body;
    expect(doc.translation[0].sentences[0].text).toBe('A cat is here.');
    const retired = await ctx.db.selectFrom('retired_segments').select(['text', 'reason']).execute();
    expect(retired).toContainEqual({ text: 'There is a cat.', reason: 'translation_replaced' });
    const empty = await agent.post(action).field('translation_text', '   ').expect(400);
    expect(empty.text).toContain('role="alert"');
  });
});
