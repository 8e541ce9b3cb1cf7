import type { Request } from 'express';
import { AccountError } from '../../accounts/account-error';
import { toErrorView } from '../errors';
import { translatorFor } from '../i18n';

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

/** The localised message for an account error, or rethrows anything else. */
export function accountErrorMessage(req: Request, err: unknown): { status: number; message: string } {
  if (!(err instanceof AccountError)) throw err;
  const { status, message } = toErrorView(err, translatorFor(req));
  return { status, message };
}

export function routeId(raw: string | undefined): number {
  return /^[1-9]\d{0,15}$/.test(raw ?? '') ? Number(raw) : NaN;
}
