import { Router, type Request, type Response } from 'express';
import { issueApiToken, listApiTokens, revokeApiToken } from '../../accounts/api-tokens';
import { endAllSessions } from '../../accounts/sessions';
import { changeOwnPassword } from '../../accounts/users';
import type { User } from '../../store/users';
import type { AppDeps } from '../app';
import { notFound } from '../../core/errors';
import { translatorFor } from '../i18n';
import { accountErrorMessage, field, routeId } from './forms';
import { clearSessionCookie } from './session-cookie';

interface AccountPageExtras {
  newToken?: string | null;
  notice?: string | null;
  error?: string | null;
}

/** The signed-in user's own page: password, API tokens, signing out everywhere. */
export function accountRouter({ db, config }: AppDeps): Router {
  const router = Router();
  const currentUser = (res: Response): User => {
    if (!res.locals.user) throw notFound();
    return res.locals.user;
  };

  async function render(res: Response, extras: AccountPageExtras = {}) {
    const user = currentUser(res);
    res.render('auth/account', { account: user, tokens: await listApiTokens(db, user.id), newToken: null, notice: null, error: null, ...extras });
  }
  const notice = (req: Request, key: string) => translatorFor(req)(`auth:account.${key}`);

  router.get('/account', async (_req, res) => render(res));

  router.post('/account/password', async (req, res) => {
    try {
      await changeOwnPassword(db, currentUser(res).id, field(req, 'current_password'), field(req, 'new_password'), config.accounts);
      await render(res, { notice: notice(req, 'passwordChanged') });
    } catch (err) {
      const { status, message } = accountErrorMessage(req, err);
      res.status(status);
      await render(res, { error: message });
    }
  });

  router.post('/account/tokens', async (req, res) => {
    try {
      const { token } = await issueApiToken(db, currentUser(res).id, field(req, 'name'));
      res.status(201);
      await render(res, { newToken: token });
    } catch (err) {
      const { status, message } = accountErrorMessage(req, err);
      res.status(status);
      await render(res, { error: message });
    }
  });

  router.post('/account/tokens/:id/revoke', async (req, res) => {
    if (!(await revokeApiToken(db, currentUser(res).id, routeId(req.params.id)))) throw notFound('token');
    res.redirect(303, '/account');
  });

  router.post('/account/signout-all', async (req, res) => {
    await endAllSessions(db, currentUser(res).id);
    clearSessionCookie(req, res);
    res.redirect(303, '/signin');
  });

  return router;
}
