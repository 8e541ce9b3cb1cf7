import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument, listDocuments } from '../../../src/store/documents';
import { makeTestApp, type TestContext } from '../../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../../support/auth';
import { makeEpub, makeManyPagesPdf } from '../../support/format-files';

const ID = 'Kafé “Lama” di Jakarta menjual kopi dari Aceh.\n\nHarganya naik – kata pemiliknya – sejak bulan lalu.\n';
const EN = ['The “Old” café in Jakarta sells coffee from Aceh.', 'Its price has risen – says its owner – since last month.'];
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ '“': 0x93, '”': 0x94, '–': 0x96 })[c] ?? c.charCodeAt(0)));
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const srt = EN.map((text, i) => `${i + 1}\n00:00:0${2 * i},000 --> 00:00:0${2 * i + 1},500\n${text}\n`).join('\n');

describe('uploaded text in other encodings over HTTP', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let token: string;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
    token = `Bearer ${await apiToken(ctx)}`;
  });
  afterAll(() => ctx.close());

  it('the API reads a Windows-1252 text with a UTF-16 subtitle translation', async () => {
    const res = await request(ctx.app)
      .post('/api/documents')
      .set('Authorization', token)
      .attach('source_file', windows1252(ID), 'lama.txt')
      .attach('translation_file', utf16le(srt), 'film.srt')
      .expect(201);
    const doc = (await getDocument(ctx.db, res.body.id))!;
    expect(doc.source.map((p) => p.text)).toEqual(ID.trim().split('\n\n'));
    expect(doc.translation.map((p) => p.text)).toEqual(EN);
  });

  it('the form refuses a file mixing UTF-8 with Windows-1252, naming the line, in both languages; nothing is stored', async () => {
    const mixed = Buffer.concat([Buffer.from('Kafé di Jakarta.\n\nKopi dari Aceh.\n\nHarganya '), windows1252('– naik.\n')]);
    const before = (await listDocuments(ctx.db)).length;
    const en = await editor.agent.post('/documents?lng=en').set('X-CSRF-Token', editor.csrf).attach('source_file', mixed, 'campur.txt').expect(400);
    expect(en.text).toContain('mixes UTF-8 with another encoding, first at line 5');
    const id = await editor.agent.post('/documents?lng=id').set('X-CSRF-Token', editor.csrf).attach('source_file', mixed, 'campur.txt').expect(400);
    expect(id.text).toContain('mencampur UTF-8 dengan pengodean lain, pertama pada baris 5');
    const api = await request(ctx.app).post('/api/documents').set('Authorization', token).attach('source_file', mixed, 'campur.txt').expect(400);
    expect(api.body.error).toMatchObject({ code: 'mixed_encoding', message: expect.stringContaining('first at line 5') });
    expect((await listDocuments(ctx.db)).length).toBe(before);
  });

  it('the English side replaced from a Windows-1252 file is read as such', async () => {
    const created = await request(ctx.app).post('/api/documents').set('Authorization', token).field('source', ID).expect(201);
    await editor.agent
      .post(`/documents/${created.body.id}/edit/translation`)
      .set('X-CSRF-Token', editor.csrf)
      .attach('translation_file', windows1252(EN.join('\n\n')), 'en.txt')
      .expect(303);
    expect((await getDocument(ctx.db, created.body.id))!.translation.map((p) => p.text)).toEqual(EN);
  });
});

describe('file limits from the settings over HTTP', () => {
  let ctx: TestContext;
  let token: string;
  beforeAll(async () => {
    ctx = await makeTestApp({ env: { MAX_PDF_PAGES: '3', MAX_ARCHIVE_ENTRIES: '6', MAX_FILE_BYTES: String(3 * 1024 * 1024) } });
    token = `Bearer ${await apiToken(ctx)}`;
  });
  afterAll(() => ctx.close());
  const post = (bytes: Uint8Array, name: string) => request(ctx.app).post('/api/documents?lng=en').set('Authorization', token).attach('source_file', Buffer.from(bytes), name);

  it('refuses a PDF of more pages than MAX_PDF_PAGES', async () => {
    const res = await post(makeManyPagesPdf(4), 'empat.pdf').expect(413);
    expect(res.body.error).toMatchObject({ code: 'too_many_pages', message: expect.stringContaining('has 4 pages; the limit is 3') });
  });

  it('refuses an EPUB of more entries than MAX_ARCHIVE_ENTRIES', async () => {
    const chapters = Array.from({ length: 4 }, (_, i) => ({ title: `Bab ${i + 1}`, paragraphs: ['Hujan turun di Jakarta.'] }));
    const res = await post(makeEpub('Banyak', chapters), 'banyak.epub').expect(413);
    expect(res.body.error).toMatchObject({ code: 'too_many_entries', message: expect.stringContaining('holds more than 6 parts') });
  });

  it('refuses a PDF larger than MAX_FILE_BYTES (under the default of twice the text limit)', async () => {
    const pdfOf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes)]);
    expect((await post(pdfOf(3 * 1024 * 1024), 'besar.pdf').expect(413)).body.error.code).toBe('too_large');
    // Just under the limit the file is read, and refused for what it holds.
    expect((await post(pdfOf(3 * 1024 * 1024 - 100), 'besar.pdf').expect(400)).body.error.code).toBe('broken_pdf');
  });
});
