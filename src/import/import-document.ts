import type { ParagraphStructure, Visibility } from '../core/model';
import { chapterOfParagraphs, structureOfParagraphs } from '../core/text/structure';
import { inlineCompute, type Compute } from '../compute/compute';
import { alignmentLexicon } from '../glossary/alignment-lexicon';
import { memoryDraftSide } from '../memory/drafts';
import type { Db } from '../store/database';
import { mergePendingEntries } from '../store/dialect';
import { insertDocument, type ParagraphInput } from '../store/documents';
import { checkSize, intakeOptionalLine, type ImportLimits } from './intake';
import type { BlockTimes, BookChapters, PreparedDocument } from './prepare';

export type { ImportLimits } from './intake';
export { prepareDocument, type PreparedDocument } from './prepare';

export interface ImportRequest {
  title?: string;
  titleEn?: string | null;
  source: string;
  translation?: string | null;
  /** Two books: where each side's chapters begin (prepare.ts). */
  chapters?: BookChapters;
  /** Subtitles: when each block of each side is shown, alignment evidence (prepare.ts). */
  times?: BlockTimes;
  /** What each block of each side was, as the format reader found it (heading, cue, body), with its text: kept on the paragraphs made from them. */
  structure?: { source: StructuredText[]; translation: StructuredText[] };
  sourceName?: string | null;
  sourceUrl?: string | null;
  translationNote?: string | null;
  visibility?: Visibility;
  createdBy?: number | null;
  /** Without a translation: pre-fill the library's exact matches as drafts (memory/drafts.ts). Ignored when English is given. */
  prefillFromMemory?: boolean;
}

/**
 * Import: intake → segment → align (on `compute`: a worker thread for a
 * large document) → store, in one transaction. Returns the new document's id.
 */
export async function importDocument(db: Db, request: ImportRequest, limits: ImportLimits, compute: Compute = inlineCompute): Promise<number> {
  // Oversized text is refused here, before it is copied to a worker.
  checkSize(request.source, 'source', limits);
  if (request.translation) checkSize(request.translation, 'translation', limits);
  const translated = Boolean(request.translation?.trim());
  const prepared = await compute.run('prepareImport', {
    request: { title: request.title, source: request.source, translation: request.translation, chapters: request.chapters, times: request.times },
    limits: { maxDocumentBytes: limits.maxDocumentBytes, maxParagraphs: limits.maxParagraphs },
    lexicon: translated ? await alignmentLexicon(db) : new Map(),
  });

  const visibility = request.visibility ?? 'public';
  // English a person gives is the translation: memory fills in only where there is none.
  const drafts = request.prefillFromMemory && !translated ? await memoryDraftSide(db, prepared.source, visibility) : null;
  const id = await insertDocument(db, {
    title: prepared.title,
    titleEn: intakeOptionalLine(request.titleEn),
    sourceName: intakeOptionalLine(request.sourceName),
    sourceUrl: intakeOptionalLine(request.sourceUrl),
    translationNote: intakeOptionalLine(request.translationNote),
    visibility,
    createdBy: request.createdBy ?? null,
    source: withStructure(prepared.source, request.structure?.source),
    translation: drafts?.translation ?? withStructure(prepared.translation, request.structure?.translation),
    translationOrigin: drafts ? 'memory' : 'human',
    paragraphLinks: drafts?.paragraphLinks ?? prepared.alignment.paragraphs,
    sentenceLinks: drafts?.sentenceLinks ?? prepared.alignment.sentences,
    sourceRoots: prepared.sourceRoots,
    // The memory's English is not the English the worker stemmed: the writer works its stems out.
    translationRoots: drafts ? undefined : prepared.translationRoots,
  });
  // Part of the import's time: the search index takes the document's rows in one merge (dialect.ts).
  await mergePendingEntries(db, 'sentences_search');
  return id;
}

export interface StructuredText {
  text: string;
  structure: ParagraphStructure;
  /** The chapter of its side the block is in (0 first); null or absent where the side has none. */
  chapter?: number | null;
}

function withStructure(paragraphs: PreparedDocument['source'], blocks: StructuredText[] | undefined): ParagraphInput[] {
  if (!blocks?.length) return paragraphs;
  const texts = paragraphs.map((p) => p.text);
  const structures = structureOfParagraphs(texts, blocks);
  const chapters = chapterOfParagraphs(texts, blocks);
  return paragraphs.map((p, i) => ({ ...p, structure: structures[i], chapter: chapters[i] }));
}
