import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { DomainError, notFound, type ErrorKind } from '../core/errors';
import { translatorFor, type Translate } from './i18n';
import type { Logger } from '../operations/logger';
import { requestIdOf } from './request-log';

export interface ErrorView {
  status: number;
  code: string;
  message: string;
  /** The form field the error belongs to, when the service named one. */
  field?: string;
}

/** The one mapping from what went wrong to an HTTP status. */
const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

export const statusOf = (kind: ErrorKind): number => STATUS[kind];

/** Domain errors, and the errors body parsers and uploads raise, in our shape: status, code, localised message. */
export function toErrorView(err: unknown, t: Translate): ErrorView {
  if (err instanceof DomainError) {
    const message = t(err.messageKey, { ...err.params, defaultValue: err.message });
    return { status: STATUS[err.kind], code: err.code, message, ...(err.field ? { field: err.field } : {}) };
  }
  const e = err as { type?: string; code?: string; status?: number; message?: string };
  if (e?.type === 'entity.too.large' || e?.code === 'LIMIT_FILE_SIZE' || e?.code === 'LIMIT_FIELD_VALUE') {
    return { status: 413, code: 'too_large', message: t('errors:too_large') };
  }
  if (typeof e?.code === 'string' && e.code.startsWith('LIMIT_')) {
    return { status: 400, code: 'bad_upload', message: t('errors:bad_upload') };
  }
  if (e?.type === 'entity.parse.failed') {
    return { status: 400, code: 'invalid_json', message: t('errors:invalid_json') };
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return { status: e.status, code: 'bad_request', message: t('errors:bad_request') };
  }
  return { status: 500, code: 'internal', message: t('errors:internal') };
}

/**
 * For a form that re-renders itself with the message: the view of a
 * refusal the user can fix, or the error rethrown for the error page.
 */
export function formErrorView(err: unknown, req: Request): ErrorView {
  const view = toErrorView(err, translatorFor(req));
  if (view.status >= 500 || view.status === 404 || view.status === 401 || view.status === 403) throw err;
  return view;
}

export const handleNotFound: RequestHandler = (_req, _res, next) => next(notFound());

export const handleErrors: ErrorRequestHandler = (err, req, res, _next) => {
  const view = toErrorView(err, translatorFor(req));
  // Domain errors are answers, not faults; anything else that reaches here is a bug worth a log line.
  if (!(err instanceof DomainError) && view.status >= 500) {
    const log = res.locals.log as Logger | undefined;
    if (log) log.error({ err }, 'unhandled error');
    else console.error(err);
  }
  res.status(view.status);
  if (view.status === 429 && err instanceof DomainError && typeof err.params.retryAfter === 'number') {
    res.set('Retry-After', String(err.params.retryAfter));
  }
  const wantsJson = req.path.startsWith('/api/') || !req.accepts('html');
  if (wantsJson) {
    res.json({ error: { code: view.code, message: view.message } });
    return;
  }
  // The id lets a user's report be matched with the server's log line.
  res.render('errors/error', { title: view.message, error: view, requestId: requestIdOf(res) });
};
