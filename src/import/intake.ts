import { normalizeLine, segmentDocument, type SegmentedParagraph } from '../core/text/index';
import { InputError } from './input-error';

/** What every entry point of text shares: the size of one side and how many paragraphs it may have. */
export interface ImportLimits {
  maxDocumentBytes: number;
  /** Most paragraphs on either side; unlimited when absent. */
  maxParagraphs?: number;
}

export type TextSide = 'source' | 'translation';

export const MAX_TITLE_LENGTH = 300;
const DERIVED_TITLE_LENGTH = 80;

/** Refuses a side larger than the limit before any work is spent on it. */
export function checkSize(text: string, side: TextSide, limits: ImportLimits): void {
  // Cheap bound first: UTF-8 takes at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= limits.maxDocumentBytes) return;
  if (Buffer.byteLength(text, 'utf8') > limits.maxDocumentBytes) {
    const code = side === 'source' ? 'source_too_large' : 'translation_too_large';
    throw new InputError(code, `The text is larger than the limit of ${limits.maxDocumentBytes} bytes.`, side, {
      max: limits.maxDocumentBytes,
    });
  }
}

export function checkParagraphCount(count: number, side: TextSide, limits: ImportLimits): void {
  if (limits.maxParagraphs !== undefined && count > limits.maxParagraphs) {
    throw new InputError('too_many_paragraphs', `The text has more than ${limits.maxParagraphs} paragraphs.`, side, {
      max: limits.maxParagraphs,
      count,
    });
  }
}

/**
 * One side of a document as it enters: checked for size, cleaned by the one
 * intake (inside segmentation), split into paragraphs and sentences, checked
 * for paragraph count. An empty side is refused.
 */
export function intakeSide(text: string, side: TextSide, limits: ImportLimits): SegmentedParagraph[] {
  checkSize(text, side, limits);
  const paragraphs = segmentDocument(text, side === 'source' ? 'id' : 'en');
  if (paragraphs.length === 0) {
    throw side === 'source'
      ? new InputError('source_empty', 'The Indonesian text is empty.', 'source')
      : new InputError('translation_empty', 'The English text is empty.', 'translation');
  }
  checkParagraphCount(paragraphs.length, side, limits);
  return paragraphs;
}

/** Checks a side that is already split into paragraphs (a TMX file, say) against the same limits. */
export function checkParagraphs(paragraphs: readonly SegmentedParagraph[], side: TextSide, limits: ImportLimits): void {
  checkParagraphCount(paragraphs.length, side, limits);
  let bytes = 0;
  for (const p of paragraphs) bytes += Buffer.byteLength(p.text, 'utf8') + 2;
  if (bytes > limits.maxDocumentBytes) {
    const code = side === 'source' ? 'source_too_large' : 'translation_too_large';
    throw new InputError(code, `The text is larger than the limit of ${limits.maxDocumentBytes} bytes.`, side, { max: limits.maxDocumentBytes });
  }
}

/** An optional one-line field (English title, source name, note) through the intake; empty becomes null. */
export function intakeOptionalLine(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  return normalizeLine(value) || null;
}

/** The title rule for every import: cleaned, at most 300 characters, or derived from the first sentence. */
export function intakeTitle(raw: string | null | undefined, source: readonly SegmentedParagraph[]): string {
  const title = normalizeLine(raw ?? '') || deriveTitle(source);
  if (title.length > MAX_TITLE_LENGTH) {
    throw new InputError('title_too_long', `The title is longer than ${MAX_TITLE_LENGTH} characters.`, 'title', {
      max: MAX_TITLE_LENGTH,
    });
  }
  return title;
}

/** Untitled documents are named after the start of their first paragraph. */
function deriveTitle(source: readonly SegmentedParagraph[]): string {
  const first = normalizeLine(source[0]?.sentences[0] ?? source[0]?.text ?? '');
  if (first.length <= DERIVED_TITLE_LENGTH) return first;
  const cut = first.slice(0, DERIVED_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : DERIVED_TITLE_LENGTH)}…`;
}
