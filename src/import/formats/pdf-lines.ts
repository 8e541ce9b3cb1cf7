import { joinWrapped } from './unwrap';
import type { Block } from './blocks';

/**
 * The layout part of PDF reading, pure: lines of text with their position
 * and size, page by page, into blocks. A PDF holds no paragraphs, only
 * positioned lines, so they are rebuilt: a paragraph breaks at a larger gap
 * between lines, an indented first line, or after a short line that ends a
 * sentence; a line set clearly larger than the body text is a heading.
 * Running headers and footers (the same line, digits aside, at the top or
 * bottom of many pages) and page numbers are dropped; a paragraph running
 * over a page break is joined, and so are words hyphenated at a line end.
 */

export interface PdfLine {
  text: string;
  /** Left edge, right edge and baseline, in PDF units (y grows upwards). */
  x: number;
  right: number;
  y: number;
  size: number;
}

const PAGE_NUMBER = /^[\s\-–—|]*((page|halaman|hal\.?|p\.)\s*)?(\d{1,5}|[ivxlcdm]{1,7})(\s*(of|dari|\/)\s*\d{1,5})?[\s\-–—|]*$/i;
const SENTENCE_END = /[.!?:;…"'”’)\]]$/;
/** Running headers and footers are short: a title, a chapter, a date. */
const MAX_FURNITURE_LENGTH = 100;

export function pdfBlocks(pages: readonly PdfLine[][]): Block[] {
  const body = dropFurniture(pages);
  const all = body.flat();
  if (all.length === 0) return [];
  const bodySize = median(all.map((l) => l.size));
  const lineGap = typicalGap(body) || bodySize * 1.2;
  const left = quantile(all.map((l) => l.x), 0.1);
  const right = quantile(all.map((l) => l.right), 0.9);
  const headingSizes = [...new Set(all.filter((l) => isHeadingSize(l, bodySize)).map((l) => Math.round(l.size)))].sort((a, b) => b - a);

  const blocks: Block[] = [];
  let current: { kind: 'paragraph' | 'heading'; size: number; text: string; lastLine: PdfLine } | null = null;
  const close = () => {
    if (current) {
      blocks.push(
        current.kind === 'heading'
          ? { kind: 'heading', level: Math.min(6, headingSizes.indexOf(Math.round(current.size)) + 1 || 1), text: current.text }
          : { kind: 'paragraph', text: current.text },
      );
    }
    current = null;
  };
  for (const page of body) {
    let previous: PdfLine | null = null;
    for (const line of page) {
      const heading = isHeadingSize(line, bodySize) && line.text.length < 200;
      const kind = heading ? 'heading' : 'paragraph';
      const cur = current as { kind: 'paragraph' | 'heading'; size: number; text: string; lastLine: PdfLine } | null;
      const breaks =
        !cur ||
        cur.kind !== kind ||
        (heading && Math.abs(cur.size - line.size) > 0.5) ||
        (previous !== null && previous.y - line.y > lineGap * 1.45) ||
        (!heading && line.x > left + bodySize * 0.9) ||
        (!heading && endsShort(cur.lastLine, line, right));
      if (breaks) {
        close();
        current = { kind, size: line.size, text: line.text, lastLine: line };
      } else if (cur) {
        cur.text = joinWrapped(cur.text, line.text);
        cur.lastLine = line;
      }
      previous = line;
    }
  }
  close();
  return blocks;
}

function isHeadingSize(line: PdfLine, bodySize: number): boolean {
  return line.size > bodySize * 1.15;
}

/**
 * The line ends a sentence and the next line's first word would have fitted
 * after it: the writer broke the line there, so the paragraph ended.
 */
function endsShort(line: PdfLine, next: PdfLine, right: number): boolean {
  if (!SENTENCE_END.test(line.text.trimEnd())) return false;
  const charWidth = (line.right - line.x) / Math.max(1, line.text.length);
  const firstWord = /^\S+/.exec(next.text)?.[0].length ?? 0;
  return right - line.right > (firstWord + 1) * charWidth;
}

/**
 * Running headers, footers and page numbers: a page's top or bottom line set
 * apart from the text by a wider gap, that is a page number or repeats (digits
 * aside) on many pages. Two rounds catch a header over a chapter line, or a
 * page number under a footer.
 */
function dropFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const lineGap = typicalGap(pages) || 14;
  let kept = pages.map((page) => [...page]);
  for (let round = 0; round < 2; round++) {
    const candidates = kept.map((page) => edgeLines(page, lineGap));
    const counts = new Map<string, number>();
    for (const edges of candidates) for (const key of new Set(edges.map(keyOf))) counts.set(key, (counts.get(key) ?? 0) + 1);
    const repeated = (line: PdfLine) =>
      kept.length >= 2 && line.text.length <= MAX_FURNITURE_LENGTH && (counts.get(keyOf(line)) ?? 0) >= Math.max(2, kept.length * 0.4);
    const numbered = (line: PdfLine) => kept.length >= 2 && PAGE_NUMBER.test(line.text);
    kept = kept.map((page, i) => {
      const edges = new Set(candidates[i]);
      return page.filter((line) => !(edges.has(line) && (numbered(line) || repeated(line))));
    });
  }
  return kept;
}

/** The top and bottom lines of a page (by position: a page's text order need not follow it) that stand apart from their neighbour. */
function edgeLines(page: readonly PdfLine[], lineGap: number): PdfLine[] {
  if (page.length === 0) return [];
  const byY = [...page].sort((a, b) => b.y - a.y);
  if (byY.length === 1) return byY;
  const edges: PdfLine[] = [];
  if (byY[0].y - byY[1].y > lineGap * 1.3) edges.push(byY[0]);
  const [last, before] = [byY[byY.length - 1], byY[byY.length - 2]];
  if (before.y - last.y > lineGap * 1.3) edges.push(last);
  return edges;
}

/** A running line is the same text (page numbers in it aside) at the same height on every page. */
const keyOf = (line: PdfLine) => `${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}@${Math.round(line.y / 4)}`;

/**
 * The distance between two lines of one paragraph: paragraph breaks and page
 * furniture only widen gaps, so a low quantile of those at least a line high.
 */
function typicalGap(pages: readonly PdfLine[][]): number {
  const size = median(pages.flat().map((l) => l.size));
  return quantile(gapsOf(pages).filter((gap) => gap >= size * 0.9), 0.1);
}

function gapsOf(pages: readonly PdfLine[][]): number[] {
  const gaps: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const gap = page[i - 1].y - page[i].y;
      if (gap > 0) gaps.push(gap);
    }
  }
  return gaps;
}

/** The lower median: with two values, the smaller (one heading over one line of body text). */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}
