import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { GlossaryFileError, TermInputError } from '../../core/glossary/index';
import { unknownGlossaryFormat } from '../../core/glossary/errors';
import { DomainError } from '../../core/errors';
import { importGlossaryFile, readFormat } from '../../glossary/files';
import { addTerm, changeTerm, findTerm, findTerms, glossaryVersion, removeTerm } from '../../glossary/terms';
import type { StoredTerm } from '../../store/glossary';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { toErrorView } from '../errors';
import { fieldMessages } from '../glossary/form';
import { localisedProblems } from '../glossary/problems';
import { readTermQuery } from '../glossary/query';
import { glossaryUpload } from '../glossary/upload';
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

/**
 * A refused term or file says what was wrong in detail: each field, or each problem in the file
 * with its line. Status and message come from the one mapping; only the details are added here.
 */
const glossaryErrorDetails: ErrorRequestHandler = (err, req, res, next) => {
  if (!(err instanceof TermInputError) && !(err instanceof GlossaryFileError)) return next(err);
  const t = translatorFor(req);
  const view = toErrorView(err, t);
  const details =
    err instanceof TermInputError
      ? { fields: err.fields.map((e) => ({ field: e.field, code: e.code, message: fieldMessages([e], t)[e.field] })) }
      : { errors: localisedProblems(err.problems, t) };
  res.status(view.status).json({ error: { code: view.code, message: view.message, ...details } });
};

export function apiGlossaryRouter({ db, config, compute }: AppDeps): Router {
  const router = Router();
  router.use('/glossary', express.json({ limit: config.maxRequestBytes }));
  const upload = glossaryUpload(config.maxGlossaryBytes);
  const rawFile = express.raw({ type: () => true, limit: config.maxGlossaryBytes });

  /** The file from a multipart upload (scope in its fields) or the raw body (scope in ?document=). */
  async function receiveFile(req: Request, res: Response) {
    if (req.is('multipart/form-data')) {
      const { bytes, fileName, fields } = await upload(req, res);
      return { bytes, fileName, scope: fields.documentId };
    }
    await new Promise<void>((resolve, reject) => rawFile(req, res, (err: unknown) => (err ? reject(err) : resolve())));
    return { bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), fileName: '', scope: req.query.document };
  }

  router.get('/glossary', async (req, res) => {
    const [terms, version] = await Promise.all([findTerms(db, viewerOf(res), readTermQuery(req.query)), glossaryVersion(db)]);
    res.json({ version, terms: terms.map(termJson) });
  });

  router.post('/glossary/import', async (req, res) => {
    const format = readFormat(req.query.format);
    if (format === undefined) throw unknownGlossaryFormat();
    const file = { ...(await receiveFile(req, res)), format };
    const { added, updated } = await importGlossaryFile(db, viewerOf(res), file, config.maxGlossaryBytes, compute);
    res.json({ added, updated, version: await glossaryVersion(db) });
  });

  router.get('/glossary/:termId', async (req, res) => {
    res.json({ term: termJson(await findTerm(db, viewerOf(res), req.params.termId)) });
  });

  router.post('/glossary', async (req, res) => {
    const term = await addTerm(db, viewerOf(res), bodyObject(req));
    res.status(201).location(`/api/glossary/${term.id}`).json({ term: termJson(term) });
  });

  router.put('/glossary/:termId', async (req, res) => {
    res.json({ term: termJson(await changeTerm(db, viewerOf(res), req.params.termId, bodyObject(req))) });
  });

  router.patch('/glossary/:termId', async (req, res) => {
    res.json({ term: termJson(await changeTerm(db, viewerOf(res), req.params.termId, bodyObject(req), true)) });
  });

  router.delete('/glossary/:termId', async (req, res) => {
    await removeTerm(db, viewerOf(res), req.params.termId);
    res.status(204).end();
  });

  router.use('/glossary', glossaryErrorDetails);
  return router;
}
