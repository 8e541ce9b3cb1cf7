import express, { Router } from 'express';
import { invalid, notFound } from '../../core/errors';
import { authorName } from '../../core/model';
import { cancelJob, getJob, resumeJob } from '../../store/jobs';
import { getGlossaryRef, setDocumentTargetLang } from '../../store/machine-translations';
import { JobError } from '../../machine-translation/job-errors';
import type { TranslationSetup } from '../../machine-translation/setup';
import { documentTranslationStatus, startTranslation } from '../../machine-translation/start-translation';
import { isTargetLang, TARGET_LANGS } from '../../machine-translation/target-lang';
import type { Db } from '../../store/database';
import { viewerOf } from '../auth/locals';
import { toErrorView } from '../errors';
import { translatorFor } from '../i18n';
import { loadedDocument, loadedPartId, useDocumentLoaders } from '../loaders';
import { jobJson, usageView } from './views';

/** Machine translation: starting, following, resuming and cancelling jobs, and the settings page. */
export function translateRouter(db: Db, setup: TranslationSetup): Router {
  const router = useDocumentLoaders(Router(), db);
  const form = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });

  // The reader page shows the translation panel to signed-in users; its own route renders the page.
  // The edit page (?mode=edit) has no such panel.
  router.get('/documents/:documentId', async (req, res, next) => {
    if (!res.locals.user || req.query.mode === 'edit') return next();
    const status = await documentTranslationStatus(db, setup, loadedDocument(res).id);
    if (status) res.locals.translation = { ...status, targetLangs: TARGET_LANGS, jobView: status.job && jobJson(status.job, translatorFor(req)) };
    next();
  });

  router.post('/documents/:documentId/translate', form, async (req, res) => {
    const document = loadedDocument(res);
    try {
      await startTranslation(db, setup, { documentId: document.id, force: req.body?.confirm === '1', author: authorName(viewerOf(res)) });
      res.redirect(303, `/documents/${document.id}#translation`);
    } catch (error) {
      if (!(error instanceof JobError)) throw error;
      res.status(toErrorView(error, translatorFor(req)).status);
      res.render('translate/refused', { document, code: error.code, canConfirm: error.code === 'human_english' });
    }
  });

  router.post('/documents/:documentId/translation-target', form, async (req, res) => {
    const document = loadedDocument(res);
    const target = req.body?.target_lang;
    if (!isTargetLang(target)) throw invalid('invalid_target', 'Choose en-US or en-GB.');
    await setDocumentTargetLang(db, document.id, target);
    res.redirect(303, `/documents/${document.id}#translation`);
  });

  router.post('/translation-jobs/:jobId/resume', async (_req, res) => {
    const job = await resumeJob(db, loadedPartId(res));
    if (!job) throw notFound('translation job');
    setup.runner.kick();
    res.redirect(303, `/documents/${job.document_id}#translation`);
  });

  router.post('/translation-jobs/:jobId/cancel', async (_req, res) => {
    const id = loadedPartId(res);
    const job = (await cancelJob(db, id)) ?? (await getJob(db, id));
    if (!job) throw notFound('translation job');
    res.redirect(303, `/documents/${job.document_id}#translation`);
  });

  router.get('/api/translation-jobs/:jobId', async (req, res) => {
    const job = await getJob(db, loadedPartId(res));
    if (!job) throw notFound('translation job');
    res.json(jobJson(job, translatorFor(req)));
  });

  router.get('/api/documents/:documentId/translation', async (req, res) => {
    const status = await documentTranslationStatus(db, setup, loadedDocument(res).id);
    if (!status) throw notFound('document');
    const { job, ...rest } = status;
    res.json({ ...rest, job: job && jobJson(job, translatorFor(req)) });
  });

  router.post('/api/documents/:documentId/translate', json, async (req, res) => {
    const document = loadedDocument(res);
    const body = (req.body ?? {}) as { force?: unknown; targetLang?: unknown };
    if (body.targetLang !== undefined && !isTargetLang(body.targetLang)) {
      throw invalid('invalid_target', 'targetLang must be "en-US" or "en-GB".');
    }
    const { job, created } = await startTranslation(db, setup, {
      documentId: document.id,
      force: body.force === true,
      targetLang: body.targetLang,
      author: authorName(viewerOf(res)),
    });
    res.status(created ? 202 : 200).location(`/api/translation-jobs/${job.id}`).json(jobJson(job, translatorFor(req)));
  });

  // Editors only (see the access rules): the DeepL server, the account's usage and the glossary id are the
  // team's business, and each view asks DeepL for the usage.
  router.get('/settings', async (req, res) => {
    const usage = setup.translator ? await usageView(setup.translator) : null;
    res.render('translate/settings', {
      title: translatorFor(req)('translate:settings.title'),
      configured: setup.translator !== null,
      serverUrl: setup.serverUrl,
      usage,
      glossary: await getGlossaryRef(db),
    });
  });

  return router;
}
