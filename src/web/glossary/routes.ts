import express, { Router, type Request, type Response } from 'express';
import multer from 'multer';
import type { TermDraft } from '../../core/glossary/index';
import { listDocuments } from '../../store/documents';
import { createTerm, deleteTerm, getTerm, GlossaryChangeError, listTerms, updateTerm, type TermFilter } from '../../store/glossary';
import type { AppDeps } from '../app';
import { notFound } from '../../core/errors';
import { translatorFor } from '../i18n';
import { exportGlossary, type GlossaryFormat } from './files';
import { checkTermForm, emptyTermForm, fieldMessages, safeReturn, termFormValues, valuesFromTerm, type TermFormValues } from './form';
import { importUploadedGlossary, type ImportOutcome } from './import';

/** The glossary page lists at most this many terms; a search narrows a larger glossary. */
const PAGE_LIMIT = 500;

export function parseTermId(raw: string | undefined): number {
  const id = /^[1-9]\d{0,15}$/.test(raw ?? '') ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw notFound('term');
  return id;
}

/** ?q=&status=&scope= from the page or the API; unknown values are ignored. */
export function readFilter(query: Request['query']): TermFilter & { scopeText: string } {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const status = str(query.status);
  const scope = str(query.scope);
  return {
    q: str(query.q).slice(0, 200),
    status: status === 'approved' || status === 'proposed' ? status : undefined,
    scope: scope === 'general' ? 'general' : /^[1-9]\d{0,15}$/.test(scope) ? Number(scope) : undefined,
    scopeText: scope,
  };
}

const chosenFormat = (body: Record<string, unknown>): GlossaryFormat | null => (body.format === 'csv' || body.format === 'tbx' ? body.format : null);

export const authorOf = (res: Response): string | null => (res.locals.user as { name?: string } | undefined)?.name ?? null;

export function glossaryRouter({ db, config }: AppDeps): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: config.maxRequestBytes });
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.maxGlossaryBytes, files: 1, fields: 4 } }).single('file');

  async function renderIndex(req: Request, res: Response, outcome: ImportOutcome | null = null) {
    const filter = readFilter(req.query);
    const [terms, documents] = await Promise.all([listTerms(db, filter), listDocuments(db)]);
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
    res.render('glossary/form', { values, id, errors, documents: await listDocuments(db) });
  }

  async function save(req: Request, res: Response, id: number | null) {
    const values = termFormValues(req.body);
    const t = translatorFor(req);
    const checked = checkTermForm(values);
    if (!checked.ok) return renderForm(res.status(400), values, id, fieldMessages(checked.errors, t));
    try {
      const saved = await storeTerm(id, checked.term, authorOf(res));
      res.redirect(303, values.returnTo || `/glossary?saved=${saved}`);
    } catch (err) {
      if (!(err instanceof GlossaryChangeError)) throw err;
      const field = err.code === 'duplicate_term' ? 'source' : 'documentId';
      await renderForm(res.status(409), values, id, { [field]: t(`glossary:error.${err.code}`, { source: checked.term.source }) });
    }
  }

  async function storeTerm(id: number | null, term: TermDraft, author: string | null): Promise<number> {
    if (id === null) return createTerm(db, term, author);
    if (!(await updateTerm(db, id, term))) throw notFound('term');
    return id;
  }

  router.get('/glossary', (req, res) => renderIndex(req, res));

  router.get('/glossary/new', async (req, res) => {
    const source = typeof req.query.source === 'string' ? req.query.source.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
    const document = typeof req.query.document === 'string' && /^[1-9]\d{0,15}$/.test(req.query.document) ? req.query.document : '';
    // Words picked while reading are a proposal until someone approves them.
    const status = document ? 'proposed' : 'approved';
    await renderForm(res, { ...emptyTermForm, source, status, returnTo: safeReturn(document ? `/documents/${document}` : '') }, null);
  });

  router.post('/glossary', form, (req, res) => save(req, res, null));

  for (const format of ['csv', 'tbx'] as const) {
    router.get(`/glossary/export.${format}`, async (req, res) => {
      const file = exportGlossary(await listTerms(db, readFilter(req.query)), format);
      res.type(file.type).attachment(file.name).send(file.body);
    });
  }

  router.post('/glossary/import', async (req, res) => {
    const outcome = await importUploadedGlossary(req, res, upload, db, config, translatorFor(req), authorOf(res), chosenFormat);
    res.status(outcome.status);
    await renderIndex(req, res, outcome);
  });

  router.get('/glossary/:id/edit', async (req, res) => {
    const term = await getTerm(db, parseTermId(req.params.id));
    if (!term) throw notFound('term');
    await renderForm(res, valuesFromTerm(term), term.id);
  });

  router.post('/glossary/:id', form, (req, res) => save(req, res, parseTermId(req.params.id)));

  router.get('/glossary/:id/delete', async (req, res) => {
    const term = await getTerm(db, parseTermId(req.params.id));
    if (!term) throw notFound('term');
    res.render('glossary/delete', { term });
  });

  router.post('/glossary/:id/delete', form, async (req, res) => {
    if (!(await deleteTerm(db, parseTermId(req.params.id)))) throw notFound('term');
    res.redirect(303, '/glossary?deleted=1');
  });

  return router;
}
