import type { Request, Response } from 'express';
import { fileUpload, runUpload, uploadedFile } from '../uploads';
import { glossaryFileTooLarge, unreadableUpload } from '../../core/glossary/errors';

export interface Upload {
  bytes: Uint8Array;
  fileName: string;
  /** The form's other fields (format, scope). */
  fields: Record<string, unknown>;
}

/**
 * Reads a multipart glossary upload: one file and a few fields. A file over the limit and an
 * upload that cannot be read become the glossary's own errors, so both routers answer alike.
 */
export function glossaryUpload(maxBytes: number): (req: Request, res: Response) => Promise<Upload> {
  const upload = fileUpload(maxBytes, ['file']);
  return async (req, res) => {
    try {
      await runUpload(upload, req, res);
    } catch (err) {
      throw (err as { code?: string }).code === 'LIMIT_FILE_SIZE' ? glossaryFileTooLarge(maxBytes) : unreadableUpload();
    }
    const file = uploadedFile(req, 'file');
    return { bytes: file?.buffer ?? new Uint8Array(), fileName: file?.originalname ?? '', fields: (req.body ?? {}) as Record<string, unknown> };
  };
}
