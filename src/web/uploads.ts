import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';

/**
 * One uploaded file (with a few text fields) held in memory, refused over
 * `maxBytes`. Multipart bodies are read after the CSRF check, so their forms
 * carry the token in the action URL as well.
 */
export function singleFileUpload(maxBytes: number, field: string): RequestHandler {
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, fieldSize: maxBytes, files: 1, fields: 6, parts: 8 },
  }).single(field);
}

/** Runs an upload handler as a promise, so the route can re-render its form when it fails. */
export function runUpload(handler: RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => handler(req, res, (err: unknown) => (err ? reject(err) : resolve())));
}

/** A text field of a parsed form, or '' when it is missing or repeated. */
export function formField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}
