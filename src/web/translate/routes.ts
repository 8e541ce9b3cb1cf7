import express, { Router, type Request, type Response } from 'express';
import { cancelJob, getJob, resumeJob } from '../../store/jobs';
import { getGlossaryRef, setDocumentTargetLang } from '../../store/machine-translations';
import { JobError } from '../../translate/job-errors';
import type { TranslationSetup } from '../../translate/setup';
import { documentTranslationStatus, startTranslation } from '../../translate/start-translation';
import { isTargetLang, TARGET_LANGS } from '../../translate/target-lang';
import type { Db } from '../../store/database';
import { loadDocument } from '../documents/load';
import { DomainError, notFound } from '../../core/errors';
import { translatorFor } from '../i18n';
import { jobJson, usageView } from './views';

const ERROR_STATUS: Record<string, number> = { human_english: 409, not_configured: 503, document_missing: 404 };

export function translateRouter(db: Db, setup: TranslationSetup): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });

  // The reader page shows the translation panel to signed-in users; its own route renders the page.
  router.get('/documents/:id', async (req, res, next) => {
    if (!res.locals.user) return next();
    const id = idParam(req);
    const status = id === null ? undefined : await documentTranslationStatus(db, setup, id);
    if (status) res.locals.translation = { ...status, targetLangs: TARGET_LANGS, jobView: status.job && jobJson(status.job, translatorFor(req)) };
    next();
  });

  router.post('/documents/:id/translate', form, async (req, res) => {
    const document = (await loadDocument(db, req.params.id)).document;
    try {
      await startTranslation(db, setup, { documentId: document.id, force: req.body?.confirm === '1', author: authorOf(res) });
      res.redirect(303, `/documents/${document.id}#translation`);
    } catch (error) {
      if (!(error instanceof JobError)) throw error;
      res.status(ERROR_STATUS[error.code] ?? 500);
      res.render('translate/refused', { document, code: error.code, canConfirm: error.code === 'human_english' });
    }
  });

  router.post('/documents/:id/translation-target', form, async (req, res) => {
    const document = (await loadDocument(db, req.params.id)).document;
    const target = req.body?.target_lang;
    if (!isTargetLang(target)) throw new DomainError('invalid', 'invalid_target', 'Choose en-US or en-GB.');
    await setDocumentTargetLang(db, document.id, target);
    res.redirect(303, `/documents/${document.id}#translation`);
  });

  router.post('/translation-jobs/:id/resume', async (req, res) => {
    const job = await resumeJob(db, jobId(req));
    if (!job) throw notFound('translation job');
    setup.runner.kick();
    res.redirect(303, `/documents/${job.document_id}#translation`);
  });

  router.post('/translation-jobs/:id/cancel', async (req, res) => {
    const job = (await cancelJob(db, jobId(req))) ?? (await getJob(db, jobId(req)));
    if (!job) throw notFound('translation job');
    res.redirect(303, `/documents/${job.document_id}#translation`);
  });

  router.get('/api/translation-jobs/:id', async (req, res) => {
    const job = await getJob(db, jobId(req));
    if (!job) throw notFound('translation job');
    res.json(jobJson(job, translatorFor(req)));
  });

  router.get('/api/documents/:id/translation', async (req, res) => {
    const id = idParam(req);
    const status = id === null ? undefined : await documentTranslationStatus(db, setup, id);
    if (!status) throw notFound('document');
    const { job, ...rest } = status;
    res.json({ ...rest, job: job && jobJson(job, translatorFor(req)) });
  });

  router.post('/api/documents/:id/translate', json, async (req, res) => {
    const document = (await loadDocument(db, req.params.id)).document;
    const body = (req.body ?? {}) as { force?: unknown; targetLang?: unknown };
    if (body.targetLang !== undefined && !isTargetLang(body.targetLang)) {
      throw new DomainError('invalid', 'invalid_target', 'targetLang must be "en-US" or "en-GB".');
    }
    try {
      const { job, created } = await startTranslation(db, setup, {
        documentId: document.id,
        force: body.force === true,
        targetLang: body.targetLang,
        author: authorOf(res),
      });
      res.status(created ? 202 : 200).location(`/api/translation-jobs/${job.id}`).json(jobJson(job, translatorFor(req)));
    } catch (error) {
      if (!(error instanceof JobError)) throw error;
      const t = translatorFor(req);
      res.status(ERROR_STATUS[error.code] ?? 500).json({ error: { code: error.code, message: t(`translate:error.${error.code}`) } });
    }
  });

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

function idParam(req: Request): number | null {
  const raw = String(req.params.id ?? '');
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

function jobId(req: Request): number {
  const id = idParam(req);
  if (id === null) throw notFound('translation job');
  return id;
}

function authorOf(res: Response): string | null {
  const user = res.locals.user as { name?: string } | undefined;
  return user?.name ?? null;
}
