/**
 * The paragraph groups of a document, as the bilingual books (EPUB, DOCX)
 * lay them out: each group's Indonesian and English sentences, and whether
 * the group is a heading: as stored where the document's file said what its
 * paragraphs are, else known by its shape, by the same rule the reader uses
 * (core/reader/headings.ts).
 */
import { isHeadingLike } from '../reader/headings';
import type { ExchangeDocument } from './pairs';
import { xmlSafe } from './xml-text';

export interface BookGroup {
  heading: boolean;
  /** Sentence pairs of the group, in order. */
  pairs: { source: string[]; target: string[] }[];
}

export function bookGroups(doc: ExchangeDocument): BookGroup[] {
  const groups: BookGroup[] = [];
  const linkOf: number[] = [];
  let current = -1;
  for (const pair of doc.pairs) {
    if (pair.group !== current || groups.length === 0) {
      groups.push({ heading: false, pairs: [] });
      linkOf.push(pair.group);
      current = pair.group;
    }
    groups[groups.length - 1]!.pairs.push({ source: pair.source, target: pair.target });
  }
  const stored = doc.groupStructures?.some((s) => s.kind !== 'body') ? doc.groupStructures : undefined;
  groups.forEach((group, i) => {
    const source = group.pairs.flatMap((p) => p.source);
    group.heading = stored ? stored[linkOf[i]!]?.kind === 'heading' : source.length > 0 && isHeadingLike(source.map((text) => ({ text })));
  });
  return groups;
}

/** Text for XML content and attribute values (characters XML cannot hold dropped). */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
