import type { Request, RequestHandler } from 'express';
import { randomToken, sameSecret } from '../../accounts/tokens';
import { DomainError } from '../../core/errors';
import { SAFE_METHODS } from './access';
import { ANONYMOUS_CSRF_COOKIE, cookieOptions, readCookie } from './cookies';

/**
 * Synchronizer tokens: a signed-in user's token lives with the session in the
 * database; an anonymous visitor's lives in an HttpOnly cookie (double submit).
 * Pages render it into forms (`_csrf`) and `<meta name="csrf-token">`.
 *
 * An anonymous visitor's token is made when something first reads it (a page
 * with a form, or the check of a form sent without the cookie), not on every
 * request: a cached reader page, a static file or an API answer needs none, and
 * drawing random bytes and setting a cookie for each of them cost the busiest
 * pages a share of their time (and made a shared cache's copy per visitor).
 */
export const provideCsrfToken: RequestHandler = (req, res, next) => {
  const auth = res.locals.auth;
  if (auth?.via === 'session') {
    res.locals.csrfToken = auth.csrfToken;
  } else if (!auth) {
    let token = readCookie(req, ANONYMOUS_CSRF_COOKIE);
    Object.defineProperty(res.locals, 'csrfToken', {
      configurable: true,
      enumerable: true,
      get() {
        if (!token) {
          token = randomToken();
          // A page whose headers are gone cannot hand the cookie out; its forms would fail, so none is made.
          if (!res.headersSent) res.cookie(ANONYMOUS_CSRF_COOKIE, token, cookieOptions(req));
        }
        return token;
      },
      set(value: string) {
        Object.defineProperty(res.locals, 'csrfToken', { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
  next();
};

function submittedToken(req: Request): string | undefined {
  const header = req.get('x-csrf-token');
  if (header) return header;
  const field = (req.body as Record<string, unknown> | undefined)?._csrf;
  if (typeof field === 'string') return field;
  // A multipart body is read by the route, after this check; such forms put the token in their action URL.
  const query = req.query._csrf;
  if (req.is('multipart/form-data') && typeof query === 'string') return query;
  return undefined;
}

/** Every state-changing request must carry the token; API-token requests cannot be forged by a page and skip it. */
export const verifyCsrfToken: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method) || res.locals.auth?.via === 'token') return next();
  const expected = res.locals.csrfToken;
  const given = submittedToken(req);
  if (!given || !sameSecret(given, expected)) {
    throw new DomainError('forbidden', 'csrf_failed', 'The form has expired. Reload the page and try again.');
  }
  next();
};
