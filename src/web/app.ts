import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { largestRequestBody, type Config } from '../config';
import { GlossaryService } from '../glossary/service';
import type { Compute } from '../compute/compute';
import type { Db } from '../store/database';
import { apiDocumentsRouter } from './api/documents';
import { mountAccessControl, mountAccountRoutes } from './auth/index';
import { documentManageRouter } from './documents/manage-routes';
import { apiGlossaryRouter } from './api/glossary';
import { documentsRouter } from './documents/routes';
import { bookExportRouter } from './documents/book-export';
import { editApiRouter } from './edit/api';
import { editPagesRouter } from './edit/routes';
import { EditRowsCache } from './edit/rows';
import { handleErrors, handleNotFound } from './errors';
import { glossaryRouter } from './glossary/routes';
import { refuseDeclaredOversize } from './declared-length';
import { createI18n, SUPPORTED_LANGUAGES } from './i18n';
import { languageMiddleware } from './language';
import { AnswerCache } from './page-cache';
import { libraryRouter } from './library/routes';
import { learnerAssets, learnerAssetsRouter } from './learner/assets';
import { learnerRouter } from './learner/routes';
import { reviewRouter } from './review/routes';
import { securityHeaders } from './security-headers';
import { searchRouter } from './search/routes';
import { effortRouter } from './effort/routes';
import { memoryRouter } from './memory/routes';
import { healthRouter, type Lifecycle } from './health';
import { metricsRouter, ServerMetrics } from './metrics';
import { requestLog } from './request-log';
import { silentLogger, type Logger } from '../operations/logger';
import { translateRouter } from './machine-translation/routes';
import type { TranslationSetup } from '../machine-translation/setup';

/** What the feature routers are given. */
export interface AppDeps {
  db: Db;
  config: Config;
  /** Terms and checks for the reader and the library; made from `db` when not given. */
  glossary?: GlossaryService;
  /** The library's worker threads: imports, re-alignment and exports hand their heavy work to it. */
  compute: Compute;
  /** One line per request goes here (the library's logger); none when absent. */
  logger?: Logger;
  /** The server's metrics; made here when absent and METRICS_TOKEN is set; none are kept otherwise. */
  metrics?: ServerMetrics;
  /** Set to draining on SIGTERM, which makes /readyz answer 503. */
  lifecycle?: Lifecycle;
}

/** `answers` holds the ready bytes of answers that are the same for every visitor (page-cache.ts). */
export type ServiceDeps = AppDeps & { glossary: GlossaryService; answers: AnswerCache; editRows: EditRowsCache };

/** The parts of an open library (src/library.ts) the app serves. */
export type LibraryParts = AppDeps & { translation: TranslationSetup };

/** Builds the Express app; it does not listen, so tests can drive it directly. */
export async function createApp(deps: LibraryParts): Promise<Express> {
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

  // First of all, so that every answer carries its request id and is logged and counted.
  const logger = deps.logger ?? silentLogger();
  const metrics = deps.metrics ?? (deps.config.metricsToken ? new ServerMetrics(deps.db, deps.compute) : undefined);
  app.use(requestLog(logger, metrics?.observe));
  app.use(healthRouter({ db: deps.db, compute: deps.compute, lifecycle: deps.lifecycle ?? { draining: false }, logger }));
  if (metrics) app.use(metricsRouter(metrics, deps.config.metricsToken));

  app.use(securityHeaders());
  // The learner's scripts and styles, minified and compressed at start; the templates name them by their hashed addresses.
  const learner = await learnerAssets(deps.config.viewsDir);
  app.locals.learnerAssets = learner.urls;
  app.use(learnerAssetsRouter(learner));
  app.use('/assets', express.static(path.join(deps.config.viewsDir, 'assets'), { maxAge: '1h', index: false }));
  // Cookies are read before anything else: the interface language and the session both live in one.
  app.use(cookieParser());
  app.use(languageMiddleware(i18n));
  app.use((req, res, next) => {
    res.locals.lng = req.language;
    res.locals.t = req.t;
    res.locals.path = req.path;
    res.locals.languages = SUPPORTED_LANGUAGES;
    // Set by access control; present (if empty) so every view can test it.
    res.locals.user = undefined;
    res.locals.csrfToken ??= '';
    next();
  });
  // Before anything that may read a body: a declared length over every limit is refused unread.
  app.use(refuseDeclaredOversize(largestRequestBody(deps.config)));

  const services: ServiceDeps = {
    ...deps,
    glossary: deps.glossary ?? new GlossaryService(deps.db),
    answers: new AnswerCache(deps.config.answerCacheBytes),
    editRows: new EditRowsCache(deps.db),
  };
  metrics?.watchAnswers(services.answers);
  // Access control comes before every feature router: routes added later are covered without being listed.
  mountAccessControl(app, services);
  mountAccountRoutes(app, services);
  app.use(libraryRouter(services));
  app.use(translateRouter(deps.db, deps.translation));
  app.use(reviewRouter(services));
  app.use(editPagesRouter(services));
  app.use(documentsRouter(services));
  app.use(bookExportRouter(services));
  app.use(learnerRouter(services));
  app.use(documentManageRouter(services));
  app.use(glossaryRouter(services));
  app.use(searchRouter(services));
  app.use(effortRouter(services));
  app.use(memoryRouter(services));
  app.use('/api', editApiRouter(services));
  app.use('/api', apiDocumentsRouter(services));
  app.use('/api', apiGlossaryRouter(services));

  app.use(handleNotFound);
  app.use(handleErrors);
  return app;
}
