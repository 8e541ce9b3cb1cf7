import type { ErrorRequestHandler, RequestHandler } from 'express';
import { InputError } from '../import/input-error';
import { HttpError, notFound } from './http-error';
import { translatorFor, type Translate } from './i18n';

interface ErrorView {
  status: number;
  code: string;
  message: string;
}

/** Body parsers and uploads raise their own errors; give them our shape and status. */
export function toErrorView(err: unknown, t: Translate): ErrorView {
  if (err instanceof HttpError) {
    return { status: err.status, code: err.code, message: t(`errors:${err.code}`, { ...err.params, defaultValue: err.message }) };
  }
  if (err instanceof InputError) {
    return {
      status: err.tooLarge ? 413 : 400,
      code: err.code,
      message: t(`errors:${err.code}`, { ...err.params, defaultValue: err.message }),
    };
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

export const handleNotFound: RequestHandler = (_req, _res, next) => next(notFound());

export const handleErrors: ErrorRequestHandler = (err, req, res, _next) => {
  const view = toErrorView(err, translatorFor(req));
  if (view.status >= 500) console.error(err);
  res.status(view.status);
  const wantsJson = req.path.startsWith('/api/') || !req.accepts('html');
  if (wantsJson) {
    res.json({ error: { code: view.code, message: view.message } });
    return;
  }
  res.render('errors/error', { title: view.message, error: view });
};
