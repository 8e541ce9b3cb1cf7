import type { Request, RequestHandler, Response } from 'express';
import type { ImportError } from '../../core/glossary/index';
import { InputError } from '../../import/input-error';
import type { Db } from '../../store/database';
import { GlossaryChangeError, importTerms } from '../../store/glossary';
import type { Config } from '../../config';
import type { Translate } from '../i18n';
import { parseGlossaryFile, readFormat, type GlossaryFormat } from './files';

export interface ImportOutcome {
  status: number;
  code: string;
  message: string;
  added: number;
  updated: number;
  /** Every problem found in the file, with its line where known. */
  errors: ImportError[];
}

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  format: GlossaryFormat | null;
  documentId: number | null;
}

function refused(status: number, code: string, message: string, errors: ImportError[] = []): ImportOutcome {
  return { status, code, message, added: 0, updated: 0, errors };
}

/** Parses the whole file and stores it in one transaction, or stores nothing and says why. */
export async function importGlossaryBytes(db: Db, input: ImportInput, maxChars: number, author: string | null, t: Translate): Promise<ImportOutcome> {
  let parsed;
  try {
    parsed = parseGlossaryFile(input.bytes, input.format, input.fileName, maxChars, input.documentId);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return refused(400, err.code, t(`errors:${err.code}`, { ...err.params, defaultValue: err.message }));
  }
  if (!parsed.ok) return refused(400, 'invalid_glossary_file', t('glossary:import.invalid', { count: parsed.errors.length }), parsed.errors);
  try {
    const { added, updated } = await importTerms(db, parsed.terms, author);
    return { status: 200, code: 'imported', message: t('glossary:import.done', { added, updated }), added, updated, errors: [] };
  } catch (err) {
    if (!(err instanceof GlossaryChangeError)) throw err;
    return refused(400, err.code, t(`glossary:error.${err.code}`));
  }
}

function runUpload(upload: RequestHandler, req: Request, res: Response): Promise<unknown> {
  return new Promise((resolve) => upload(req, res, (err: unknown) => resolve(err ?? null)));
}

export function readDocumentId(value: unknown): number | null | undefined {
  if (value === undefined || value === '' || value === 'general') return null;
  return typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined;
}

/** The glossary page's upload form: a file, its format (or its name says it) and the scope. */
export async function importUploadedGlossary(
  req: Request,
  res: Response,
  upload: RequestHandler,
  db: Db,
  config: Config,
  t: Translate,
  author: string | null,
  formatOf: (body: Record<string, unknown>) => GlossaryFormat | null,
): Promise<ImportOutcome> {
  const uploadError = (await runUpload(upload, req, res)) as { code?: string } | null;
  if (uploadError?.code === 'LIMIT_FILE_SIZE') return refused(413, 'too_large', t('glossary:import.tooLarge', { limit: Math.round(config.maxGlossaryBytes / 1024) }));
  if (uploadError) return refused(400, 'bad_upload', t('glossary:import.badUpload'));
  const body = (req.body ?? {}) as Record<string, unknown>;
  const file = req.file;
  if (!file || file.size === 0) return refused(400, 'no_file', t('glossary:import.noFile'));
  const documentId = readDocumentId(body.documentId);
  if (documentId === undefined) return refused(400, 'unknown_document', t('glossary:error.unknown_document'));
  const format = formatOf(body) ?? readFormat(undefined, file.originalname);
  return importGlossaryBytes(db, { bytes: file.buffer, fileName: file.originalname, format, documentId }, config.maxGlossaryBytes, author, t);
}
