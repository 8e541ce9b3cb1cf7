import express, { type Express } from 'express';
import type { AppDeps } from '../app';
import { accessGuard } from './access';
import { ACCESS_RULES } from './access-rules';
import { accountRouter } from './account-routes';
import { adminUsersRouter } from './admin-routes';
import { authenticate } from './authenticate';
import { provideCsrfToken, verifyCsrfToken } from './csrf';
import { setupRouter } from './setup-routes';
import { markTokenInAddress } from './token-address';
import { signInRouter } from './signin-routes';

/**
 * Who is asking, whether they may, and whether the request really comes from
 * our pages. Mounted before every feature router.
 */
export function mountAccessControl(app: Express, deps: AppDeps): void {
  app.use(authenticate(deps.db));
  app.use(provideCsrfToken);
  // Before the checks, so that a refusal's page also takes the token out of the address bar.
  app.use(markTokenInAddress);
  // Forms are parsed here so the CSRF check can read `_csrf`; JSON and multipart are left to their routes.
  app.use(express.urlencoded({ extended: false, limit: deps.config.maxFormBytes, parameterLimit: 200 }));
  app.use(accessGuard(ACCESS_RULES));
  app.use(verifyCsrfToken);
}

/** Sign-in, set-up, the account page and user management. */
export function mountAccountRoutes(app: Express, deps: AppDeps): void {
  app.use(signInRouter(deps));
  app.use(setupRouter(deps));
  app.use(accountRouter(deps));
  app.use(adminUsersRouter(deps));
}
