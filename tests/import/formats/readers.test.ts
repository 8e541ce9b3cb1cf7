import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, readFile, type ReadDocument } from '../../../src/import/formats/index';
import { makeBlankPdf, makeDocx, makeEpub, makePdf } from '../../support/format-files';

const P = [
  'Presiden meresmikan jembatan baru di Kalimantan pada hari Senin. Jembatan itu menghubungkan dua kota besar yang selama ini hanya terhubung dengan kapal penyeberangan.',
  'Menurut pejabat setempat, jembatan tersebut dibangun selama tiga tahun dengan biaya 2,5 triliun rupiah dan melibatkan ribuan pekerja dari berbagai daerah di Indonesia.',
  'Warga menyambut baik pembangunan ini.',
];

const read = (bytes: Uint8Array | string, name: string, keepLines = false) =>
  readFile({ bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes, name, field: 'source', options: { keepLines } });

/** The document in the notation `# heading` / `paragraph` / `[1000-2500] cue`. */
function shape(doc: ReadDocument): string[] {
  return doc.blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.level)} ${b.text}` : b.kind === 'cue' ? `[${b.start}-${b.end}] ${b.text}` : b.text));
}

describe('format readers', () => {
  it('Markdown: headings, paragraphs, list items and quotes; inline markup and raw HTML dropped', async () => {
    const md = `# Judul *utama*\n\nIni **teks** dengan [tautan](http://contoh.invalid)\ndan baris kedua.\n\n## Bagian\n\n- butir satu\n- butir dua\n\n> kutipan\n\n<script>alert(1)</script>\n\n![gambar](http://contoh.invalid/x.png)\n`;
    const doc = await read(md, 'catatan.md');
    expect(doc.format).toBe('markdown');
    expect(shape(doc)).toEqual(['# Judul utama', 'Ini teks dengan tautan dan baris kedua.', '## Bagian', 'butir satu', 'butir dua', 'kutipan']);
    expect(doc.title).toBe('Judul utama');
  });

  it('HTML: the article with its headings, without menus, comments or scripts', async () => {
    const html = `<!doctype html><html><head><title>Jembatan Baru</title><script src="http://contoh.invalid/x.js"></script><link rel="stylesheet" href="http://contoh.invalid/s.css"></head><body>
      <nav><ul><li><a href="/">Beranda</a></li><li><a href="/politik">Politik</a></li></ul></nav>
      <div class="ad">IKLAN: beli sekarang!</div>
      <article><h1>Jembatan Baru</h1><p>${P[0]}</p><p>${P[1]}</p><h2>Tanggapan warga</h2><p>${P[2]} ${P[0]}</p><script>document.write('x')</script><img src="http://contoh.invalid/p.png" onerror="alert(1)"></article>
      <section id="comments" class="comments"><h3>Komentar</h3><p>Bagus sekali!</p></section>
      <footer>Hak cipta 2024</footer></body></html>`;
    const doc = await read(html, 'berita.html');
    expect(doc.format).toBe('html');
    expect(shape(doc)).toEqual(['# Jembatan Baru', P[0], P[1], '## Tanggapan warga', `${P[2]} ${P[0]}`]);
  });

  it('DOCX: paragraphs and headings, footnotes kept apart', async () => {
    const doc = await read(makeDocx([{ text: 'Laporan Tahunan', style: 'Heading1' }, { text: P[0], footnote: 'Sumber: pemerintah daerah.' }, { text: 'Latar', style: 'Heading2' }, { text: P[1] }]), 'laporan.docx');
    expect(doc.format).toBe('docx');
    expect(shape(doc)).toEqual(['# Laporan Tahunan', P[0], '## Latar', P[1]]);
    expect(doc.notes).toEqual(['Sumber: pemerintah daerah.']);
  });

  it('EPUB: chapters in spine order with their headings, the navigation document left out', async () => {
    const epub = makeEpub('Buku Jembatan', [
      { title: 'Bab Satu', paragraphs: [P[0], P[1]] },
      { title: 'Bab Dua', paragraphs: [P[2]] },
    ]);
    const doc = await read(epub, 'buku.epub');
    expect(doc.format).toBe('epub');
    expect(doc.title).toBe('Buku Jembatan');
    expect(shape(doc)).toEqual(['# Bab Satu', P[0], P[1], '# Bab Dua', P[2]]);
    expect(doc.chapters).toEqual([0, 3]);
  });

  it('EPUB: a note marked as a footnote is kept apart, its reference mark dropped', async () => {
    const chapter = `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body><p>Teks utama<a epub:type="noteref" href="#n1">1</a> di sini.</p><aside epub:type="footnote" id="n1"><p>Catatan kaki.</p></aside></body></html>`;
    const doc = await read(makeEpub('Buku', [{ paragraphs: ['x'] }], { 'OEBPS/text/c0.xhtml': strToU8(chapter) }), 'buku.epub');
    expect(shape(doc)).toEqual(['Teks utama di sini.']);
    expect(doc.notes).toEqual(['Catatan kaki.']);
  });

  it('PDF: lines rejoined into paragraphs across pages, running header and page numbers dropped, headings kept', async () => {
    const paragraphs = ['Pertama', 'Kedua', 'Ketiga'].flatMap((word) => P.map((p) => `${word}: ${p}`));
    const blocks = [{ text: 'Laporan Jembatan', heading: true }, ...paragraphs.map((text) => ({ text }))];
    const pdf = await makePdf(blocks, { header: 'Laporan Tahunan Dinas 2024', pageNumbers: true, linesPerPage: 7 });
    const doc = await read(pdf, 'laporan.pdf');
    expect(doc.format).toBe('pdf');
    expect(shape(doc)).toEqual(['# Laporan Jembatan', ...paragraphs]);
  });

  it('PDF without a text layer is refused as a scan', async () => {
    await expect(read(await makeBlankPdf(3), 'pindaian.pdf')).rejects.toMatchObject({ code: 'pdf_no_text', params: { file: 'pindaian.pdf' } });
  });

  it('SRT and WebVTT: one cue per unit with its times, markup dropped', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,500\n<i>Halo</i>\ndunia\n\n2\n00:01:03,000 --> 00:01:04,250\n{\\an8}Lagi\n';
    expect(shape(await read(srt, 'film.srt'))).toEqual(['[1000-2500] Halo dunia', '[63000-64250] Lagi']);
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.500\n<v Budi>Halo <b>dunia</b>\n\nNOTE catatan\n\n00:03.000 --> 00:04.000\nLagi\n';
    const doc = await read(vtt, 'film.vtt');
    expect(doc.format).toBe('vtt');
    expect(shape(doc)).toEqual(['[1000-2500] Halo dunia', '[3000-4000] Lagi']);
  });

  it('plain text: hard-wrapped lines rejoined unless lines are kept', async () => {
    const wrapped = 'Presiden meresmikan jembatan baru di Kalimantan pada hari Senin.\nJembatan itu menghubungkan dua kota besar yang selama ini hanya\nterhubung dengan kapal penyeberangan yang sering terlambat datang.\nMenurut pejabat setempat, jembatan tersebut dibangun selama tiga\ntahun dengan biaya 2,5 triliun rupiah dan melibatkan ribuan pekerja\ndari berbagai daerah di seluruh Indonesia dan juga luar negeri.\n';
    expect((await read(wrapped, 'surat.txt')).blocks).toHaveLength(1);
    expect((await read(wrapped, 'surat.txt', true)).blocks).toHaveLength(6);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a PDF by its signature, whatever its name', Buffer.from('%PDF-1.7\n...'), 'x.txt', 'pdf'],
    ['WebVTT by its header', Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\nx'), 'x.txt', 'vtt'],
    ['SubRip by its first cue', Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nx'), 'x', 'srt'],
    ['HTML by its doctype', Buffer.from('<!DOCTYPE html><html><body>x</body></html>'), 'x', 'html'],
    ['Markdown by its name', Buffer.from('# x'), 'x.md', 'markdown'],
    ['text otherwise', Buffer.from('Halo.'), 'x', 'text'],
    ['an EPUB by its mimetype entry', Buffer.from(zipSync({ mimetype: strToU8('application/epub+zip') })), 'x.zip', 'epub'],
    ['a Word file by its name', Buffer.from(zipSync({ 'word/document.xml': strToU8('<x/>') })), 'x.docx', 'docx'],
  ])('%s', (_name, bytes, name, format) => {
    expect(detectFormat(bytes, name, 'source')).toBe(format);
  });
});
