import path from 'node:path';
import express, { type Express } from 'express';
import { handle as i18nHandle } from 'i18next-http-middleware';
import type { Config } from '../config';
import type { Db } from '../store/database';
import { apiDocumentsRouter } from './api/documents';
import { mountAccessControl, mountAccountRoutes } from './auth/index';
import { documentManageRouter } from './documents/manage-routes';
import { documentsRouter } from './documents/routes';
import { handleErrors, handleNotFound } from './errors';
import { createI18n, SUPPORTED_LANGUAGES } from './i18n';
import { libraryRouter } from './library/routes';
import { securityHeaders } from './security-headers';
import { translateRouter } from './translate/routes';
import type { ApprovedTermsProvider } from '../translate/approved-terms';
import { createTranslation, type TranslationSetup } from '../translate/setup';

export interface AppDeps {
  db: Db;
  config: Config;
  /** Approved glossary terms for the DeepL glossary; none by default. */
  approvedTerms?: ApprovedTermsProvider;
  /** Machine translation; by default built from the config, its job runner not started. */
  translation?: TranslationSetup;
}

/** Builds the Express app; it does not listen, so tests can drive it directly. */
export async function createApp(deps: AppDeps): Promise<Express> {
  const app = express();
  const i18n = await createI18n(deps.config.localesDir);

  app.disable('x-powered-by');
  app.set('views', deps.config.viewsDir);
  app.set('view engine', 'ejs');
  app.set('query parser', 'simple');
  // Behind a reverse proxy, client address and https come from its X-Forwarded-* headers.
  app.set('trust proxy', deps.config.trustProxy);
  // Templates are read once: re-reading an include for every sentence makes long documents crawl.
  app.set('view cache', true);

  app.use(securityHeaders());
  app.use('/assets', express.static(path.join(deps.config.viewsDir, 'assets'), { maxAge: '1h', index: false }));
  app.use(i18nHandle(i18n));
  app.use((req, res, next) => {
    const lng = SUPPORTED_LANGUAGES.find((l) => req.language?.startsWith(l)) ?? 'en';
    res.locals.lng = lng;
    res.locals.t = req.t;
    res.locals.path = req.path;
    res.locals.languages = SUPPORTED_LANGUAGES;
    // Set by access control; present (if empty) so every view can test it.
    res.locals.user = undefined;
    res.locals.csrfToken ??= '';
    next();
  });

  // Access control comes before every feature router: routes added later are covered without being listed.
  mountAccessControl(app, deps);
  mountAccountRoutes(app, deps);
  const translation = deps.translation ?? createTranslation({ db: deps.db, config: deps.config, approvedTerms: deps.approvedTerms });
  app.use(libraryRouter(deps));
  app.use(translateRouter(deps.db, translation));
  app.use(documentsRouter(deps));
  app.use(documentManageRouter(deps));
  app.use('/api', apiDocumentsRouter(deps));

  app.use(handleNotFound);
  app.use(handleErrors);
  return app;
}
