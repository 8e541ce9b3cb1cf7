import { alignDocument } from '../core/align/index';
import type { SegmentedParagraph } from '../core/text/index';
import type { Visibility } from '../core/model';
import { alignmentLexicon } from '../glossary/alignment-lexicon';
import type { Db } from '../store/database';
import { insertDocument } from '../store/documents';
import { checkSize, intakeOptionalLine, intakeSide, intakeTitle, type ImportLimits } from './intake';

export type { ImportLimits } from './intake';

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

/** A document after checking and segmenting, before anything is stored. */
export interface PreparedDocument {
  title: string;
  source: SegmentedParagraph[];
  translation: SegmentedParagraph[];
}

/** Checks and segments the input through the one intake; throws InputError before anything is stored. */
export function prepareDocument(request: ImportRequest, limits: ImportLimits): PreparedDocument {
  checkSize(request.source, 'source', limits);
  if (request.translation) checkSize(request.translation, 'translation', limits);
  const source = intakeSide(request.source, 'source', limits);
  const translation = request.translation?.trim() ? intakeSide(request.translation, 'translation', limits) : [];
  return { title: intakeTitle(request.title, source), source, translation };
}

/** Without a translation every unit stands alone: still one link per unit, so the reader needs no special case. */
function untranslated(source: SegmentedParagraph[]) {
  const sentenceCount = source.reduce((n, p) => n + p.sentences.length, 0);
  return {
    paragraphs: source.map((_, i) => ({ source: [i], target: [], confidence: 1 })),
    sentences: Array.from({ length: sentenceCount }, (_, i) => ({ source: [i], target: [], confidence: 1 })),
  };
}

/** Import: intake → segment → align → store. Returns the new document's id. */
export async function importDocument(db: Db, request: ImportRequest, limits: ImportLimits): Promise<number> {
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
    titleEn: intakeOptionalLine(request.titleEn),
    sourceName: intakeOptionalLine(request.sourceName),
    sourceUrl: intakeOptionalLine(request.sourceUrl),
    translationNote: intakeOptionalLine(request.translationNote),
    visibility: request.visibility ?? 'public',
    createdBy: request.createdBy ?? null,
    source: prepared.source,
    translation: prepared.translation,
    translationOrigin: 'human',
    paragraphLinks: alignment.paragraphs,
    sentenceLinks: alignment.sentences,
  });
}
