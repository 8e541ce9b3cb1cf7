/**
 * Where the chapters of a document begin, in its paragraph links. Each side
 * of a book numbers its own chapters (0 first); a link whose Indonesian
 * chapter differs from the last Indonesian one seen, or whose English
 * chapter differs from the last English one, begins a chapter. So a chapter
 * only one edition has (a preface, notes) begins on its side alone, and a
 * pair of chapters the aligner paired begins once. The first link begins
 * the first chapter when the document has any.
 */

/** A link's chapter on each side: its first paragraph's; null where that side has no paragraph in it or no chapters. */
export interface GroupChapters {
  source: number | null;
  target: number | null;
}

/** Whether each link begins a chapter; all false for a document without chapters. */
export function chapterStarts(chapters: readonly (GroupChapters | undefined)[]): boolean[] {
  let lastSource: number | null = null;
  let lastTarget: number | null = null;
  const starts = chapters.map((c) => {
    if (!c) return false;
    const start = (c.source !== null && c.source !== lastSource) || (c.target !== null && c.target !== lastTarget);
    lastSource = c.source ?? lastSource;
    lastTarget = c.target ?? lastTarget;
    return start;
  });
  return starts.some((s, i) => s && i > 0) ? starts : starts.map(() => false);
}

/** A chapter as a contents list names it: the link it begins at and its first heading (null: none, named by its number). */
export interface ChapterEntry {
  group: number;
  title: string | null;
}

/** The document's chapters from the links' chapter starts and headings; empty for a document without chapters. */
export function chapterContents(groups: readonly { chapterStart: boolean; heading: string | null }[]): ChapterEntry[] {
  const out: ChapterEntry[] = [];
  groups.forEach((g, i) => {
    if (g.chapterStart) out.push({ group: i, title: null });
    const current = out[out.length - 1];
    if (current && current.title === null && g.heading) current.title = g.heading;
  });
  return out;
}
