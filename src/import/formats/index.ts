import { DEFAULT_FILE_LIMITS, FormatError, type FormatName, type ReadDocument, type ReadOptions } from './blocks';
import { readDocx } from './docx';
import { readEpub } from './epub';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { readPdf } from './pdf';
import { readSubtitles } from './subtitles';
import { readPlainText } from './text';
import { isZip, unpackEntries } from './zip';

export { FormatError, DEFAULT_FILE_LIMITS, blocksToText, type FileLimits, type Block, type FormatName, type ReadDocument, type ReadOptions } from './blocks';
export { formatCueTime } from './subtitles';

/** A file as it arrives: its bytes, its name (which only hints at the format) and which side it is. */
export interface FileInput {
  bytes: Uint8Array;
  name: string;
  field: string;
  options?: ReadOptions;
}

const EXTENSIONS: Record<string, FormatName> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html',
  docx: 'docx', epub: 'epub', pdf: 'pdf', srt: 'srt', vtt: 'vtt',
};

/**
 * Which format a file is in. The content decides where it can: a PDF by its
 * signature, a ZIP by what it holds (an EPUB's `mimetype`, a Word file's
 * `word/document.xml`), WebVTT by its header, SubRip by its first cue; the
 * name's extension decides between the text formats (Markdown, HTML).
 */
export function detectFormat(bytes: Uint8Array, name: string, field: string, limits = DEFAULT_FILE_LIMITS): FormatName {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-') || (head.includes('%PDF-') && head.indexOf('%PDF-') < 1024)) return 'pdf';
  const ext = EXTENSIONS[name.toLowerCase().split('.').pop() ?? ''];
  if (isZip(bytes)) {
    if (ext === 'epub' || ext === 'docx') return ext;
    const entries = unpackEntries(bytes, (n) => n === 'mimetype', field, name, limits);
    const mimetype = new TextDecoder().decode(entries.get('mimetype') ?? new Uint8Array());
    if (mimetype.trim() === 'application/epub+zip') return 'epub';
    return 'docx';
  }
  const text = head.replace(/^\uFEFF|^ï»¿/, '');
  if (/^WEBVTT/.test(text)) return 'vtt';
  if (/^\s*\d+\s*\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s*-->/.test(text)) return 'srt';
  if (ext) return ext;
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) return 'html';
  return 'text';
}

/** A file of any known format read into blocks; refusals are FormatErrors (or the intake's InputErrors) naming the field. */
export async function readFile(input: FileInput): Promise<ReadDocument> {
  try {
    return await readFormat(input);
  } catch (err) {
    // Markup nested thousands deep (a hostile page or book) outruns the readers' stack: a refusal, not a fault.
    if (err instanceof RangeError) {
      throw new FormatError('too_deeply_nested', `${input.name} is nested too deeply to read.`, input.field, { file: input.name });
    }
    throw err;
  }
}

async function readFormat(input: FileInput): Promise<ReadDocument> {
  const { bytes, name, field } = input;
  const limits = input.options?.limits ?? DEFAULT_FILE_LIMITS;
  const format = detectFormat(bytes, name, field, limits);
  switch (format) {
    case 'pdf':
      return readPdf(bytes, field, name, limits);
    case 'epub':
      return readEpub(bytes, field, name, limits);
    case 'docx':
      return readDocx(bytes, field, name, limits);
    case 'html':
      return readHtml(bytes, field, name);
    case 'markdown':
      return readMarkdown(bytes, field, name);
    case 'srt':
    case 'vtt':
      return readSubtitles(bytes, field, name, format, limits);
    case 'text':
      return readPlainText(bytes, field, name, input.options?.keepLines);
    default:
      throw new FormatError('unknown_format', `${name} is in a format Sejajar does not read.`, field, { file: name });
  }
}
