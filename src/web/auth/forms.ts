import { parseId } from '../../core/model';
import type { Request } from 'express';

/** A string field from a URL-encoded form, or '' when it is missing or repeated. */
export function field(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** Only same-site paths: an open redirect after sign-in would make phishing easy. */
export function safeNext(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return raw;
}

/** A route's id parameter as a number; NaN (which finds nothing) when it is not an id. */
export function routeId(raw: string | undefined): number {
  return parseId(raw) ?? NaN;
}
