import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEFAULT_FILE_LIMITS, documentOf, FormatError, type FileLimits, type ReadDocument } from './blocks';
import { pdfBlocks, type PdfLine } from './pdf-lines';

/**
 * pdf.js's own metrics of the 14 standard PDF fonts, read from the package's
 * folder: without them it looks for the fonts on every page that uses one,
 * which made reading a 300-page text PDF ten times slower.
 */
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * A PDF's text layer through pdf.js (pdfjs-dist), with no script run
 * (`isEvalSupported: false`), no font loaded and nothing fetched; the
 * page count is checked before any page is read. Lines become paragraphs
 * and headings in pdf-lines.ts. A PDF without a text layer (a scan) is
 * refused with a message saying so.
 */
export async function readPdf(bytes: Uint8Array, field: string, fileName: string, { maxPages }: FileLimits = DEFAULT_FILE_LIMITS): Promise<ReadDocument> {
  const name = fileName || 'The PDF';
  // Loaded on the first PDF, not with the server: pdf.js adds some 150 MB to every thread that loads it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: STANDARD_FONTS,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    if ((err as { name?: string })?.name === 'PasswordException') {
      throw new FormatError('pdf_encrypted', `${name} is protected by a password.`, field, { file: fileName });
    }
    throw new FormatError('broken_pdf', `${name} is not a readable PDF.`, field, { file: fileName });
  }
  try {
    if (pdf.numPages > maxPages) {
      throw new FormatError('too_many_pages', `${name} has ${pdf.numPages} pages; the limit is ${maxPages}.`, field, {
        file: fileName,
        count: pdf.numPages,
        max: maxPages,
      });
    }
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items as TextItem[]));
      page.cleanup();
    }
    const blocks = pdfBlocks(pages);
    if (blocks.length === 0) {
      throw new FormatError('pdf_no_text', `${name} has no text layer (a scan?): it needs text recognition (OCR) first.`, field, { file: fileName });
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return documentOf('pdf', blocks, { title });
  } catch (err) {
    if (err instanceof FormatError) throw err;
    throw new FormatError('broken_pdf', `${name} is not a readable PDF.`, field, { file: fileName });
  } finally {
    await pdf.destroy();
  }
}

/** The text items of a page as lines: items on one baseline (within half their size) join. */
function linesOf(items: TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const [a, b, , , x, y] = item.transform;
    const size = Math.hypot(a, b) || item.height || 1;
    if (line && Math.abs(line.y - y) <= size * 0.5 && x >= line.right - size) {
      const gap = x - line.right;
      const needsSpace = gap > size * 0.15 && !line.text.endsWith(' ') && !item.str.startsWith(' ');
      line.text += (needsSpace ? ' ' : '') + item.str;
      line.right = Math.max(line.right, x + item.width);
      line.size = Math.max(line.size, size);
    } else if (item.str.trim()) {
      if (line) lines.push(line);
      line = { text: item.str, x, right: x + item.width, y, size };
    }
    if (item.hasEOL && line) {
      lines.push(line);
      line = null;
    }
  }
  if (line) lines.push(line);
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text);
}
