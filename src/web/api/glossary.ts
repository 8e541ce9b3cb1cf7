import express, { Router, type Request, type Response } from 'express';
import multer from 'multer';
import { checkTermInput, type TermCheck } from '../../core/glossary/index';
import { createTerm, deleteTerm, getGlossaryVersion, getTerm, GlossaryChangeError, listTerms, updateTerm, type StoredTerm } from '../../store/glossary';
import type { AppDeps } from '../app';
import { fieldMessages } from '../glossary/form';
import { importGlossaryBytes, importUploadedGlossary, readDocumentId } from '../glossary/import';
import { authorOf, parseTermId, readFilter } from '../glossary/routes';
import { DomainError, notFound } from '../../core/errors';
import { translatorFor } from '../i18n';

export function termJson(term: StoredTerm) {
  const { id, source, targets, note, mode, caseSensitive, status, documentId, createdAt, updatedAt } = term;
  return { id, source, targets, note, mode, caseSensitive, status, documentId, createdAt, updatedAt };
}

function bodyObject(req: Request): Record<string, unknown> {
  const body = req.body as unknown;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid', 'invalid_request', 'Send a JSON object describing the term.');
  }
  return body as Record<string, unknown>;
}

function sendInvalid(req: Request, res: Response, check: Extract<TermCheck, { ok: false }>) {
  const t = translatorFor(req);
  const messages = fieldMessages(check.errors, t);
  res.status(400).json({
    error: {
      code: 'invalid_term',
      message: Object.values(messages).join(' '),
      fields: check.errors.map((e) => ({ field: e.field, code: e.code, message: messages[e.field] })),
    },
  });
}

function changeError(req: Request, err: GlossaryChangeError, source: string): DomainError {
  return new DomainError(err.code === 'duplicate_term' ? 'conflict' : 'invalid', err.code, translatorFor(req)(`glossary:error.${err.code}`, { source }));
}

async function loadTerm(req: Request, db: AppDeps['db']): Promise<StoredTerm> {
  const term = await getTerm(db, parseTermId(req.params.id as string));
  if (!term) throw notFound('term');
  return term;
}

export function apiGlossaryRouter({ db, config }: AppDeps): Router {
  const router = Router();
  router.use('/glossary', express.json({ limit: config.maxRequestBytes }));
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.maxGlossaryBytes, files: 1, fields: 4 } }).single('file');
  const rawFile = express.raw({ type: () => true, limit: config.maxGlossaryBytes });

  async function store(req: Request, res: Response, id: number | null, input: Record<string, unknown>) {
    const check = checkTermInput(input);
    if (!check.ok) return sendInvalid(req, res, check);
    try {
      if (id === null) {
        const created = await createTerm(db, check.term, authorOf(res));
        res.status(201).location(`/api/glossary/${created}`).json({ term: termJson((await getTerm(db, created))!) });
        return;
      }
      if (!(await updateTerm(db, id, check.term))) throw notFound('term');
      res.json({ term: termJson((await getTerm(db, id))!) });
    } catch (err) {
      throw err instanceof GlossaryChangeError ? changeError(req, err, check.term.source) : err;
    }
  }

  router.get('/glossary', async (req, res) => {
    const [terms, version] = await Promise.all([listTerms(db, readFilter(req.query)), getGlossaryVersion(db)]);
    res.json({ version, terms: terms.map(termJson) });
  });

  router.post('/glossary/import', async (req, res) => {
    const t = translatorFor(req);
    const format = req.query.format === 'csv' || req.query.format === 'tbx' ? req.query.format : null;
    if (req.query.format !== undefined && format === null) throw new DomainError('invalid', 'invalid_format', t('glossary:import.badFormat'));
    const outcome = req.is('multipart/form-data')
      ? await importUploadedGlossary(req, res, upload, db, config, t, authorOf(res), () => format)
      : await importRaw(req, res, format);
    if (outcome.status !== 200) {
      res.status(outcome.status).json({ error: { code: outcome.code, message: outcome.message, errors: outcome.errors } });
      return;
    }
    res.json({ added: outcome.added, updated: outcome.updated, version: await getGlossaryVersion(db) });
  });

  async function importRaw(req: Request, res: Response, format: 'csv' | 'tbx' | null) {
    await new Promise<void>((resolve, reject) => rawFile(req, res, (err: unknown) => (err ? reject(err) : resolve())));
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const documentId = readDocumentId(req.query.document);
    if (documentId === undefined) throw new DomainError('invalid', 'unknown_document', translatorFor(req)('glossary:error.unknown_document'));
    return importGlossaryBytes(db, { bytes, fileName: '', format, documentId }, config.maxGlossaryBytes, authorOf(res), translatorFor(req));
  }

  router.get('/glossary/:id', async (req, res) => {
    res.json({ term: termJson(await loadTerm(req, db)) });
  });

  router.post('/glossary', (req, res) => store(req, res, null, bodyObject(req)));

  router.put('/glossary/:id', async (req, res) => {
    const term = await loadTerm(req, db);
    await store(req, res, term.id, bodyObject(req));
  });

  router.patch('/glossary/:id', async (req, res) => {
    const term = await loadTerm(req, db);
    await store(req, res, term.id, { ...termJson(term), ...bodyObject(req) });
  });

  router.delete('/glossary/:id', async (req, res) => {
    if (!(await deleteTerm(db, parseTermId(req.params.id)))) throw notFound('term');
    res.status(204).end();
  });

  return router;
}
