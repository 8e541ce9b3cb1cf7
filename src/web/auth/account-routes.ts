import { Router, type Request, type Response } from 'express';
import { issueApiToken, listApiTokens, revokeApiToken } from '../../accounts/api-tokens';
import { endAllSessions } from '../../accounts/sessions';
import { changeOwnPassword } from '../../accounts/users';
import type { User } from '../../store/users';
import type { AppDeps } from '../app';
import { notFound } from '../../core/errors';
import { translatorFor } from '../i18n';
import { formErrorView } from '../errors';
import { field, routeId } from './forms';
import { clearSessionCookie } from './session-cookie';
import { KNOWN_CLIENT_COOKIE, readCookie } from './cookies';

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
  const notice = (req: Request, key: string, values: Record<string, number> = {}) => translatorFor(req)(`auth:account.${key}`, values);

  router.get('/account', async (_req, res) => render(res));

  /** Shows the page again with a refusal the user can fix; anything else goes to the error page. */
  async function renderRefusal(req: Request, res: Response, err: unknown) {
    const { status, message } = formErrorView(err, req);
    res.status(status);
    await render(res, { error: message });
  }

  router.post('/account/password', async (req, res) => {
    const user = currentUser(res);
    // Only a page session can reach this form; it is the one that stays signed in.
    const keep = res.locals.auth?.via === 'session' ? res.locals.auth.sessionToken : '';
    try {
      const ended = await changeOwnPassword(db, user.id, field(req, 'current_password'), field(req, 'new_password'), config.accounts, keep, readCookie(req, KNOWN_CLIENT_COOKIE));
      await render(res, { notice: notice(req, 'passwordChanged', { sessions: ended.sessionsEnded, tokens: ended.tokensRevoked }) });
    } catch (err) {
      await renderRefusal(req, res, err);
    }
  });

  router.post('/account/tokens', async (req, res) => {
    try {
      const { token } = await issueApiToken(db, currentUser(res).id, field(req, 'name'));
      res.status(201);
      await render(res, { newToken: token });
    } catch (err) {
      await renderRefusal(req, res, err);
    }
  });

  router.post('/account/tokens/:tokenId/revoke', async (req, res) => {
    if (!(await revokeApiToken(db, currentUser(res).id, routeId(req.params.tokenId)))) throw notFound('token');
    res.redirect(303, '/account');
  });

  router.post('/account/signout-all', async (req, res) => {
    await endAllSessions(db, currentUser(res).id);
    clearSessionCookie(req, res);
    res.redirect(303, '/signin');
  });

  return router;
}
