import { Router } from 'express';
import { completeSetup, setupLinkUsable } from '../../accounts/setup';
import type { AppDeps } from '../app';
import { notFound } from '../../core/errors';
import { formErrorView } from '../errors';
import { field } from './forms';
import { signInResponse } from './session-cookie';

/** The one-time link printed at the first start creates the first admin. */
export function setupRouter({ db, config }: AppDeps): Router {
  const router = Router();

  router.get('/setup/:token', async (req, res) => {
    if (!(await setupLinkUsable(db, req.params.token))) throw notFound();
    res.render('auth/setup', { name: '', error: null });
  });

  router.post('/setup/:token', async (req, res) => {
    const name = field(req, 'name');
    try {
      const user = await completeSetup(db, req.params.token, { name, password: field(req, 'password') }, config.accounts);
      await signInResponse(db, config, req, res, user.id);
      res.redirect(303, '/admin/welcome');
    } catch (err) {
      const { status, message } = formErrorView(err, req);
      res.status(status).render('auth/setup', { name, error: message });
    }
  });

  // What a new library needs first; under /admin, so for admins only (access-rules.ts).
  router.get('/admin/welcome', (_req, res) => {
    res.render('auth/welcome');
  });

  return router;
}
