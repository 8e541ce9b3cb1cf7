/**
 * A glossary file's bytes read into terms: decoding, the format (chosen, or
 * from the name or the content) and the same term rules as the form. Pure and
 * heavy (a 5 MB CSV or TBX takes over a second), so it runs on the compute
 * pool (compute/tasks.ts) and touches no database.
 */
import { parseGlossaryCsv, parseTbx, type TermDraft } from '../core/glossary/index';
import type { ImportError } from '../core/glossary/index';
import { decodeTextFile } from '../import/decode';

export type GlossaryFormat = 'csv' | 'tbx';

export interface GlossaryFileInput {
  bytes: Uint8Array;
  fileName: string;
  format: GlossaryFormat | null;
  /** The longest text a term may have (the glossary's upload limit). */
  maxChars: number;
  documentId: number | null;
}

/** Every term of the file, or every problem in it; never a part of the file. */
export type GlossaryFileRead = { ok: true; terms: TermDraft[] } | { ok: false; problems: ImportError[] };

export function guessFormat(fileName: string, text: string): GlossaryFormat {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.(tbx|xml)$/i.test(fileName)) return 'tbx';
  return text.trimStart().startsWith('<') ? 'tbx' : 'csv';
}

export function readGlossaryFile(input: GlossaryFileInput): GlossaryFileRead {
  const text = decodeTextFile(input.bytes, 'file', input.fileName);
  const format = input.format ?? guessFormat(input.fileName, text);
  const options = { maxChars: input.maxChars, documentId: input.documentId };
  const result = format === 'tbx' ? parseTbx(text, options) : parseGlossaryCsv(text, options);
  if (!result.ok) return { ok: false, problems: result.errors };
  return { ok: true, terms: result.terms.map(({ id: _id, ...term }) => term) };
}
