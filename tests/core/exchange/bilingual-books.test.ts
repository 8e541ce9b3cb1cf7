import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildBilingualDocx, buildBilingualEpub, type ExchangeDocument } from '../../../src/core/exchange/index';
import { bookGroups } from '../../../src/core/exchange/bilingual-book';
import { readFile } from '../../../src/import/formats/index';

const DOC: ExchangeDocument = {
  title: 'Jembatan & Kota',
  titleEn: 'Bridge & City',
  targetLang: 'en-US',
  pairs: [
    { group: 0, source: ['Latar Belakang'], target: ['Background'], confidence: 1, confirmed: false },
    { group: 1, source: ['Presiden meresmikan jembatan <baru>.'], target: ['The president opened a <new> bridge.'], confidence: 0.9, confirmed: false },
    { group: 1, source: ['Warga senang.'], target: ['Residents were glad.'], confidence: 0.9, confirmed: false },
    { group: 2, source: ['Tanggapan Warga'], target: ['What Residents Said'], confidence: 1, confirmed: false },
    { group: 3, source: ['Mereka berterima kasih.'], target: [], confidence: 1, confirmed: false },
  ],
};
const OPTIONS = { identifier: 'urn:sejajar:test:1', modified: '2026-01-02T03:04:05.678Z', labels: { source: 'Indonesia', translation: 'English' } };

/** The EPUB structure check: mimetype first and stored, container → package, every spine item in the manifest and present, every XHTML well-formed. */
function checkEpub(bytes: Uint8Array): Record<string, string> {
  expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
  expect(bytes[8]).toBe(0); // stored, not deflated
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  expect(files.mimetype).toBe('application/epub+zip');
  const opfPath = /full-path="([^"]+)"/.exec(files['META-INF/container.xml']!)![1]!;
  const opf = files[opfPath]!;
  for (const [name, text] of Object.entries(files)) {
    if (/\.(xml|opf|xhtml)$/.test(name)) expect(XMLValidator.validate(text), name).toBe(true);
  }
  const manifest = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]!);
  expect(spine.length).toBeGreaterThan(0);
  for (const id of spine) expect(files[`OEBPS/${manifest.get(id)}`], id).toBeDefined();
  expect(opf).toMatch(/properties="nav"/);
  expect(opf).toMatch(/<meta property="dcterms:modified">2026-01-02T03:04:05Z<\/meta>/);
  return files;
}

describe('buildBilingualEpub', () => {
  it('lays groups side by side in tables, headings as headings, and passes the structure check', async () => {
    const epub = buildBilingualEpub(DOC, { ...OPTIONS, layout: 'table' });
    const files = checkEpub(epub);
    const chapters = Object.keys(files).filter((n) => /c\d+\.xhtml$/.test(n)).sort();
    expect(chapters).toHaveLength(2);
    const all = chapters.map((n) => files[n]).join('\n');
    expect(all).toContain('<h2 id="g0"><span lang="id">Latar Belakang</span><br/><span lang="en" class="en">Background</span></h2>');
    expect(all).toContain('<td lang="id">Presiden meresmikan jembatan &lt;baru&gt;. Warga senang.</td><td lang="en">The president opened a &lt;new&gt; bridge. Residents were glad.</td>');
    expect(files['OEBPS/nav.xhtml']).toContain('<a href="c1.xhtml">Tanggapan Warga</a>');
    const back = await readFile({ bytes: epub, name: 'x.epub', field: 'source' });
    expect(back.blocks.filter((b) => b.kind === 'heading')).toHaveLength(2);
    expect(back.title).toBe('Jembatan & Kota / Bridge & City');
  });

  it('interleaves sentence by sentence when asked', () => {
    const files = checkEpub(buildBilingualEpub(DOC, { ...OPTIONS, layout: 'interleaved' }));
    const body = files['OEBPS/c0.xhtml']!;
    expect(body.indexOf('Presiden meresmikan')).toBeLessThan(body.indexOf('The president opened'));
    expect(body.indexOf('The president opened')).toBeLessThan(body.indexOf('Warga senang.'));
    expect(body).not.toContain('<table>');
  });
});

describe('buildBilingualDocx', () => {
  it('makes two columns with headings that mammoth reads back', async () => {
    const docx = buildBilingualDocx(DOC, OPTIONS.labels);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(html).toContain('<table>');
    expect(html).toMatch(/<td><h2>Latar Belakang<\/h2><\/td><td><h2>Background<\/h2><\/td>/);
    expect(html).toContain('<td><p>Presiden meresmikan jembatan &lt;baru&gt;. Warga senang.</p></td><td><p>The president opened a &lt;new&gt; bridge. Residents were glad.</p></td>');
    const back = await readFile({ bytes: docx, name: 'x.docx', field: 'source' });
    expect(back.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Jembatan & Kota / Bridge & City', 'Latar Belakang', 'Background', 'Tanggapan Warga', 'What Residents Said']);
  });
});

describe('bookGroups', () => {
  it('takes headings as stored where the document stored structure, not by shape', () => {
    // "Latar Belakang" looks like a heading but was stored as body text; the long sentence group was stored as a heading.
    const stored: ExchangeDocument = { ...DOC, groupStructures: [{ kind: 'body' }, { kind: 'heading', level: 1 }, { kind: 'body' }, { kind: 'body' }] };
    expect(bookGroups(stored).map((g) => g.heading)).toEqual([false, true, false, false]);
    expect(bookGroups(DOC).map((g) => g.heading)).toEqual([true, false, true, false]);
    const docx = buildBilingualDocx(stored, OPTIONS.labels);
    expect(strFromU8(unzipSync(docx)['word/document.xml']!)).toMatch(/Heading2[^]*Presiden meresmikan/);
  });
});
