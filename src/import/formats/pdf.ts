import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_FILE_LIMITS, documentOf, FormatError, type FileLimits, type ReadDocument } from './blocks';
import { pdfBlocks, type PdfLine } from './pdf-lines';

/**
 * pdf.js's own metrics of the 14 standard PDF fonts, read from the package's
 * folder: without them it looks for the fonts on every page that uses one,
 * which made reading a 300-page text PDF ten times slower.
 */
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;

/** A text item as the reading thread sends it: its text, baseline origin, font size, width, and whether a line ends after it. */
type TextItem = [str: string, x: number, y: number, size: number, width: number, hasEOL: boolean];

type ReaderMessage =
  | { type: 'page'; items: TextItem[] }
  | { type: 'done'; title: string | null }
  | { type: 'refused'; reason: 'encrypted' | 'broken' | 'too_many_pages'; count?: number };

const READER = new URL('./pdf-text.mjs', import.meta.url);

/**
 * A PDF's text layer through pdf.js (pdfjs-dist), with no script run
 * (`isEvalSupported: false`), no font loaded and nothing fetched; the
 * page count is checked before any page is read. pdf.js runs in a thread
 * of its own for each file (pdf-text.mjs), which sends the text items page
 * by page and ends with the file: what pdf.js builds for a 300-page book
 * (some 250 MB) is freed with it, and never stays in a compute worker
 * beside the alignment that follows. Each page's items become lines at
 * once; lines become paragraphs and headings in pdf-lines.ts. A PDF without
 * a text layer (a scan) is refused with a message saying so.
 */
export async function readPdf(bytes: Uint8Array, field: string, fileName: string, { maxPages }: FileLimits = DEFAULT_FILE_LIMITS): Promise<ReadDocument> {
  const name = fileName || 'The PDF';
  const pages: PdfLine[][] = [];
  let title: string | null = null;
  const refusal = await readInThread(bytes, maxPages, (message) => {
    if (message.type === 'page') pages.push(linesOf(message.items));
    if (message.type === 'done') title = message.title?.trim() || null;
  });
  if (refusal?.reason === 'encrypted') throw new FormatError('pdf_encrypted', `${name} is protected by a password.`, field, { file: fileName });
  if (refusal?.reason === 'too_many_pages') {
    throw new FormatError('too_many_pages', `${name} has ${refusal.count} pages; the limit is ${maxPages}.`, field, { file: fileName, count: refusal.count!, max: maxPages });
  }
  if (refusal) throw new FormatError('broken_pdf', `${name} is not a readable PDF.`, field, { file: fileName });
  const blocks = pdfBlocks(pages);
  if (blocks.length === 0) {
    throw new FormatError('pdf_no_text', `${name} has no text layer (a scan?): it needs text recognition (OCR) first.`, field, { file: fileName });
  }
  return documentOf('pdf', blocks, { title });
}

/** Runs the reading thread to its end, handing each message on; its refusal, or null when it read the file. */
function readInThread(bytes: Uint8Array, maxPages: number, onMessage: (message: ReaderMessage) => void): Promise<Extract<ReaderMessage, { type: 'refused' }> | null> {
  return new Promise((resolve) => {
    let refusal: Extract<ReaderMessage, { type: 'refused' }> | null = null;
    let done = false;
    // Plain Node (no inherited loader flags): the thread imports pdf.js as it is. Its young generation is kept
    // small: pdf.js makes short-lived objects page after page, and a smaller nursery held the read of a
    // 300-page book some 20 MB lower at about the same speed.
    const thread = new Worker(READER, {
      workerData: { bytes, maxPages, standardFonts: STANDARD_FONTS },
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    thread.on('message', (message: ReaderMessage) => {
      if (message.type === 'refused') refusal = message;
      if (message.type === 'done') done = true;
      onMessage(message);
    });
    // A thread that fails or runs out of memory read a file pdf.js cannot read.
    thread.on('error', () => (refusal ??= { type: 'refused', reason: 'broken' }));
    thread.on('exit', () => resolve(refusal ?? (done ? null : { type: 'refused', reason: 'broken' })));
  });
}

/** The text items of a page as lines: items on one baseline (within half their size) join. */
function linesOf(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  for (const [str, x, y, size, width, hasEOL] of items) {
    if (line && Math.abs(line.y - y) <= size * 0.5 && x >= line.right - size) {
      const gap = x - line.right;
      const needsSpace = gap > size * 0.15 && !line.text.endsWith(' ') && !str.startsWith(' ');
      line.text += (needsSpace ? ' ' : '') + str;
      line.right = Math.max(line.right, x + width);
      line.size = Math.max(line.size, size);
    } else if (str.trim()) {
      if (line) lines.push(line);
      line = { text: str, x, right: x + width, y, size };
    }
    if (hasEOL && line) {
      lines.push(line);
      line = null;
    }
  }
  if (line) lines.push(line);
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text);
}
