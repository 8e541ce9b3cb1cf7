import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTmx } from '../../../src/core/exchange/index';
import { makeTestApp, type TestContext } from '../../support/app';
import { binaryBody } from '../../support/binary-body';
import { apiToken, signedInAgent, type SignedIn } from '../../support/auth';
import { makeDocx } from '../../support/format-files';
import { CHAPTERS, englishEdition, indonesianEdition } from '../../support/two-editions';

interface ParagraphJson {
  text: string;
  structure: { kind: string; level?: number };
  chapter: number | null;
  sentences: { id: number }[];
}
interface DocumentJson {
  source: ParagraphJson[];
  translation: ParagraphJson[];
  links: { source: number[]; target: number[] }[];
}

/** The chapters each link joins on each side: one chapter a side (never two), or none. */
function linkChapters(doc: DocumentJson) {
  return doc.links.map((l) => ({
    source: [...new Set(l.source.map((p) => doc.source[p]!.chapter))],
    target: [...new Set(l.target.map((p) => doc.translation[p]!.chapter))],
  }));
}

/** Which Indonesian chapter each paired English chapter went with, from the links that have both sides. */
function chapterPairs(doc: DocumentJson): [number, number][] {
  const pairs = linkChapters(doc)
    .filter((c) => c.source.length > 0 && c.target.length > 0)
    .map((c) => `${c.source[0]}-${c.target[0]}`);
  return [...new Set(pairs)].map((p) => p.split('-').map(Number) as [number, number]);
}

