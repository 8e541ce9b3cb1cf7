import type { Request } from 'express';
import { uploadedFile } from '../uploads';
import type { FilesImportRequest, GivenSide } from '../../import/import-files';

export interface DocumentFormValues {
  title: string;
  title_en: string;
  source_text: string;
  translation_text: string;
  visibility: 'public' | 'private';
  /** Plain text keeps its lines as paragraphs (no rejoining of hard-wrapped lines). */
  keep_lines: boolean;
  /** Import although a side reads as the other language. */
  confirm_language: boolean;
  /** Without English: pre-fill the library's exact memory matches as drafts. */
  prefill_memory: boolean;
}

export const emptyForm: DocumentFormValues = {
  title: '',
  title_en: '',
  source_text: '',
  translation_text: '',
  visibility: 'public',
  keep_lines: false,
  confirm_language: false,
  prefill_memory: false,
};

export function formValues(body: unknown): DocumentFormValues {
  const b = (body ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    title: str(b.title),
    title_en: str(b.title_en),
    source_text: str(b.source_text),
    translation_text: str(b.translation_text),
    visibility: b.visibility === 'private' ? 'private' : 'public',
    keep_lines: b.keep_lines === '1',
    confirm_language: b.confirm_language === '1',
    prefill_memory: b.prefill_memory === '1',
  };
}

/** An uploaded file (of any format import/formats reads) wins over pasted text for the same language. */
export function givenSide(req: Request, field: string, pasted: string): GivenSide {
  const file = uploadedFile(req, field);
  return file ? { file: { bytes: file.buffer, name: file.originalname } } : { text: pasted };
}

export function importRequestFromForm(values: DocumentFormValues, req: Request): FilesImportRequest {
  const translation = givenSide(req, 'translation_file', values.translation_text);
  return {
    title: values.title,
    titleEn: values.title_en,
    source: givenSide(req, 'source_file', values.source_text),
    translation: 'text' in translation && !translation.text.trim() ? null : translation,
    visibility: values.visibility,
    keepLines: values.keep_lines,
    confirmLanguage: values.confirm_language,
    prefillFromMemory: values.prefill_memory,
  };
}
