import { DomainError, type ErrorParams } from '../../core/errors';

/**
 * What every format reader yields: the text's blocks in reading order, with
 * the structure a reader of the original would see (headings, subtitle cue
 * times, chapters), and what the format keeps apart from the running text
 * (footnotes). Blocks become paragraphs of one side of a document.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'cue'; start: number; end: number; text: string };

export type FormatName = 'text' | 'markdown' | 'html' | 'docx' | 'epub' | 'pdf' | 'srt' | 'vtt';

export interface ReadDocument {
  format: FormatName;
  blocks: Block[];
  /** Index of the first block of each chapter (EPUB spine items); [0] or [] for a document without chapters. */
  chapters: number[];
  /** Footnotes and endnotes, kept apart from the running text. */
  notes: string[];
  /** The title the file names for itself, when it names one. */
  title: string | null;
}

export interface ReadOptions {
  /** Plain text only: every line is a paragraph, even where the text looks hard-wrapped. */
  keepLines?: boolean;
  /** What the file may hold; DEFAULT_FILE_LIMITS when absent. */
  limits?: FileLimits;
}

/**
 * Limits of what a file may hold, beside the text limits of the intake
 * (src/import/intake.ts). Settings (src/config.ts); these are the defaults.
 */
export interface FileLimits {
  /** Largest PDF, EPUB, Word file or web page, in bytes (a text file has the text limit). */
  readonly maxFileBytes: number;
  /** Most pages of a PDF. */
  readonly maxPages: number;
  /** Most entries in an EPUB or DOCX archive. */
  readonly maxEntries: number;
  /** Most bytes the read entries of an archive (text and markup only) may unpack to, together. */
  readonly maxUnpackedBytes: number;
  /** Most subtitle cues. */
  readonly maxCues: number;
}

/** The defaults: a file twice the default text limit (fonts and markup beside the text), an archive's text eight times it. */
export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 4 * 1024 * 1024,
  maxPages: 2000,
  maxEntries: 5000,
  maxUnpackedBytes: 16 * 1024 * 1024,
  maxCues: 20000,
};

export type FormatErrorCode =
  | 'unknown_format'
  | 'file_too_large'
  | 'broken_archive'
  | 'archive_too_large'
  | 'too_many_entries'
  | 'broken_pdf'
  | 'pdf_no_text'
  | 'pdf_encrypted'
  | 'too_many_pages'
  | 'broken_epub'
  | 'broken_docx'
  | 'no_article'
  | 'broken_subtitles'
  | 'too_many_cues'
  | 'mixed_encoding'
  | 'too_deeply_nested'
  | 'not_utf8'
  | 'binary_file'
  | 'source_looks_english'
  | 'translation_looks_indonesian'
  | 'sides_swapped';

const TOO_LARGE: ReadonlySet<FormatErrorCode> = new Set(['file_too_large', 'archive_too_large', 'too_many_entries', 'too_many_pages', 'too_many_cues']);

/** A file refused at reading: its message lives in the `formats` namespace. */
export class FormatError extends DomainError {
  constructor(code: FormatErrorCode, message: string, field: string, params: ErrorParams = {}) {
    super(TOO_LARGE.has(code) ? 'too_large' : 'invalid', code, message, params, field);
    this.name = 'FormatError';
  }

  override get messageKey(): string {
    return `formats:${this.code}`;
  }
}

/** Whitespace runs (including non-breaking spaces and line breaks inside a block) become one space. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Blocks with text, squeezed; empty blocks dropped. */
export function cleanBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const text = squeeze(block.text);
    if (text) out.push({ ...block, text });
  }
  return out;
}

/**
 * The blocks as the text the intake reads: one paragraph per block, blank
 * lines between, so a block is never split and lines never merge.
 */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

export function documentOf(format: FormatName, blocks: Block[], extra: Partial<Omit<ReadDocument, 'format' | 'blocks'>> = {}): ReadDocument {
  const notes = (extra.notes ?? []).map(squeeze).filter(Boolean);
  return { format, blocks: cleanBlocks(blocks), chapters: extra.chapters ?? [], notes, title: squeeze(extra.title ?? '') || null };
}
