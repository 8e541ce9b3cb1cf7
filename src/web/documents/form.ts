import type { Request } from 'express';
import { uploadedFile } from '../uploads';
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

function uploadedText(req: Request, field: string): string | undefined {
  const file = uploadedFile(req, field);
  return file && decodeTextFile(file.buffer, field, file.originalname);
}

/** An uploaded file wins over pasted text for the same language. */
export function importRequestFromForm(values: DocumentFormValues, req: Request): ImportRequest {
  const source = uploadedText(req, 'source_file') ?? values.source_text;
  const translation = uploadedText(req, 'translation_file') ?? values.translation_text;
  return {
    title: values.title,
    titleEn: values.title_en,
    source,
    translation: translation.trim() ? translation : null,
    visibility: values.visibility,
  };
}
