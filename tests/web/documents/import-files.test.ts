import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument, listDocuments } from '../../../src/store/documents';
import { makeTestApp, type TestContext } from '../../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../../support/auth';
import { makeDocx, makeEpub, makeManyPagesPdf, makePdf } from '../../support/format-files';

const ID = [
  'Presiden meresmikan jembatan baru di Kalimantan pada hari Senin. Jembatan itu menghubungkan dua kota besar yang selama ini hanya terhubung dengan kapal.',
  'Menurut pejabat setempat, jembatan tersebut dibangun selama tiga tahun dengan biaya 2,5 triliun rupiah.',
];
const EN = [
  'The president opened a new bridge in Kalimantan on Monday. The bridge connects two large cities that until now were only linked by ferry.',
  'According to local officials, the bridge was built over three years at a cost of 2.5 trillion rupiah.',
];

describe('importing files of other formats over HTTP', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let token: string;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
    token = `Bearer ${await apiToken(ctx)}`;
  });
  afterAll(() => ctx.close());
  const postForm = () => editor.agent.post('/documents?lng=en').set('X-CSRF-Token', editor.csrf);
  const texts = async (id: number) => {
    const doc = (await getDocument(ctx.db, id))!;
    return { source: doc.source.map((p) => p.text), translation: doc.translation.map((p) => p.text), title: doc.document.title };
  };

  it('the form takes an Indonesian EPUB with an English PDF, and aligns them', async () => {
    const epub = makeEpub('Jembatan Baru', [{ title: 'Bab Satu', paragraphs: ID }]);
    const pdf = await makePdf([{ text: 'Chapter One', heading: true }, ...EN.map((text) => ({ text }))], { header: 'Annual report', pageNumbers: true, linesPerPage: 4 });
    const res = await postForm().attach('source_file', Buffer.from(epub), 'buku.epub').attach('translation_file', Buffer.from(pdf), 'book-en.pdf').expect(303);
    const id = Number(res.headers.location.split('/').pop());
    expect(await texts(id)).toEqual({ source: ['Bab Satu', ...ID], translation: ['Chapter One', ...EN], title: 'Jembatan Baru' });
    const reader = await editor.agent.get(res.headers.location).expect(200);
    expect(reader.text).toContain('at a cost of 2.5 trillion rupiah.');
  });

  it('the API takes multipart files (a Word file with subtitles)', async () => {
    const docx = makeDocx([{ text: 'Jembatan', style: 'Heading1' }, { text: ID[0], footnote: 'Catatan.' }]);
    const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nBridge\n\n00:00:04.500 --> 00:00:09.000\n${EN[0]}\n`;
    const res = await request(ctx.app)
      .post('/api/documents')
      .set('Authorization', token)
      .field('visibility', 'private')
      .attach('source_file', Buffer.from(docx), 'laporan.docx')
      .attach('translation_file', Buffer.from(vtt), 'film.vtt')
      .expect(201);
    expect(await texts(res.body.id)).toEqual({ source: ['Jembatan', ID[0]], translation: ['Bridge', EN[0]], title: 'Jembatan' });
    expect((await getDocument(ctx.db, res.body.id))!.document.visibility).toBe('private');
  });

  it('pairs the chapters of two EPUB editions first: front matter the English edition lacks stays unpaired', async () => {
    const chapters = [
      { id: ['Pada tahun 1945 Indonesia menyatakan kemerdekaannya di Jakarta.', 'Soekarno membacakan teks proklamasi pada pukul 10 pagi.'], en: ['In 1945 Indonesia declared its independence in Jakarta.', 'Sukarno read the proclamation at 10 in the morning.'] },
      { id: ['Kereta cepat mulai beroperasi pada Oktober 2023.', 'Perjalanan 142 kilometer kini hanya memakan waktu 45 menit.'], en: ['The high-speed railway began operating in October 2023.', 'The 142-kilometre trip now takes only 45 minutes.'] },
    ];
    const idBook = makeEpub('Sejarah', [{ paragraphs: ['Kata pengantar: buku ini disusun untuk para pembaca muda di seluruh negeri.'] }, ...chapters.map((c, i) => ({ title: `Bab ${i + 1}`, paragraphs: c.id }))]);
    const enBook = makeEpub('History', chapters.map((c, i) => ({ title: `Chapter ${i + 1}`, paragraphs: c.en })));
    const res = await request(ctx.app).post('/api/documents').set('Authorization', token).attach('source_file', Buffer.from(idBook), 'sejarah.epub').attach('translation_file', Buffer.from(enBook), 'history.epub').expect(201);
    const doc = (await request(ctx.app).get(`/api/documents/${res.body.id}?fields=links`).set('Authorization', token).expect(200)).body;
    expect(doc.links.map((l: { source: number[]; target: number[] }) => [l.source, l.target])).toEqual([
      [[0], []],
      [[1], [0]],
      [[2], [1]],
      [[3], [2]],
      [[4], [3]],
      [[5], [4]],
      [[6], [5]],
    ]);
  });

  it('rejoins pasted hard-wrapped text, and keeps its lines when asked', async () => {
    const wrapped = `${[...ID, ...ID].join(' ').replace(/(.{1,60})(\s|$)/g, '$1\n')}`;
    expect(wrapped.split('\n').filter(Boolean).length).toBeGreaterThan(3);
    const joined = await request(ctx.app).post('/api/documents').set('Authorization', token).field('source', wrapped).expect(201);
    expect((await texts(joined.body.id)).source).toHaveLength(1);
    const kept = await request(ctx.app).post('/api/documents').set('Authorization', token).field('source', wrapped).field('keep_lines', '1').expect(201);
    expect((await texts(kept.body.id)).source.length).toBeGreaterThan(3);
  });

  it('refuses swapped sides with a message in the reader’s language, stores nothing, and imports once confirmed', async () => {
    const before = (await listDocuments(ctx.db)).length;
    const post = () => postForm().field('source_text', EN.join('\n\n')).field('translation_text', ID.join('\n\n'));
    const en = await post().expect(400);
    expect(en.text).toContain('are the two swapped?');
    expect(en.text).toContain('name="confirm_language"');
    const id = await editor.agent.post('/documents?lng=id').set('X-CSRF-Token', editor.csrf).field('source_text', EN.join('\n\n')).field('translation_text', ID.join('\n\n')).expect(400);
    expect(id.text).toContain('apakah keduanya tertukar?');
    expect((await listDocuments(ctx.db)).length).toBe(before);
    await post().field('confirm_language', '1').expect(303);
    expect((await listDocuments(ctx.db)).length).toBe(before + 1);
  });

  it.each([
    ['a PDF of more pages than the limit', () => makeManyPagesPdf(2001), 'tebal.pdf', 413, /has 2001 pages; the limit is 2000/, /memiliki 2001 halaman; batasnya 2000/],
    ['a scanned PDF', () => makeManyPagesPdf(2), 'pindaian.pdf', 400, /looks like a scan/, /hasil pindaian/],
    ['a broken EPUB', () => makeEpub('x', [{ paragraphs: ['x'] }]).subarray(0, 300), 'rusak.epub', 400, /not a readable ZIP archive/, /bukan arsip ZIP/],
  ])('refuses %s in both languages and stores nothing', async (_name, make, name, status, english, indonesian) => {
    const before = (await listDocuments(ctx.db)).length;
    const bytes = Buffer.from(make());
    const en = await postForm().attach('source_file', bytes, name).expect(status);
    expect(en.text).toMatch(english);
    expect(en.text).toContain('role="alert"');
    const id = await editor.agent.post('/documents?lng=id').set('X-CSRF-Token', editor.csrf).attach('source_file', bytes, name).expect(status);
    expect(id.text).toMatch(indonesian);
    const api = await request(ctx.app).post('/api/documents?lng=en').set('Authorization', token).attach('source_file', bytes, name).expect(status);
    expect(api.body.error.message).toMatch(english);
    expect((await listDocuments(ctx.db)).length).toBe(before);
  });
});
