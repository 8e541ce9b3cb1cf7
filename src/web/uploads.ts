import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';

/**
 * The one multipart set-up: the named file fields (one file each) and a few
 * text fields, held in memory, each file and field refused over `maxBytes`.
 * Multipart bodies are read after the CSRF check, so their forms carry the
 * token in the action URL as well.
 */
export function fileUpload(maxBytes: number, fileFields: readonly string[]): RequestHandler {
  const files = fileFields.length;
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, fieldSize: maxBytes, files, fields: 8, parts: 8 + files },
  }).fields(fileFields.map((name) => ({ name, maxCount: 1 })));
}

/** Runs an upload handler as a promise, so the route can re-render its form when it fails. */
export function runUpload(handler: RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => handler(req, res, (err: unknown) => (err ? reject(err) : resolve())));
}

/** The file sent in `field`, if a non-empty one was. */
export function uploadedFile(req: Request, field: string): Express.Multer.File | undefined {
  const file = (req.files as Record<string, Express.Multer.File[] | undefined> | undefined)?.[field]?.[0];
  return file && file.size > 0 ? file : undefined;
}

/** A text field of a parsed form, or '' when it is missing or repeated. */
export function formField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}
