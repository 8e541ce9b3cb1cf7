import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';
import { signedInAgent, type SignedIn } from '../support/auth';

const SOURCE = 'Presiden tiba di Jakarta. Dia disambut warga.\n\nAcara berlangsung meriah.';
const TRANSLATION = 'The president arrived in Jakarta. He was welcomed by residents.\n\nThe event was lively.';

describe('importing a document through the form', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  beforeEach(async () => {
    ctx = await makeTestApp({ env: { MAX_DOCUMENT_BYTES: '4096' } });
    editor = await signedInAgent(ctx);
  });
  const postForm = () => editor.agent.post('/documents').set('X-CSRF-Token', editor.csrf);
  afterEach(() => ctx.close());

  it('shows the form', async () => {
    const res = await editor.agent.get('/documents/new').expect(200);
    expect(res.text).toContain('enctype="multipart/form-data"');
    expect(res.text).toContain('name="source_text"');
  });

  it('imports pasted text and opens its reader', async () => {
    const res = await postForm()
      .field('title', 'Kunjungan')
      .field('source_text', SOURCE)
      .field('translation_text', TRANSLATION)
      .expect(303);
    expect(res.headers.location).toMatch(/^\/documents\/\d+$/);
    const reader = await editor.agent.get(res.headers.location).expect(200);
    expect(reader.text).toContain('Kunjungan');
    expect(reader.text).toContain('He was welcomed by residents.');
  });

  it('imports uploaded .txt files', async () => {
    const res = await postForm()
      .attach('source_file', Buffer.from(SOURCE), 'berita.txt')
      .attach('translation_file', Buffer.from(TRANSLATION), 'news.txt')
      .expect(303);
    const reader = await editor.agent.get(res.headers.location).expect(200);
    expect(reader.text).toContain('Presiden tiba di Jakarta.');
    expect(reader.text).toContain('The event was lively.');
  });

  it('names an untitled document after its first sentence', async () => {
    await postForm().field('source_text', SOURCE).expect(303);
    const [doc] = await listDocuments(ctx.db);
    expect(doc.title).toBe('Presiden tiba di Jakarta.');
  });

  const refusals: [string, (r: request.Test) => request.Test, number, RegExp][] = [
    ['empty text', (r) => r.field('source_text', '   \n\n  '), 400, /The Indonesian text is empty/],
    ['a binary file', (r) => r.attach('source_file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'foto.png'), 400, /foto.png is not a text file/],
    ['a file mixing UTF-8 with Latin-1', (r) => r.attach('source_file', Buffer.from([0x4b, 0xc3, 0xa9, 0x0a, 0x61, 0xe9, 0x20]), 'campur.txt'), 400, /campur.txt mixes UTF-8 with another encoding, first at line 2/],
    ['a text over the limit', (r) => r.field('source_text', 'Kata. '.repeat(1000)), 413, /too large|larger than the limit/],
    ['a file over the limit', (r) => r.attach('source_file', Buffer.from('Kata. '.repeat(1000)), 'besar.txt'), 413, /too large/],
  ];

  it.each(refusals)('refuses %s, re-renders the form and stores nothing', async (_name, send, status, message) => {
    const res = await send(postForm().field('title', 'Judul saya')).expect(status);
    expect(res.text).toMatch(message);
    expect(res.text).toContain('role="alert"');
    expect(await listDocuments(ctx.db)).toEqual([]);
  });

  it('keeps what was typed when the form is refused', async () => {
    const res = await postForm()
      .field('title', 'Judul saya')
      .field('source_text', ' ')
      .field('translation_text', 'My English')
      .expect(400);
    expect(res.text).toContain('value="Judul saya"');
    expect(res.text).toContain('My English</textarea>');
  });

  it('shows markup in titles and text as text', async () => {
    const res = await postForm()
      .field('title', '<script>alert(1)</script>')
      .field('source_text', 'Teks <img src=x onerror=alert(2)> biasa.')
      .expect(303);
    const reader = await editor.agent.get(res.headers.location).expect(200);
    expect(reader.text).not.toContain('<script>alert(1)</script>');
    expect(reader.text).not.toContain('<img src=x');
    expect(reader.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(reader.text).toContain('&lt;img src=x onerror=alert(2)&gt;');
    const library = await editor.agent.get('/').expect(200);
    expect(library.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
