import { Router, type Request, type Response } from 'express';
import { AccountError } from '../../accounts/account-error';
import { KNOWN_CLIENT_TTL_MS } from '../../accounts/known-clients';
import { endSession } from '../../accounts/sessions';
import { signIn } from '../../accounts/sign-in';
import type { AppDeps } from '../app';
import { toErrorView } from '../errors';
import { translatorFor } from '../i18n';
import { cookieOptions, KNOWN_CLIENT_COOKIE, readCookie, SESSION_COOKIE } from './cookies';
import { field, safeNext } from './forms';
import { clearSessionCookie, signInResponse } from './session-cookie';

/** A refused sign-in shows the form again with the reason; anything else goes to the error page. */
function renderRefusal(req: Request, res: Response, err: unknown, form: { name: string; next: string }) {
  if (!(err instanceof AccountError)) throw err;
  const view = toErrorView(err, translatorFor(req));
  // The error page would set this too; the form answers the request itself.
  if (err.kind === 'rate_limited') res.set('Retry-After', String(err.params.retryAfter));
  res.status(view.status).render('auth/signin', { ...form, error: view.message });
}

export function signInRouter({ db, config }: AppDeps): Router {
  const router = Router();

  router.get('/signin', (req, res) => {
    if (res.locals.user) return res.redirect(303, safeNext(req.query.next));
    res.render('auth/signin', { name: '', next: safeNext(req.query.next), error: null });
  });

  router.post('/signin', async (req, res) => {
    const name = field(req, 'name');
    const next = safeNext(field(req, 'next'));
    const input = { name, password: field(req, 'password'), address: req.ip ?? 'unknown', clientToken: readCookie(req, KNOWN_CLIENT_COOKIE) };
    let signedIn;
    try {
      signedIn = await signIn(db, input, config.accounts);
    } catch (err) {
      return renderRefusal(req, res, err, { name, next });
    }
    await signInResponse(db, config, req, res, signedIn.user.id);
    res.cookie(KNOWN_CLIENT_COOKIE, signedIn.clientToken, cookieOptions(req, KNOWN_CLIENT_TTL_MS));
    res.redirect(303, next);
  });

  router.post('/signout', async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) await endSession(db, token);
    clearSessionCookie(req, res);
    res.redirect(303, '/');
  });

  return router;
}
