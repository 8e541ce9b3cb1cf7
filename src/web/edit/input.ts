import type { Request, Response } from 'express';
import { DomainError } from '../../core/errors';
import { translatorFor } from '../i18n';

/** An `:id` route parameter as a positive integer, or a 404. */
export function idParam(raw: unknown, what: string): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,15}$/.test(raw)) throw new DomainError('not_found', 'not_found', `No such ${what}.`);
  return Number(raw);
}

export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid', 'invalid_request', 'Send a JSON object.');
  }
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw new DomainError('invalid', 'invalid_field', `"${name}" must be a string.`, { field: name });
  return value;
}

export function intField(body: Record<string, unknown>, name: string): number {
  const value = body[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new DomainError('invalid', 'invalid_field', `"${name}" must be a whole number.`, { field: name });
  }
  return value;
}

export function oneOf<T extends string>(body: Record<string, unknown>, name: string, allowed: readonly T[]): T {
  const value = body[name];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new DomainError('invalid', 'invalid_field', `"${name}" must be one of ${allowed.join(', ')}.`, { field: name });
  }
  return value as T;
}

/** The signed-in editor's name once accounts exist; null until then. */
export function authorOf(res: Response): string | null {
  const user = res.locals.user as { name?: unknown } | undefined;
  return typeof user?.name === 'string' ? user.name : null;
}

/** A 409 that also carries what is stored now, so the page can show both texts. */
export function conflict(res: Response, code: string, message: string, current: unknown): void {
  const t = translatorFor(res.req);
  res.status(409).json({ error: { code, message: t(`errors:${code}`, { defaultValue: message }) }, current });
}
