/**
 * Glossary files in and out (CSV and TBX-Basic): the format from the name or the content, the
 * whole file checked by the same term rules as the form before anything is stored, and the
 * download of the terms the viewer may see.
 */
import { inlineCompute, type Compute } from '../compute/compute';
import { GlossaryChangeError, GlossaryFileError, serializeGlossaryCsv, serializeTbx } from '../core/glossary/index';
import { glossaryFileTooLarge, noGlossaryFile } from '../core/glossary/errors';
import { parseId, type Viewer } from '../core/model';
import type { Db } from '../store/database';
import { importTerms, type ImportSummary } from '../store/glossary';
import type { GlossaryFormat } from './read-file';
import { checkScope, findTerms, requireEditor, type TermQuery } from './terms';

export type { GlossaryFormat } from './read-file';

/** A chosen format; `null` when none was chosen (then the name or the content decides). Anything else is not a format. */
export function readFormat(value: unknown): GlossaryFormat | null | undefined {
  if (value === 'csv' || value === 'tbx') return value;
  return value === undefined || value === '' ? null : undefined;
}

export interface GlossaryFile {
  bytes: Uint8Array;
  fileName: string;
  format: GlossaryFormat | null;
  /** The scope as sent: empty or 'general' for every document, else a document id. */
  scope: unknown;
}

/** The scope as sent: null for every document, a document id, or undefined for anything else. */
function readScope(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '' || value === 'general') return null;
  return (typeof value === 'number' ? value : parseId(value)) ?? undefined;
}

/**
 * Stores a whole file in one transaction (a term already in the scope is updated), or nothing.
 * The file is read on `compute` (a worker thread for a large one; read-file.ts).
 */
export async function importGlossaryFile(
  db: Db,
  viewer: Viewer,
  file: GlossaryFile,
  maxBytes: number,
  compute: Compute = inlineCompute,
): Promise<ImportSummary> {
  if (file.bytes.length === 0) throw noGlossaryFile();
  if (file.bytes.length > maxBytes) throw glossaryFileTooLarge(maxBytes);
  requireEditor(viewer);
  const documentId = readScope(file.scope);
  // Not an id at all: no document has it, which is said as for a missing one.
  if (documentId === undefined) throw new GlossaryChangeError('unknown_document', 'The scope is not a document id.');
  await checkScope(db, viewer, documentId);
  const read = await compute.run('readGlossaryFile', { bytes: file.bytes, fileName: file.fileName, format: file.format, maxChars: maxBytes, documentId });
  if (!read.ok) throw new GlossaryFileError(read.problems);
  return importTerms(db, read.terms, viewer.user?.name ?? null);
}

export interface GlossaryDownload {
  body: string;
  type: string;
  name: string;
}

/** The terms the viewer may see that match the query, as a file. */
export async function exportGlossary(db: Db, viewer: Viewer, query: TermQuery, format: GlossaryFormat): Promise<GlossaryDownload> {
  const terms = await findTerms(db, viewer, query);
  if (format === 'tbx') return { body: serializeTbx(terms), type: 'application/x-tbx+xml; charset=utf-8', name: 'sejajar-glossary.tbx' };
  return { body: serializeGlossaryCsv(terms), type: 'text/csv; charset=utf-8', name: 'sejajar-glossary.csv' };
}