describe('a book with chapters, in two editions', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let token: string;
  let id: number;
  let doc: DocumentJson;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
    token = `Bearer ${await apiToken(ctx)}`;
    const res = await request(ctx.app)
      .post('/api/documents')
      .set('Authorization', token)
      .attach('source_file', Buffer.from(indonesianEdition().epub), 'mengenal.epub')
      .attach('translation_file', Buffer.from(englishEdition().epub), 'indonesia.epub')
      .expect(201);
    id = res.body.id;
    doc = (await request(ctx.app).get(`/api/documents/${id}`).set('Authorization', token).expect(200)).body;
  });
  afterAll(() => ctx.close());
  const getJson = async (documentId: number): Promise<DocumentJson> => (await request(ctx.app).get(`/api/documents/${documentId}`).set('Authorization', token).expect(200)).body;

  it('keeps each side’s chapters, a heading opening each', () => {
    // Preface + chapters 1, 2, 4 (each a heading and paragraphs) on the Indonesian side; four chapters on the English.
    expect(doc.source.map((p) => p.chapter)).toEqual([0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(doc.translation.map((p) => p.chapter)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(doc.source.filter((p) => p.structure.kind === 'heading').map((p) => p.text)).toEqual(['Kata Pengantar', 'Bab 1: Proklamasi', 'Bab 2: Kereta Cepat', 'Bab 4: Sawah']);
  });

  it('pairs the chapters first, the preface and the chapter one edition lacks left alone, and no link crosses a chapter', () => {
    expect(chapterPairs(doc)).toEqual([
      [1, 0],
      [2, 1],
      [3, 3],
    ]);
    for (const c of linkChapters(doc)) {
      expect(c.source.length).toBeLessThanOrEqual(1);
      expect(c.target.length).toBeLessThanOrEqual(1);
    }
    const linked = (side: 'source' | 'target') => new Set(doc.links.filter((l) => l.source.length > 0 && l.target.length > 0).flatMap((l) => l[side]));
    expect(doc.source.filter((p, i) => p.chapter === 0 && linked('source').has(i))).toEqual([]);
    expect(doc.translation.filter((p, i) => p.chapter === 2 && linked('target').has(i))).toEqual([]);
    // Inside each pair the paragraphs are aligned one to one.
    expect(doc.links.filter((l) => l.source.length === 1 && l.target.length === 1)).toHaveLength(12);
  });

  it('aligns a book chapter by chapter again when asked to re-align it', async () => {
    await request(ctx.app).post(`/api/documents/${id}/realign`).set('Authorization', token).expect(200);
    const again = await getJson(id);
    expect(again.links).toEqual(doc.links);
    expect(chapterPairs(again)).toEqual(chapterPairs(doc));
  });

  it('shows a contents list by chapter in the reader and the editor, in both languages, without a heading per chapter', async () => {
    const reader = await editor.agent.get(`/documents/${id}?lng=en`).expect(200);
    expect([...reader.text.matchAll(/data-chapter="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(reader.text).toContain('data-chapter-label="Chapter {{n}}"');
    expect((await editor.agent.get(`/documents/${id}?lng=id`).expect(200)).text).toContain('data-chapter-label="Bab {{n}}"');
    // Headings are the file's: four Indonesian and four English, each at the level under the page title.
    expect(reader.text.match(/<h2 class="heading">/g)).toHaveLength(8);
    expect(reader.text).not.toMatch(/<h[3-6] class="heading">/);

    const edit = await editor.agent.get(`/documents/${id}/edit?lng=en`).expect(200);
    const contents = /<details class="edit-contents">([^]*?)<\/details>/.exec(edit.text)![1]!;
    expect(contents).toContain('Chapters (5)');
    expect([...contents.matchAll(/<a href="[^"]*passage=(\d+)#group-\d+">([^<]*)<\/a>/g)].map((m) => [Number(m[1]), m[2]])).toEqual([
      [1, 'Kata Pengantar'],
      [4, 'Bab 1: Proklamasi'],
      [8, 'Bab 2: Kereta Cepat'],
      [12, 'Chapter 3: Mount Merapi'],
      [16, 'Bab 4: Sawah'],
    ]);
    expect((await editor.agent.get(`/documents/${id}/edit?lng=id`).expect(200)).text).toContain('Bab (5)');
  });

  it('exports one XHTML file per chapter in the EPUB spine, and headings of their level in Word', async () => {
    const epub = await request(ctx.app).get(`/documents/${id}/book.epub`).set('Authorization', token).buffer(true).parse(binaryBody).expect(200);
    const files = unzipSync(new Uint8Array(epub.body as Buffer));
    const opf = strFromU8(files['OEBPS/content.opf']!);
    expect([...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1])).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(strFromU8(files['OEBPS/c3.xhtml']!)).toContain('Mount Merapi erupted again');
    expect(strFromU8(files['OEBPS/c3.xhtml']!)).not.toContain('Proklamasi');
    expect(strFromU8(files['OEBPS/nav.xhtml']!)).toContain('<a href="c3.xhtml">Chapter 3: Mount Merapi</a>');

    const docx = await request(ctx.app).get(`/documents/${id}/book.docx`).set('Authorization', token).buffer(true).parse(binaryBody).expect(200);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.body as Buffer });
    expect(html).toContain('<td><h2>Bab 1: Proklamasi</h2></td><td><h2>Chapter 1: The Proclamation</h2></td>');
  });

  it('posting the document’s JSON back keeps its headings and chapters, and pairs the chapters again', async () => {
    const res = await request(ctx.app).post('/api/documents').set('Authorization', token).send({ title: 'Lagi', source: doc.source, translation: doc.translation }).expect(201);
    const again = await getJson(res.body.id);
    const shape = (d: DocumentJson) => ({
      source: d.source.map((p) => [p.text, p.structure, p.chapter]),
      translation: d.translation.map((p) => [p.text, p.structure, p.chapter]),
      links: d.links.map((l) => [l.source, l.target]),
    });
    expect(shape(again)).toEqual(shape(doc));
  });

  // A chapter only the English edition has travels in TMX joined to the unit before it (units without Indonesian are what CAT tools drop), so the double round trip is compared after the first.
  it('TMX → import → TMX keeps the kinds, chapters and pairs, twice over', async () => {
    const exportTmx = async (documentId: number) => (await request(ctx.app).get(`/documents/${documentId}/export/tmx`).set('Authorization', token).expect(200)).text;
    const importTmx = async (xml: string) => (await request(ctx.app).post('/api/documents/tmx').set('Authorization', token).set('Content-Type', 'application/xml').send(xml).expect(201)).body.id as number;
    const first = await exportTmx(id);
    expect(first).toContain('<prop type="x-sejajar-kind">h1</prop>');
    expect(first).toContain('<prop type="x-sejajar-chapter">4</prop>');
    expect(first).toContain('<prop type="x-sejajar-chapter-en">4</prop>');
    const once = await importTmx(first);
    const second = await exportTmx(once);
    const twice = await importTmx(second);
    const third = await exportTmx(twice);
    // The first import numbers the paragraphs afresh (the English-only chapter's passages joined the one before); all else is as exported.
    const withoutGroups = (xml: string) => parseTmx(xml).units.map(({ group: _group, ...unit }) => unit);
    expect(withoutGroups(second)).toEqual(withoutGroups(first));
    expect(parseTmx(third).units).toEqual(parseTmx(second).units);
    const [onceJson, back] = [await getJson(once), await getJson(twice)];
    const places = (d: DocumentJson) => ({ source: d.source.map((p) => [p.text, p.structure, p.chapter]), translation: d.translation.map((p) => [p.structure, p.chapter]) });
    expect(places(back)).toEqual(places(onceJson));
    // The Indonesian side comes back paragraph for paragraph, headings and chapters as imported from the books.
    expect(places(back).source).toEqual(doc.source.map((p) => [p.text, p.structure, p.chapter]));
    expect(back.translation.filter((p) => p.structure.kind === 'heading').map((p) => p.text)).toEqual(['Chapter 1: The Proclamation', 'Chapter 2: The High-Speed Train', 'Chapter 4: The Rice Fields']);
  });

  it('refuses a side that is neither text nor a list of paragraphs, in both languages, and stores nothing', async () => {
    const before = (await request(ctx.app).get('/api/documents').set('Authorization', token).expect(200)).body.documents.length;
    const en = await request(ctx.app).post('/api/documents?lng=en').set('Authorization', token).send({ title: 'x', source: [{ words: 'a' }] }).expect(400);
    expect(en.body.error.message).toBe('The field "source" must be text or a list of paragraphs, each with its "text".');
    const idMsg = await request(ctx.app).post('/api/documents?lng=id').set('Authorization', token).send({ title: 'x', source: 'Teks.', translation: 5 }).expect(400);
    expect(idMsg.body.error.message).toBe('Isian "translation" harus berupa teks atau daftar paragraf, masing-masing dengan "text"-nya.');
    expect((await request(ctx.app).get('/api/documents').set('Authorization', token).expect(200)).body.documents).toHaveLength(before);
  });

  it('a Word file makes chapters of its top-level headings, and shows every heading at its level in the reader and the books', async () => {
    const side = (lang: 'id' | 'en', section: string) =>
      makeDocx(
        CHAPTERS.slice(0, 2).flatMap((c) => [
          { text: c[lang].title, style: 'Heading1' },
          { text: c[lang].paragraphs[0]! },
          { text: `${section} ${c[lang].title.split(':')[0]}`, style: 'Heading2' },
          ...c[lang].paragraphs.slice(1).map((text) => ({ text })),
        ]),
      );
    const res = await request(ctx.app)
      .post('/api/documents')
      .set('Authorization', token)
      .attach('source_file', Buffer.from(side('id', 'Catatan')), 'buku.docx')
      .attach('translation_file', Buffer.from(side('en', 'Notes on')), 'book.docx')
      .expect(201);
    const doc: DocumentJson = (await request(ctx.app).get(`/api/documents/${res.body.id}`).set('Authorization', token).expect(200)).body;
    expect(doc.source.map((p) => p.chapter)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(chapterPairs(doc)).toEqual([
      [0, 0],
      [1, 1],
    ]);

    const reader = (await request(ctx.app).get(`/documents/${res.body.id}?lng=en`).expect(200)).text;
    expect(reader.match(/<h2 class="heading">/g)).toHaveLength(4);
    expect(reader).toContain('<h3 class="heading"><span class="sent" tabindex="0" id="id-');
    expect(reader.match(/<h3 class="heading">/g)).toHaveLength(4);

    const epub = await request(ctx.app).get(`/documents/${res.body.id}/book.epub`).buffer(true).parse(binaryBody).expect(200);
    const files = unzipSync(new Uint8Array(epub.body as Buffer));
    expect(strFromU8(files['OEBPS/c1.xhtml']!)).toMatch(/<h2 id="g\d+"><span lang="id">Bab 2: Kereta Cepat<\/span>[^]*<h3 id="g\d+"><span lang="id">Catatan Bab 2<\/span>/);
    const docx = await request(ctx.app).get(`/documents/${res.body.id}/book.docx`).buffer(true).parse(binaryBody).expect(200);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.body as Buffer });
    expect(html).toContain('<td><h3>Catatan Bab 1</h3></td><td><h3>Notes on Chapter 1</h3></td>');
  });
});
