import type { Request, Response } from 'express';
import { LinkEditError } from '../../core/edit/index';
import { EmptyTextError } from '../../store/segments';
import { HttpError } from '../http-error';
import { translatorFor } from '../i18n';

/** An `:id` route parameter as a positive integer, or a 404. */
export function idParam(raw: unknown, what: string): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,15}$/.test(raw)) throw new HttpError(404, 'not_found', `No such ${what}.`);
  return Number(raw);
}

export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'invalid_request', 'Send a JSON object.');
  }
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw new HttpError(400, 'invalid_field', `"${name}" must be a string.`, { field: name });
  return value;
}

export function intField(body: Record<string, unknown>, name: string): number {
  const value = body[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new HttpError(400, 'invalid_field', `"${name}" must be a whole number.`, { field: name });
  }
  return value;
}

export function oneOf<T extends string>(body: Record<string, unknown>, name: string, allowed: readonly T[]): T {
  const value = body[name];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new HttpError(400, 'invalid_field', `"${name}" must be one of ${allowed.join(', ')}.`, { field: name });
  }
  return value as T;
}

/** The signed-in editor's name once accounts exist; null until then. */
export function authorOf(res: Response): string | null {
  const user = res.locals.user as { name?: unknown } | undefined;
  return typeof user?.name === 'string' ? user.name : null;
}

/** Rule violations from the editing core become 400s with their own codes. */
export function asHttpError(err: unknown): unknown {
  if (err instanceof LinkEditError || err instanceof EmptyTextError) return new HttpError(400, err.code, err.message);
  return err;
}

/** A 409 that also carries what is stored now, so the page can show both texts. */
export function conflict(res: Response, code: string, message: string, current: unknown): void {
  const t = translatorFor(res.req);
  res.status(409).json({ error: { code, message: t(`errors:${code}`, { defaultValue: message }) }, current });
}

/** Wraps a handler so rule violations from the core answer 400 instead of 500. */
export const guarded =
  (handler: (req: Request, res: Response) => Promise<void>) =>
  async (req: Request, res: Response): Promise<void> => {
    try {
      await handler(req, res);
    } catch (err) {
      throw asHttpError(err);
    }
  };
