import type { Request, Response } from 'express';
import multer from 'multer';
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
  const single = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 4 } }).single('file');
  return (req, res) =>
    new Promise((resolve, reject) => {
      single(req, res, (err: unknown) => {
        if (err) return reject((err as { code?: string }).code === 'LIMIT_FILE_SIZE' ? glossaryFileTooLarge(maxBytes) : unreadableUpload());
        const fields = (req.body ?? {}) as Record<string, unknown>;
        resolve({ bytes: req.file?.buffer ?? new Uint8Array(), fileName: req.file?.originalname ?? '', fields });
      });
    });
}
