import { strToU8, zipSync, type Zippable } from 'fflate';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

/**
 * Small files of every import format, made by the tests (and the intake
 * benchmark) themselves: an EPUB, a Word file, a PDF with running headers
 * and page numbers, hard-wrapped text.
 */

export interface Chapter {
  title?: string;
  paragraphs: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An EPUB 3 with one XHTML file per chapter, in spine order; `extra` adds or replaces entries (hostile tests). */
export function makeEpub(title: string, chapters: Chapter[], extra: Zippable = {}): Uint8Array {
  const items = chapters.map((_, i) => `<item id="c${i}" href="text/c${i}.xhtml" media-type="application/xhtml+xml"/>`).join('');
  // The spine lists the chapters in reading order, which is not the manifest's order here.
  const spine = chapters.map((_, i) => `<itemref idref="c${i}"/>`).join('');
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    'OEBPS/content.opf': strToU8(
      `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">test</dc:identifier><dc:title>${esc(title)}</dc:title><dc:language>id</dc:language></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>${[...items.split('/>')].reverse().join('/>')}</manifest><spine><itemref idref="nav"/>${spine}</spine></package>`,
    ),
    'OEBPS/nav.xhtml': strToU8('<html xmlns="http://www.w3.org/1999/xhtml"><body><nav><ol><li>Daftar isi</li></ol></nav></body></html>'),
  };
  chapters.forEach((chapter, i) => {
    const heading = chapter.title ? `<h1>${esc(chapter.title)}</h1>` : '';
    const body = chapter.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    files[`OEBPS/text/c${i}.xhtml`] = strToU8(
      `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${i}</title><link rel="stylesheet" href="http://example.invalid/x.css"/></head><body>${heading}\n${body}</body></html>`,
    );
  });
  return zipSync({ ...files, ...extra });
}

export interface DocxParagraph {
  text: string;
  /** A Word paragraph style such as Heading1. */
  style?: string;
  /** A footnote attached at the paragraph's end. */
  footnote?: string;
}

/** A minimal Word file (document, styles, footnotes), as Word itself lays the parts out. */
export function makeDocx(paragraphs: DocxParagraph[], extra: Zippable = {}): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const notes: string[] = [];
  const body = paragraphs
    .map((p) => {
      const style = p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : '';
      let ref = '';
      if (p.footnote) {
        const id = notes.length + 1;
        notes.push(`<w:footnote w:id="${id}"><w:p><w:r><w:t xml:space="preserve">${esc(p.footnote)}</w:t></w:r></w:p></w:footnote>`);
        ref = `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
      }
      return `<w:p>${style}<w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r>${ref}</w:p>`;
    })
    .join('');
  const headingStyles = [1, 2, 3]
    .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`)
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    ),
    'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles ${W}>${headingStyles}</w:styles>`),
    'word/footnotes.xml': strToU8(`<?xml version="1.0"?><w:footnotes ${W}>${notes.join('')}</w:footnotes>`),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...extra,
  });
}

export interface PdfOptions {
  /** A running header printed at the top of every page. */
  header?: string;
  /** Page numbers at the bottom of every page. */
  pageNumbers?: boolean;
  /** Only this many lines per page (more pages for the same text). */
  linesPerPage?: number;
}

export interface PdfBlock {
  text: string;
  heading?: boolean;
}

/** Text the PDF's standard font can draw (WinAnsi); anything else becomes '?'. */
function drawable(font: PDFFont, text: string): string {
  let out = '';
  for (const ch of text) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += '?';
    }
  }
  return out;
}

function wrapToWidth(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A text PDF: paragraphs wrapped to the page width, a blank line's space between them, headings larger. */
export async function makePdf(blocks: PdfBlock[], options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const size = 11;
  const leading = 14;
  const [pageWidth, pageHeight, margin] = [595, 842, 60];
  const maxLines = options.linesPerPage ?? Math.floor((pageHeight - 2 * margin) / leading);
  const laidOut: { text: string; heading: boolean; gapBefore: boolean }[] = [];
  for (const block of blocks) {
    const f = block.heading ? bold : font;
    const s = block.heading ? 16 : size;
    const lines = wrapToWidth(drawable(f, block.text), pageWidth - 2 * margin, (t) => f.widthOfTextAtSize(t, s));
    lines.forEach((text, i) => laidOut.push({ text, heading: Boolean(block.heading), gapBefore: i === 0 }));
  }
  let pageNumber = 0;
  for (let start = 0; start < laidOut.length || pageNumber === 0; ) {
    const page = doc.addPage([pageWidth, pageHeight]);
    pageNumber++;
    if (options.header) page.drawText(drawable(font, options.header), { x: margin, y: pageHeight - 35, size: 9, font });
    if (options.pageNumbers) page.drawText(String(pageNumber), { x: pageWidth / 2, y: 30, size: 9, font });
    let y = pageHeight - margin;
    let used = 0;
    while (start < laidOut.length && used < maxLines) {
      const line = laidOut[start];
      if (line.gapBefore && used > 0) {
        y -= leading;
        used++;
      }
      page.drawText(line.text, { x: margin, y, size: line.heading ? 16 : size, font: line.heading ? bold : font });
      y -= line.heading ? leading * 1.5 : leading;
      used++;
      start++;
    }
    if (start >= laidOut.length) break;
  }
  return doc.save();
}

/** Empty pages only: a PDF with nothing to read (a scan has images, no text layer). */
export async function makeBlankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([200, 200]);
  return doc.save();
}

/**
 * A real PDF of `pages` empty pages, written directly (pdf-lib takes half a
 * minute for 10,000 pages): a page tree, one object per page, a cross-reference table.
 */
export function makeManyPagesPdf(pages: number): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    kids.push(`${i + 3} 0 R`);
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>');
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(body);
}

/** Paragraphs hard-wrapped at `width` characters, as an e-mail client or a PDF copy leaves them. */
export function hardWrap(paragraphs: string[], width = 70, separator = '\n'): string {
  return paragraphs.map((p) => wrapToWidth(p, width, (s) => s.length).join('\n')).join(separator);
}
