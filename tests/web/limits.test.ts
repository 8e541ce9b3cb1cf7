import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../support/auth';
import { hasInjectedMarkup, megabytes, oneWordParagraphs } from '../support/hostile-inputs';

describe('size limits with the default settings', () => {
  let ctx: TestContext;
  let token: string;
  let editor: SignedIn;
  beforeAll(async () => {
    ctx = await makeTestApp();
    token = `Bearer ${await apiToken(ctx)}`;
    editor = await signedInAgent(ctx);
  });
  afterAll(() => ctx.close());

  const tenMegabytes = megabytes(10);
  const api = () => request(ctx.app).post('/api/documents').set('Authorization', token);
  const form = () => editor.agent.post('/documents').set('X-CSRF-Token', editor.csrf);

  const refusals: [string, () => request.Test, number, RegExp][] = [
    ['a 10 MB JSON body', () => api().send({ source: tenMegabytes }), 413, /too_large/],
    ['a 3 MB source in a JSON body', () => api().send({ source: megabytes(3) }), 413, /source_too_large/],
    ['a 3 MB translation', () => api().send({ source: 'Ada.', translation: megabytes(3) }), 413, /translation_too_large/],
    ['a 10 MB pasted text', () => form().field('source_text', tenMegabytes), 413, /too large/],
    ['a 10 MB file', () => form().attach('source_file', Buffer.from(tenMegabytes), 'besar.txt'), 413, /too large/],
    ['a 301-character title', () => api().send({ title: 'j'.repeat(301), source: 'Ada.' }), 400, /title_too_long/],
    ['100,000 one-word paragraphs', () => api().send({ source: oneWordParagraphs(100_000) }), 413, /too_many_paragraphs/],
    ['100,000 one-word paragraphs in the form', () => form().field('source_text', oneWordParagraphs(100_000)), 413, /100000 paragraphs; the limit is 20000/],
    ['an oversized sign-in form', () => request(ctx.app).post('/signin').type('form').send({ password: 'x'.repeat(100_000) }), 413, /too large/],
  ];

  it.each(refusals)('refuses %s with a clear message and stores nothing', async (_name, send, status, message) => {
    const before = await countDocuments(ctx.db);
    const started = performance.now();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.text).toMatch(message);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(await countDocuments(ctx.db)).toBe(before);
  });

  it('imports a 2,000-paragraph document and renders every row', async () => {
    const res = await api().send({ source: oneWordParagraphs(2000) }).expect(201);
    const page = await request(ctx.app).get(`/documents/${res.body.id}`).expect(200);
    expect(page.text.match(/<section class="row/g)).toHaveLength(2000);
  });
});

describe('configurable limits', () => {
  it('follows MAX_DOCUMENT_BYTES, MAX_PARAGRAPHS and MAX_FORM_BYTES', async () => {
    const ctx = await makeTestApp({ env: { MAX_DOCUMENT_BYTES: '1000', MAX_PARAGRAPHS: '3', MAX_FORM_BYTES: '2000' } });
    try {
      const token = `Bearer ${await apiToken(ctx)}`;
      const api = () => request(ctx.app).post('/api/documents').set('Authorization', token);
      await api().send({ source: 'Satu.\n\nDua.\n\nTiga.' }).expect(201);
      const many = await api().send({ source: 'Satu.\n\nDua.\n\nTiga.\n\nEmpat.' }).expect(413);
      expect(many.body.error).toEqual({ code: 'too_many_paragraphs', message: 'The text has 4 paragraphs; the limit is 3.' });
      const big = await api().send({ source: 'a'.repeat(1001) }).expect(413);
      expect(big.body.error.message).toBe('The Indonesian text is larger than the limit of 1000 bytes.');
      await request(ctx.app).post('/signin').type('form').send({ password: 'x'.repeat(3000) }).expect(413);
    } finally {
      await ctx.close();
    }
  });
});

describe('the markup detector used by the hostile-input tests', () => {
  it.each([
    ['<p>Teks</p><script src="/assets/reader.js" defer></script>', false],
    ['&lt;script&gt;window.__pwned=1&lt;/script&gt;', false],
    ['<script>window.__pwned=1</script>', true],
    ['<script src="https://evil.example/x.js"></script>', true],
    ['<span title="" onmouseover="x">', true],
    ['<a href="javascript:x">', true],
    ['<img src=x>', true],
  ])('judges %j', (html, injected) => {
    expect(hasInjectedMarkup(html)).toBe(injected);
  });
});
