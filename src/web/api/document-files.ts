import type { Request, Response } from 'express';
import { fileLimit, type FilesImportLimits, type FilesImportRequest } from '../../import/import-files';
import { fileUpload, formField, runUpload } from '../uploads';
import { givenSide } from '../documents/form';

/**
 * `POST /api/documents` as multipart: `source_file` (or the text field
 * `source`), optionally `translation_file` (or `translation`), and the
 * fields `title`, `title_en`, `visibility`, `keep_lines` and
 * `confirm_language` and `prefill_memory` ("1" or "true"). The files may be in any format the
 * import reads.
 */
export async function filesRequestFromMultipart(req: Request, res: Response, limits: FilesImportLimits): Promise<FilesImportRequest> {
  await runUpload(fileUpload(fileLimit(limits), ['source_file', 'translation_file']), req, res);
  const yes = (name: string) => ['1', 'true'].includes(formField(req.body, name));
  const translation = givenSide(req, 'translation_file', formField(req.body, 'translation'));
  return {
    title: formField(req.body, 'title'),
    titleEn: formField(req.body, 'title_en'),
    source: givenSide(req, 'source_file', formField(req.body, 'source')),
    translation: 'text' in translation && !translation.text.trim() ? null : translation,
    visibility: formField(req.body, 'visibility') === 'private' ? 'private' : 'public',
    keepLines: yes('keep_lines'),
    confirmLanguage: yes('confirm_language'),
    prefillFromMemory: yes('prefill_memory'),
  };
}
