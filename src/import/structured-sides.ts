import { chapterBeginnings } from '../core/align/index';
import { structureColumns, structureOfColumns } from '../core/text/structure';
import type { StructuredText } from './import-document';
import type { BookChapters } from './prepare';

/**
 * Sides given as paragraphs with their structure, as the document API
 * answers them (`source` and `translation`: `{ text, structure, chapter }`),
 * so a document's JSON read back keeps its headings, cue times and
 * chapters. Structure the client sends is read through the stored columns'
 * rules (a level out of range is clamped, anything incomplete is body text);
 * a chapter is a whole number from 0, else none.
 */
export type GivenParagraph = { text: string; structure?: unknown; chapter?: unknown };

const MAX_CHAPTER = 100_000;

export function structuredSide(paragraphs: readonly GivenParagraph[]): StructuredText[] {
  return paragraphs.map((p) => ({ text: p.text, structure: structureOfColumns(structureColumns(readStructure(p.structure))), chapter: readChapter(p.chapter) }));
}

function readStructure(value: unknown): Parameters<typeof structureColumns>[0] {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.kind === 'heading' && typeof v.level === 'number') return { kind: 'heading', level: v.level };
  if (v.kind === 'cue' && typeof v.start === 'number' && typeof v.end === 'number' && v.end >= v.start) return { kind: 'cue', start: v.start, end: v.end };
  return undefined;
}

const readChapter = (value: unknown): number | null => (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_CHAPTER ? (value as number) : null);

/** The text the intake reads from structured paragraphs: one paragraph each, blank lines between. */
export const structuredText = (side: readonly StructuredText[]): string => side.map((p) => p.text.replace(/\s+/g, ' ').trim()).join('\n\n');

/** Where each side's chapters begin, when both sides have two or more: the book is then aligned chapter by chapter. */
export function chapterStarts(source: readonly StructuredText[], translation: readonly StructuredText[]): BookChapters | undefined {
  const starts = chapterBeginnings(source.map((p) => p.chapter), translation.map((p) => p.chapter));
  return starts && { source: starts.source, translation: starts.target, sourceParagraphs: source.length, translationParagraphs: translation.length };
}
