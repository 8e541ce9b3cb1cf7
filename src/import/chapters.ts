import type { ReadDocument } from './formats/index';

/**
 * The chapters of one side as read from its file. An EPUB says them (its
 * spine items); a Word, Markdown or HTML file that is a book says them by
 * its top-level headings: the highest heading level used at least twice (a
 * level used once is the document's title) starts a chapter at each of its
 * headings, whatever comes before the first being a chapter of its own
 * (title page, preface). Other formats, and files with fewer than two such
 * headings, have no chapters.
 */

const CHAPTERS_BY_HEADINGS: ReadonlySet<ReadDocument['format']> = new Set(['docx', 'markdown', 'html']);

export function withChapters(document: ReadDocument): ReadDocument {
  if (document.chapters.length > 1 || !CHAPTERS_BY_HEADINGS.has(document.format)) return document;
  const starts = headingChapterStarts(document.blocks);
  return starts.length > 1 ? { ...document, chapters: starts } : document;
}

export function headingChapterStarts(blocks: ReadDocument['blocks']): number[] {
  const counts = new Map<number, number>();
  for (const b of blocks) if (b.kind === 'heading') counts.set(b.level, (counts.get(b.level) ?? 0) + 1);
  const top = [...counts.entries()].filter(([, n]) => n >= 2).map(([level]) => level).sort((a, b) => a - b)[0];
  if (top === undefined) return [];
  const starts = blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === top ? [i] : []));
  return starts[0] === 0 ? starts : [0, ...starts];
}

/** The chapter (0 first) of each block, or null for every block of a side without chapters. */
export function chapterOfBlocks(document: Pick<ReadDocument, 'blocks' | 'chapters'>): (number | null)[] {
  const starts = [...new Set(document.chapters)].filter((s) => s > 0 && s < document.blocks.length).sort((a, b) => a - b);
  if (starts.length === 0) return document.blocks.map(() => null);
  let chapter = 0;
  return document.blocks.map((_, i) => {
    while (chapter < starts.length && starts[chapter]! <= i) chapter++;
    return chapter;
  });
}
