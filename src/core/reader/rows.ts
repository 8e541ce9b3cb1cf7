/**
 * Builds the side-by-side reader from stored segments and links: one row per
 * paragraph link, each sentence tagged with the sentence link it belongs to,
 * so the page can light up counterparts without knowing anything about alignment.
 */
import type { Link, ParagraphStructure } from '../model';
import { chapterStarts } from './chapters';

export interface SentenceLike {
  position: number;
  text: string;
}

export interface ParagraphLike<S extends SentenceLike = SentenceLike> {
  position: number;
  /** What the file said the paragraph is; absent where nothing was stored. */
  structure?: ParagraphStructure;
  /** The chapter of its side (0 first); null or absent where the side has none. */
  chapter?: number | null;
  sentences: S[];
}

export interface ReaderSentence<S extends SentenceLike = SentenceLike> {
  sentence: S;
  /** Index of the sentence link holding it, or null when no link names it. */
  link: number | null;
  /** True when its link has nothing on the other side (dropped or added by the translator). */
  unmatched: boolean;
}

export interface ReaderParagraph<S extends SentenceLike = SentenceLike> {
  position: number;
  structure?: ParagraphStructure;
  sentences: ReaderSentence<S>[];
}

export interface ReaderRow<S extends SentenceLike = SentenceLike> {
  index: number;
  /** The number (1 first) of the chapter the row begins, for a document with chapters; null inside a chapter. */
  chapter: number | null;
  confidence: number;
  confirmed: boolean;
  source: ReaderParagraph<S>[];
  target: ReaderParagraph<S>[];
}

function linkIndexBySentence(links: readonly Link[], side: 'source' | 'target'): Map<number, number> {
  const index = new Map<number, number>();
  links.forEach((link, i) => {
    for (const position of link[side]) index.set(position, i);
  });
  return index;
}

function tagParagraph<S extends SentenceLike>(
  paragraph: ParagraphLike<S>,
  linkOf: Map<number, number>,
  links: readonly Link[],
  otherSide: 'source' | 'target',
): ReaderParagraph<S> {
  return {
    position: paragraph.position,
    structure: paragraph.structure,
    sentences: paragraph.sentences.map((sentence) => {
      const link = linkOf.get(sentence.position) ?? null;
      return { sentence, link, unmatched: link === null || links[link][otherSide].length === 0 };
    }),
  };
}

export function buildReaderRows<S extends SentenceLike>(
  source: readonly ParagraphLike<S>[],
  target: readonly ParagraphLike<S>[],
  paragraphLinks: readonly Link[],
  sentenceLinks: readonly Link[],
): ReaderRow<S>[] {
  const sourceLink = linkIndexBySentence(sentenceLinks, 'source');
  const targetLink = linkIndexBySentence(sentenceLinks, 'target');
  const starts = chapterStarts(paragraphLinks.map((l) => ({ source: source[l.source[0] ?? -1]?.chapter ?? null, target: target[l.target[0] ?? -1]?.chapter ?? null })));
  let chapter = 0;
  return paragraphLinks.map((link, index) => ({
    index,
    chapter: starts[index] ? ++chapter : null,
    confidence: link.confidence,
    confirmed: link.confirmed ?? false,
    source: link.source.map((p) => tagParagraph(source[p], sourceLink, sentenceLinks, 'target')),
    target: link.target.map((p) => tagParagraph(target[p], targetLink, sentenceLinks, 'source')),
  }));
}
