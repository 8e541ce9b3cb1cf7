/**
 * The paragraph groups of a document, as the bilingual books (EPUB, DOCX)
 * lay them out: each group's Indonesian and English sentences, whether the
 * group is a heading and of which level (as stored where the document's
 * file said what its paragraphs are, else known by its shape, by the same
 * rules the reader uses, core/reader/headings.ts), and where a new chapter
 * of the document begins.
 */
import { chapterStarts } from '../reader/chapters';
import { headingLevelOf, isHeadingLike } from '../reader/headings';
import type { ExchangeDocument } from './pairs';
import { xmlSafe } from './xml-text';

export interface BookGroup {
  heading: boolean;
  /** The heading element's level under the book's title (2 for a file's top-level heading); 2 for a heading known by shape. */
  level: number;
  /** The group begins a chapter the document stored (on either side); false throughout a document without stored chapters. */
  chapterStart: boolean;
  /** Sentence pairs of the group, in order. */
  pairs: { source: string[]; target: string[] }[];
}

export function bookGroups(doc: ExchangeDocument): BookGroup[] {
  const groups: BookGroup[] = [];
  const linkOf: number[] = [];
  let current = -1;
  for (const pair of doc.pairs) {
    if (pair.group !== current || groups.length === 0) {
      groups.push({ heading: false, level: 2, chapterStart: false, pairs: [] });
      linkOf.push(pair.group);
      current = pair.group;
    }
    groups[groups.length - 1]!.pairs.push({ source: pair.source, target: pair.target });
  }
  const stored = doc.groupStructures?.some((s) => s.kind !== 'body') ? doc.groupStructures : undefined;
  const starts = chapterStarts(linkOf.map((link) => doc.groupChapters?.[link]));
  groups.forEach((group, i) => {
    const source = group.pairs.flatMap((p) => p.source);
    const structure = stored?.[linkOf[i]!];
    group.heading = stored ? structure?.kind === 'heading' : source.length > 0 && isHeadingLike(source.map((text) => ({ text })));
    group.level = headingLevelOf(structure) ?? 2;
    group.chapterStart = starts[i]!;
  });
  return groups;
}

/** Text for XML content and attribute values (characters XML cannot hold dropped). */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
