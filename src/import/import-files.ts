import { inlineCompute, type Compute } from '../compute/compute';
import { structureOfBlock } from '../core/text/structure';
import type { Db } from '../store/database';
import { DEFAULT_FILE_LIMITS, detectFormat, FormatError, type FileLimits, type FormatName, type ReadOptions } from './formats/index';
import { checkLanguages } from './formats/language';
import { importDocument, type ImportLimits, type ImportRequest, type StructuredText } from './import-document';
import { MAX_TITLE_LENGTH, type TextSide } from './intake';
import { chapterOfBlocks } from './chapters';
import type { BlockTimes } from './prepare';
import { chapterStarts } from './structured-sides';
import type { SideInput, SideRead } from './read-side';

/** One side as a person gives it: a file (any format import/formats reads) or pasted text. */
export type GivenSide = { file: { bytes: Uint8Array; name: string } } | { text: string };

export interface FilesImportRequest extends Omit<ImportRequest, 'source' | 'translation'> {
  source: GivenSide;
  translation?: GivenSide | null;
  /** Keep every line of plain text as a paragraph (no rejoining of hard-wrapped lines). */
  keepLines?: boolean;
  /** Import although a side reads as the other language. */
  confirmLanguage?: boolean;
}

/** The intake's text limits and what a file may hold (FileLimits, from the settings; the defaults when absent). */
export interface FilesImportLimits extends ImportLimits {
  fileLimits?: FileLimits;
}

/**
 * Import from files or text: each side read on `compute` (a worker thread
 * for anything large), the languages checked, then the one text import
 * (intake → segment → align → store). Nothing is stored when any step refuses.
 */
export async function importFiles(db: Db, request: FilesImportRequest, limits: FilesImportLimits, compute: Compute = inlineCompute): Promise<number> {
  const options: ReadOptions = { keepLines: request.keepLines, limits: limits.fileLimits ?? DEFAULT_FILE_LIMITS };
  const source = await readGiven(request.source, 'source', options, compute, limits);
  const translation = request.translation ? await readGiven(request.translation, 'translation', options, compute, limits) : null;
  if (!request.confirmLanguage) checkLanguages(source.languages, translation?.text.trim() ? translation.languages : null);
  return importDocument(
    db,
    {
      ...request,
      title: request.title?.trim() ? request.title : source.document.title?.slice(0, MAX_TITLE_LENGTH),
      titleEn: request.titleEn?.trim() ? request.titleEn : (translation?.document.title?.slice(0, MAX_TITLE_LENGTH) ?? null),
      source: source.text,
      translation: translation?.text.trim() ? translation.text : null,
      ...bookStructure(source, translation),
      times: translation ? cueTimes(source, translation) : undefined,
    },
    limits,
    compute,
  );
}

/** Each block's text, what it is and its chapter, for the paragraphs the intake makes of them. */
function structuredBlocks(side: SideRead): StructuredText[] {
  const chapters = chapterOfBlocks(side.document);
  return side.document.blocks.map((block, i) => ({ text: block.text, structure: structureOfBlock(block), chapter: chapters[i] }));
}

/** What each side's blocks are, and, when both sides are books of several chapters, where their chapters begin (they are then paired chapter by chapter). */
function bookStructure(source: SideRead, translation: SideRead | null): Pick<ImportRequest, 'structure' | 'chapters'> {
  const structure = { source: structuredBlocks(source), translation: translation ? structuredBlocks(translation) : [] };
  return { structure, chapters: translation ? chapterStarts(structure.source, structure.translation) : undefined };
}

/** When each block is shown, where both sides are subtitles: the aligner weighs the cues' overlap in time beside their text. */
function cueTimes(source: SideRead, translation: SideRead): BlockTimes | undefined {
  const times = (side: SideRead) => side.document.blocks.map((block) => (block.kind === 'cue' ? { start: block.start, end: block.end } : null));
  const [s, t] = [times(source), times(translation)];
  return s.some(Boolean) && t.some(Boolean) ? { source: s, translation: t } : undefined;
}

async function readGiven(given: GivenSide, side: TextSide, options: ReadOptions, compute: Compute, limits: FilesImportLimits): Promise<SideRead> {
  if ('file' in given) {
    const { bytes, name } = given.file;
    const max = fileLimit(limits, detectFormat(bytes, name, side, options.limits));
    if (bytes.length > max) throw new FormatError('file_too_large', `${name} is too large: the limit is ${max} bytes.`, side, { file: name, max });
  }
  const input: SideInput = 'file' in given ? { kind: 'file', ...given.file, side, options } : { kind: 'text', text: given.text, side, options };
  return compute.run('readSide', input);
}

const TEXT_FORMATS: ReadonlySet<FormatName> = new Set(['text', 'markdown', 'srt', 'vtt']);

/**
 * The largest file of a format: a text file is its text, so it has the text
 * limit; a PDF, EPUB, Word file or web page carries fonts and markup beside its
 * text, and may be larger (MAX_FILE_BYTES), the text read from it still within the text limit.
 */
export function fileLimit(limits: FilesImportLimits, format?: FormatName): number {
  return format && TEXT_FORMATS.has(format) ? limits.maxDocumentBytes : (limits.fileLimits ?? DEFAULT_FILE_LIMITS).maxFileBytes;
}
