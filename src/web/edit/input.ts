import type { Response } from 'express';
import { invalid } from '../../core/errors';
import { translatorFor } from '../i18n';

/**
 * What a field was expected to hold. The code stays `invalid_field` for API
 * clients; the message says what was wrong through i18next's context
 * (`invalid_field_number`, `invalid_field_choice`, ...).
 */
type Expected = 'text' | 'number' | 'choice' | 'list' | 'paragraphs';

export function invalidField(name: string, expected: Expected, message: string, params: Record<string, string> = {}) {
  const context: Record<string, string> = expected === 'text' ? {} : { context: expected };
  return invalid('invalid_field', message, { field: name, ...context, ...params }, name);
}

export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('invalid_request', 'Send a JSON object.');
  }
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw invalidField(name, 'text', `"${name}" must be a string.`);
  return value;
}

export function intField(body: Record<string, unknown>, name: string): number {
  const value = body[name];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidField(name, 'number', `"${name}" must be a whole number.`);
  }
  return value;
}

export function intListField(body: Record<string, unknown>, name: string): number[] {
  const value = body[name];
  if (!Array.isArray(value) || !value.every((v) => Number.isSafeInteger(v) && v >= 0)) {
    throw invalidField(name, 'list', `"${name}" must be a list of whole numbers.`);
  }
  return value as number[];
}

export function oneOf<T extends string>(body: Record<string, unknown>, name: string, allowed: readonly T[]): T {
  const value = body[name];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalidField(name, 'choice', `"${name}" must be one of ${allowed.join(', ')}.`, { allowed: allowed.join(', ') });
  }
  return value as T;
}

/** A 409 that also carries what is stored now, so the page can show both texts. */
export function conflict(res: Response, code: string, message: string, current: unknown): void {
  const t = translatorFor(res.req);
  res.status(409).json({ error: { code, message: t(`errors:${code}`, { defaultValue: message }) }, current });
}
