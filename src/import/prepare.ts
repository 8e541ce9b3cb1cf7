import { alignByChapters, alignDocument, type DocumentAlignment, type SideTimes, type TimeSpan } from '../core/align/index';
import { rootText, stemText } from '../core/search/words';
import type { SegmentedParagraph } from '../core/text/index';
import { checkSize, intakeSide, intakeTitle, type ImportLimits } from './intake';

/**
 * The pure part of a text import: intake, segmenting and aligning, with no
 * database. It is what the compute pool runs for a large document, so it
 * imports nothing that opens files, sockets or the library.
 */

/** The texts of an import request: what the pure part needs of it. */
export interface ImportText {
  title?: string;
  source: string;
  translation?: string | null;
  /** Where the chapters of each side begin (paragraph indices) and how many paragraphs each side was read as: two books are paired chapter by chapter. */
  chapters?: BookChapters;
  /** When each block of each side is shown (subtitle cues; null for other blocks): evidence for the aligner. */
  times?: BlockTimes;
}

export interface BlockTimes {
  source: (TimeSpan | null)[];
  translation: (TimeSpan | null)[];
}

export interface BookChapters {
  source: number[];
  translation: number[];
  sourceParagraphs: number;
  translationParagraphs: number;
}

/** A document after checking and segmenting, before anything is stored. */
export interface PreparedDocument {
  title: string;
  source: SegmentedParagraph[];
  translation: SegmentedParagraph[];
}

export interface PreparedImport extends PreparedDocument {
  alignment: DocumentAlignment;
  /** The search roots of every Indonesian sentence in document order, worked out here rather than where the document is stored. */
  sourceRoots: string[];
  /** The same for the English sentences: their stems (core/search/words.ts). */
  translationRoots: string[];
}

/** Checks and segments the input through the one intake; throws InputError before anything is stored. */
export function prepareDocument(request: ImportText, limits: ImportLimits): PreparedDocument {
  checkSize(request.source, 'source', limits);
  if (request.translation) checkSize(request.translation, 'translation', limits);
  const source = intakeSide(request.source, 'source', limits);
  const translation = request.translation?.trim() ? intakeSide(request.translation, 'translation', limits) : [];
  return { title: intakeTitle(request.title, source), source, translation };
}

/** Checked, segmented and aligned: everything an import computes before it stores the document. */
export function prepareImport(request: ImportText, limits: ImportLimits, lexicon: Map<string, string[]>): PreparedImport {
  const prepared = prepareDocument(request, limits);
  const source = prepared.source.map((p) => p.sentences);
  const translation = prepared.translation.map((p) => p.sentences);
  const chapters = request.chapters;
  // Chapters are used only when the intake kept every paragraph as it was read, so their indices still hold.
  const byChapters =
    chapters && chapters.source.length > 1 && chapters.translation.length > 1 && chapters.sourceParagraphs === source.length && chapters.translationParagraphs === translation.length;
  const alignment =
    translation.length === 0
      ? untranslated(prepared.source)
      : byChapters
        ? alignByChapters(source, translation, { source: chapters.source, target: chapters.translation }, { lexicon })
        : alignDocument(source, translation, { lexicon, times: paragraphTimes(request.times, source.length, translation.length) });
  return {
    ...prepared,
    alignment,
    sourceRoots: prepared.source.flatMap((p) => p.sentences.map(rootText)),
    translationRoots: prepared.translation.flatMap((p) => p.sentences.map(stemText)),
  };
}

/** The blocks' times as the paragraphs' times, when the intake kept every block as one paragraph, so their indices still hold. */
function paragraphTimes(times: BlockTimes | undefined, sourceParagraphs: number, translationParagraphs: number): SideTimes | undefined {
  if (!times || times.source.length !== sourceParagraphs || times.translation.length !== translationParagraphs) return undefined;
  return { source: times.source, target: times.translation };
}

/** Without a translation every unit stands alone: still one link per unit, so the reader needs no special case. */
function untranslated(source: SegmentedParagraph[]): DocumentAlignment {
  const sentenceCount = source.reduce((n, p) => n + p.sentences.length, 0);
  return {
    paragraphs: source.map((_, i) => ({ source: [i], target: [], confidence: 1 })),
    sentences: Array.from({ length: sentenceCount }, (_, i) => ({ source: [i], target: [], confidence: 1 })),
  };
}
