import type { Request, Response } from 'express';
import multer from 'multer';
import { decodeTextFile } from '../../import/decode';
import type { ImportRequest } from '../../import/import-document';

export interface DocumentFormValues {
  title: string;
  title_en: string;
  source_text: string;
  translation_text: string;
  visibility: 'public' | 'private';
}

export const emptyForm: DocumentFormValues = { title: '', title_en: '', source_text: '', translation_text: '', visibility: 'public' };

/** Accepts the new-document form: pasted text fields and up to two .txt uploads, all in memory. */
export function documentUpload(maxDocumentBytes: number) {
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxDocumentBytes, fieldSize: maxDocumentBytes, files: 2, fields: 8, parts: 10 },
  }).fields([
    { name: 'source_file', maxCount: 1 },
    { name: 'translation_file', maxCount: 1 },
  ]);
}

/** Runs multer as a promise so the route can re-render the form when it fails. */
export function parseUpload(handler: ReturnType<typeof documentUpload>, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => handler(req, res, (err: unknown) => (err ? reject(err) : resolve())));
}

export function formValues(body: unknown): DocumentFormValues {
  const b = (body ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    title: str(b.title),
    title_en: str(b.title_en),
    source_text: str(b.source_text),
    translation_text: str(b.translation_text),
    visibility: b.visibility === 'private' ? 'private' : 'public',
  };
}

type UploadedFiles = Record<string, Express.Multer.File[] | undefined>;

function uploadedText(files: UploadedFiles, field: string): string | undefined {
  const file = files[field]?.[0];
  if (!file || file.size === 0) return undefined;
  return decodeTextFile(file.buffer, field, file.originalname);
}

/** An uploaded file wins over pasted text for the same language. */
export function importRequestFromForm(values: DocumentFormValues, files: unknown): ImportRequest {
  const uploads = (files ?? {}) as UploadedFiles;
  const source = uploadedText(uploads, 'source_file') ?? values.source_text;
  const translation = uploadedText(uploads, 'translation_file') ?? values.translation_text;
  return {
    title: values.title,
    titleEn: values.title_en,
    source,
    translation: translation.trim() ? translation : null,
    visibility: values.visibility,
  };
}
