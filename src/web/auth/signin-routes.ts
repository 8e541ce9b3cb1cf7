import { Router } from 'express';
import { endSession } from '../../accounts/sessions';
import { signIn } from '../../accounts/sign-in';
import type { AppDeps } from '../app';
import { translatorFor } from '../i18n';
import { readCookie, SESSION_COOKIE } from './cookies';
import { field, safeNext } from './forms';
import { clearSessionCookie, signInResponse } from './session-cookie';

export function signInRouter({ db, config }: AppDeps): Router {
  const router = Router();

  router.get('/signin', (req, res) => {
    if (res.locals.user) return res.redirect(303, safeNext(req.query.next));
    res.render('auth/signin', { name: '', next: safeNext(req.query.next), error: null });
  });

  router.post('/signin', async (req, res) => {
    const name = field(req, 'name');
    const next = safeNext(field(req, 'next'));
    const result = await signIn(db, { name, password: field(req, 'password'), address: req.ip ?? 'unknown' }, config.accounts);
    if (!result.ok) {
      const t = translatorFor(req);
      const limited = result.reason === 'rate_limited';
      if (limited) res.set('Retry-After', String(Math.ceil(config.accounts.failureWindowMs / 1000)));
      res.status(limited ? 429 : 401);
      return res.render('auth/signin', { name, next, error: t(limited ? 'auth:signin.rateLimited' : 'auth:signin.invalid') });
    }
    await signInResponse(db, config, req, res, result.user.id);
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
