import { Router, type Request, type Response } from 'express';
import { createUser, isRole, resetPassword, setDisabled, setRole } from '../../accounts/users';
import { listUsers } from '../../store/users';
import type { AppDeps } from '../app';
import { translatorFor } from '../i18n';
import { requireRole } from './access';
import { formErrorView } from '../errors';
import { field, routeId } from './forms';

/** User management, for admins only. */
export function adminUsersRouter({ db, config }: AppDeps): Router {
  const router = Router();
  router.use('/admin', requireRole('admin'));

  async function render(res: Response, extras: { error?: string | null; notice?: string | null; form?: { name: string; role: string } } = {}) {
    res.render('auth/users', { users: await listUsers(db), error: null, notice: null, form: { name: '', role: 'editor' }, ...extras });
  }

  /** Runs one change and shows the list again, with the outcome. */
  async function change(req: Request, res: Response, action: () => Promise<unknown>, noticeKey: string) {
    try {
      await action();
      await render(res, { notice: translatorFor(req)(`auth:users.${noticeKey}`) });
    } catch (err) {
      const { status, message } = formErrorView(err, req);
      res.status(status);
      await render(res, { error: message, form: { name: field(req, 'name'), role: field(req, 'role') || 'editor' } });
    }
  }

  router.get('/admin/users', async (_req, res) => render(res));

  router.post('/admin/users', (req, res) =>
    change(req, res, async () => {
      const role = field(req, 'role');
      await createUser(db, { name: field(req, 'name'), password: field(req, 'password'), role: isRole(role) ? role : 'editor' }, config.accounts);
      res.status(201);
    }, 'added'),
  );

  router.post('/admin/users/:userId/role', (req, res) =>
    change(req, res, () => setRole(db, routeId(req.params.userId), field(req, 'role')), 'roleChanged'),
  );

  router.post('/admin/users/:userId/disable', (req, res) =>
    change(req, res, () => setDisabled(db, routeId(req.params.userId), field(req, 'disabled') !== '0'), 'statusChanged'),
  );

  router.post('/admin/users/:userId/password', (req, res) =>
    change(req, res, () => resetPassword(db, routeId(req.params.userId), field(req, 'password'), config.accounts), 'passwordReset'),
  );

  return router;
}
