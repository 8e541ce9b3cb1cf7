import { alignDocument } from '../core/align/index';
import { alignmentLexicon } from '../store/alignment-lexicon';
import { normalizeText, segmentDocument, type SegmentedParagraph } from '../core/text/index';
import type { Db } from '../store/database';
import type { Visibility } from '../store/schema';
import { insertDocument } from '../store/documents';
import { withoutControlCharacters } from './control-characters';
import { InputError } from './input-error';

export interface ImportRequest {
  title?: string;
  titleEn?: string | null;
  source: string;
  translation?: string | null;
  sourceName?: string | null;
  sourceUrl?: string | null;
  translationNote?: string | null;
  visibility?: Visibility;
  createdBy?: number | null;
}

export interface ImportLimits {
  maxDocumentBytes: number;
  /** Most paragraphs on either side; unlimited when absent. */
  maxParagraphs?: number;
}

const MAX_TITLE_LENGTH = 300;
const DERIVED_TITLE_LENGTH = 80;

/** A document after checking and segmenting, before anything is stored. */
export interface PreparedDocument {
  title: string;
  source: SegmentedParagraph[];
  translation: SegmentedParagraph[];
}

/** Checks and segments the input; throws InputError before anything is stored. */
export function prepareDocument(request: ImportRequest, limits: ImportLimits): PreparedDocument {
  checkSize(request.source, 'source', limits);
  if (request.translation) checkSize(request.translation, 'translation', limits);

  const source = segmentDocument(request.source, 'id');
  if (source.length === 0) {
    throw new InputError('source_empty', 'The Indonesian text is empty.', 'source');
  }
  checkParagraphCount(source.length, 'source', limits);
  const translation = request.translation ? segmentDocument(request.translation, 'en') : [];
  checkParagraphCount(translation.length, 'translation', limits);

  const title = normalizeText(request.title ?? '').replace(/\s+/g, ' ').trim() || deriveTitle(source);
  if (title.length > MAX_TITLE_LENGTH) {
    throw new InputError('title_too_long', `The title is longer than ${MAX_TITLE_LENGTH} characters.`, 'title', {
      max: MAX_TITLE_LENGTH,
    });
  }
  return { title, source, translation };
}

function checkSize(text: string, field: 'source' | 'translation', limits: ImportLimits) {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxDocumentBytes) {
    const code = field === 'source' ? 'source_too_large' : 'translation_too_large';
    throw new InputError(code, `The text is larger than the limit of ${limits.maxDocumentBytes} bytes.`, field, {
      max: limits.maxDocumentBytes,
    });
  }
}

function checkParagraphCount(count: number, field: 'source' | 'translation', limits: ImportLimits) {
  if (limits.maxParagraphs !== undefined && count > limits.maxParagraphs) {
    throw new InputError('too_many_paragraphs', `The text has more than ${limits.maxParagraphs} paragraphs.`, field, {
      max: limits.maxParagraphs,
      count,
    });
  }
}

/** Untitled documents are named after the start of their first paragraph. */
function deriveTitle(source: SegmentedParagraph[]): string {
  const first = source[0].sentences[0] ?? source[0].text;
  if (first.length <= DERIVED_TITLE_LENGTH) return first;
  const cut = first.slice(0, DERIVED_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : DERIVED_TITLE_LENGTH)}…`;
}

/** Without a translation every unit stands alone: still one link per unit, so the reader needs no special case. */
function untranslated(source: SegmentedParagraph[]) {
  const sentenceCount = source.reduce((n, p) => n + p.sentences.length, 0);
  return {
    paragraphs: source.map((_, i) => ({ source: [i], target: [], confidence: 1 })),
    sentences: Array.from({ length: sentenceCount }, (_, i) => ({ source: [i], target: [], confidence: 1 })),
  };
}

/** Import: check → segment → align → store. Returns the new document's id. */
export async function importDocument(db: Db, raw: ImportRequest, limits: ImportLimits): Promise<number> {
  const request = withoutControlCharacters(raw);
  const prepared = prepareDocument(request, limits);
  const alignment =
    prepared.translation.length > 0
      ? alignDocument(
          prepared.source.map((p) => p.sentences),
          prepared.translation.map((p) => p.sentences),
          { lexicon: await alignmentLexicon(db) },
        )
      : untranslated(prepared.source);

  return insertDocument(db, {
    title: prepared.title,
    titleEn: request.titleEn?.trim() || null,
    sourceName: request.sourceName ?? null,
    sourceUrl: request.sourceUrl ?? null,
    translationNote: request.translationNote ?? null,
    visibility: request.visibility ?? 'public',
    createdBy: request.createdBy ?? null,
    source: prepared.source,
    translation: prepared.translation,
    translationOrigin: 'human',
    paragraphLinks: alignment.paragraphs,
    sentenceLinks: alignment.sentences,
  });
}
