import express, { Router, type Request, type Response } from 'express';
import { GlossaryFileError, TermInputError } from '../../core/glossary/index';
import { unknownGlossaryFormat } from '../../core/glossary/errors';
import { exportGlossary, importGlossaryFile, readFormat } from '../../glossary/files';
import { addTerm, changeTerm, findTerm, findTerms, removeTerm, termScopes } from '../../glossary/terms';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { formErrorView } from '../errors';
import { translatorFor } from '../i18n';
import { emptyTermForm, fieldMessages, safeReturn, termFormValues, valuesFromTerm, type TermFormValues } from './form';
import { localisedProblems, type ShownProblem } from './problems';
import { readTermQuery } from './query';
import { glossaryUpload } from './upload';

/** The glossary page lists at most this many terms; a search narrows a larger glossary. */
const PAGE_LIMIT = 500;

/** What the page says after an import: done, or why not with every problem in the file. */
export interface ImportOutcome {
  status: number;
  message: string;
  errors: readonly ShownProblem[];
}

export function glossaryRouter({ db, config, compute }: AppDeps): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: config.maxRequestBytes });
  const upload = glossaryUpload(config.maxGlossaryBytes);

  async function renderIndex(req: Request, res: Response, outcome: ImportOutcome | null = null) {
    const viewer = viewerOf(res);
    const filter = readTermQuery(req.query);
    const [terms, documents] = await Promise.all([findTerms(db, viewer, filter), termScopes(db, viewer)]);
    const saved = typeof req.query.saved === 'string' ? Number(req.query.saved) : null;
    res.render('glossary/index', {
      terms: terms.slice(0, PAGE_LIMIT),
      total: terms.length,
      filter,
      documents,
      titles: new Map(documents.map((d) => [d.id, d.title])),
      saved,
      deleted: req.query.deleted === '1',
      outcome,
      maxBytes: config.maxGlossaryBytes,
    });
  }

  async function renderForm(res: Response, values: TermFormValues, id: number | null, errors: Record<string, string> = {}) {
    res.render('glossary/form', { values, id, errors, documents: await termScopes(db, viewerOf(res)) });
  }

  /** The form posted to `/glossary` (new) or `/glossary/:termId`; a refusal comes back as the form with its messages. */
  async function save(req: Request, res: Response, id: string | null) {
    const values = termFormValues(req.body);
    const viewer = viewerOf(res);
    try {
      const term = id === null ? await addTerm(db, viewer, { ...values }) : await changeTerm(db, viewer, id, { ...values });
      res.redirect(303, values.returnTo || `/glossary?saved=${term.id}`);
    } catch (err) {
      const view = formErrorView(err, req);
      const errors = err instanceof TermInputError ? fieldMessages(err.fields, translatorFor(req)) : { [view.field ?? 'source']: view.message };
      await renderForm(res.status(view.status), values, id === null ? null : Number(id), errors);
    }
  }

  router.get('/glossary', (req, res) => renderIndex(req, res));

  router.get('/glossary/new', async (req, res) => {
    const source = typeof req.query.source === 'string' ? req.query.source.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
    const returnTo = safeReturn(typeof req.query.document === 'string' ? `/documents/${req.query.document}` : '');
    // Words picked while reading are a proposal until someone approves them.
    const status = returnTo ? 'proposed' : 'approved';
    await renderForm(res, { ...emptyTermForm, source, status, returnTo }, null);
  });

  router.post('/glossary', form, (req, res) => save(req, res, null));

  for (const format of ['csv', 'tbx'] as const) {
    router.get(`/glossary/export.${format}`, async (req, res) => {
      const file = await exportGlossary(db, viewerOf(res), readTermQuery(req.query), format);
      res.type(file.type).attachment(file.name).send(file.body);
    });
  }

  router.post('/glossary/import', async (req, res) => {
    let outcome: ImportOutcome;
    try {
      const { bytes, fileName, fields } = await upload(req, res);
      const format = readFormat(fields.format);
      if (format === undefined) throw unknownGlossaryFormat();
      const file = { bytes, fileName, format, scope: fields.documentId };
      const { added, updated } = await importGlossaryFile(db, viewerOf(res), file, config.maxGlossaryBytes, compute);
      outcome = { status: 200, message: translatorFor(req)('glossary:import.done', { added, updated }), errors: [] };
    } catch (err) {
      const view = formErrorView(err, req);
      outcome = { status: view.status, message: view.message, errors: err instanceof GlossaryFileError ? localisedProblems(err.problems, translatorFor(req)) : [] };
    }
    res.status(outcome.status);
    await renderIndex(req, res, outcome);
  });

  router.get('/glossary/:termId/edit', async (req, res) => {
    const term = await findTerm(db, viewerOf(res), req.params.termId);
    await renderForm(res, valuesFromTerm(term), term.id);
  });

  router.post('/glossary/:termId', form, (req, res) => save(req, res, req.params.termId));

  router.get('/glossary/:termId/delete', async (req, res) => {
    res.render('glossary/delete', { term: await findTerm(db, viewerOf(res), req.params.termId) });
  });

  router.post('/glossary/:termId/delete', form, async (req, res) => {
    await removeTerm(db, viewerOf(res), req.params.termId);
    res.redirect(303, '/glossary?deleted=1');
  });

  return router;
}
