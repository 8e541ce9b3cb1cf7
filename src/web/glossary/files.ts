/** Glossary files in and out: the format from the request, whole-file validation, the download. */
import {
  parseGlossaryCsv,
  parseTbx,
  serializeGlossaryCsv,
  serializeTbx,
  type GlossaryTerm,
  type ImportError,
  type TermDraft,
} from '../../core/glossary/index';
import { decodeTextFile } from '../../import/decode';

export type GlossaryFormat = 'csv' | 'tbx';

export function readFormat(value: unknown, fileName = '', text = ''): GlossaryFormat | null {
  if (value === 'csv' || value === 'tbx') return value;
  if (value !== undefined && value !== '') return null;
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.(tbx|xml)$/i.test(fileName)) return 'tbx';
  return text.trimStart().startsWith('<') ? 'tbx' : 'csv';
}

export type ParsedFile = { ok: true; terms: TermDraft[] } | { ok: false; errors: ImportError[] };

/** The whole file's terms, or every problem in it; never a part of the file. */
export function parseGlossaryFile(bytes: Uint8Array, format: GlossaryFormat | null, fileName: string, maxChars: number, documentId: number | null): ParsedFile {
  const text = decodeTextFile(bytes, 'file', fileName);
  const chosen = format ?? readFormat(undefined, fileName, text);
  const options = { maxChars, documentId };
  const result = chosen === 'tbx' ? parseTbx(text, options) : parseGlossaryCsv(text, options);
  if (!result.ok) return result;
  return { ok: true, terms: result.terms.map(({ id: _id, ...term }) => term) };
}

export function exportGlossary(terms: readonly GlossaryTerm[], format: GlossaryFormat): { body: string; type: string; name: string } {
  if (format === 'tbx') return { body: serializeTbx(terms), type: 'application/x-tbx+xml; charset=utf-8', name: 'sejajar-glossary.tbx' };
  return { body: serializeGlossaryCsv(terms), type: 'text/csv; charset=utf-8', name: 'sejajar-glossary.csv' };
}
