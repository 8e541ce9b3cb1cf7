import type { ConfirmedLink, Link } from '../../core/model';
import { chapterStarts } from '../../core/reader/chapters';
import { headingLevelOf } from '../../core/reader/headings';
import { cueSpan } from '../../core/text/structure';
import type { DocumentDetail, StoredSentence } from '../../store/documents';

/** A sentence link as the edit page shows it: the sentences themselves in place of their positions. */
export interface EditSentenceLink extends Pick<ConfirmedLink, 'confidence' | 'confirmed'> {
  index: number;
  source: StoredSentence[];
  target: StoredSentence[];
  reviewed: boolean;
}

export interface EditParagraph {
  id: number;
  position: number;
  text: string;
  versions: number[];
}

/** A paragraph link as the edit page shows it, with the sentence links that start in it. */
export interface EditGroup extends Pick<ConfirmedLink, 'confidence' | 'confirmed'> {
  index: number;
  /** Paragraphs on both sides together; a passage of one paragraph cannot be split. */
  paragraphCount: number;
  sourceParagraphs: number;
  englishParagraphs: EditParagraph[];
  /** The passage as a heading (its element's level under the page title and its Indonesian text) where the file said it is one. */
  heading: { level: number; text: string } | null;
  /** A subtitle cue's times, shown beside the passage. */
  cue: string | null;
  /** The passage begins a chapter of a book (core/reader/chapters.ts). */
  chapterStart: boolean;
  links: EditSentenceLink[];
}

/**
 * The edit page's rows: paragraph links, each with the sentence links that
 * start in it. A sentence link belongs to the group of its first sentence.
 */
export function editGroups(detail: DocumentDetail): EditGroup[] {
  const sentences = (side: 'source' | 'translation') => {
    const byPosition = new Map<number, { sentence: StoredSentence; paragraph: number }>();
    for (const p of detail[side]) for (const s of p.sentences) byPosition.set(s.position, { sentence: s, paragraph: p.position });
    return byPosition;
  };
  const source = sentences('source');
  const target = sentences('translation');
  // Each paragraph's group, looked up once: searching the links per sentence was quadratic on long documents.
  const groupByParagraph = { source: new Map<number, number>(), target: new Map<number, number>() };
  detail.paragraphLinks.forEach((l, index) => {
    for (const p of l.source) groupByParagraph.source.set(p, index);
    for (const p of l.target) groupByParagraph.target.set(p, index);
  });
  const groupOf = (side: 'source' | 'target', paragraph: number | undefined) =>
    paragraph === undefined ? -1 : (groupByParagraph[side].get(paragraph) ?? -1);
  const starts = chapterStarts(
    detail.paragraphLinks.map((l) => ({ source: detail.source[l.source[0] ?? -1]?.chapter ?? null, target: detail.translation[l.target[0] ?? -1]?.chapter ?? null })),
  );

  const groups: EditGroup[] = detail.paragraphLinks.map((link, index) => ({
    index,
    confirmed: link.confirmed,
    confidence: link.confidence,
    paragraphCount: link.source.length + link.target.length,
    sourceParagraphs: link.source.length,
    englishParagraphs: link.target.map((p) => {
      const paragraph = detail.translation[p];
      return { id: paragraph.id, position: paragraph.position, text: paragraph.text, versions: paragraph.sentences.map((s) => s.version) };
    }),
    ...passageStructure(detail, link),
    chapterStart: starts[index]!,
    links: [],
  }));
  detail.sentenceLinks.forEach((link, index) => {
    const group =
      link.source.length > 0 ? groupOf('source', source.get(link.source[0])?.paragraph) : groupOf('target', target.get(link.target[0])?.paragraph);
    const targetSentences = link.target.map((p) => target.get(p)?.sentence).filter((s): s is StoredSentence => !!s);
    groups[Math.max(group, 0)]?.links.push({
      index,
      source: link.source.map((p) => source.get(p)?.sentence).filter((s): s is StoredSentence => !!s),
      target: targetSentences,
      confidence: link.confidence,
      confirmed: link.confirmed,
      reviewed: targetSentences.length > 0 && targetSentences.every((s) => s.status === 'reviewed'),
    });
  });
  return groups;
}

/** What a passage is, from its first Indonesian paragraph (else its first English one). */
function passageStructure(detail: DocumentDetail, link: Pick<Link, 'source' | 'target'>): Pick<EditGroup, 'heading' | 'cue'> {
  const paragraph = link.source.length > 0 ? detail.source[link.source[0]!] : detail.translation[link.target[0]!];
  const structure = paragraph?.structure;
  const level = headingLevelOf(structure);
  const heading = level !== null ? { level, text: paragraph!.text } : null;
  return { heading, cue: cueSpan(structure) };
}
