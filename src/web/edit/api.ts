import express, { Router, type Request, type Response } from 'express';
import { isStatusChoice } from '../../core/edit/index';
import { segmentDocument } from '../../core/text/index';
import { getDocument } from '../../store/documents';
import { historyState, stepHistory } from '../../store/alignment-ops';
import { saveParagraph } from '../../store/paragraph-edit';
import { realignDocument } from '../../store/realign-document';
import { revertSegment, saveSegment, segmentHistory, type SaveResult } from '../../store/segments';
import { replaceTranslation } from '../../store/translation';
import type { AppDeps } from '../app';
import { HttpError, notFound } from '../http-error';
import { alignmentOperation } from './alignment-request';
import { sendExport } from './export';
import { importTmx } from './tmx-import';
import { asHttpError, authorOf, conflict, idParam, intField, objectBody, stringField } from './input';

/** Wraps a handler so rule violations from the core answer 400 instead of 500. */
const guarded =
  (handler: (req: Request, res: Response) => Promise<void>) =>
  async (req: Request, res: Response): Promise<void> => {
    try {
      await handler(req, res);
    } catch (err) {
      throw asHttpError(err);
    }
  };

function answerSave(res: Response, result: SaveResult) {
  if (result.kind === 'missing') throw notFound('segment');
  if (result.kind === 'conflict') {
    conflict(res, 'version_conflict', 'Someone saved this segment since you opened it.', result.current);
    return;
  }
  res.json({ version: result.segment.version, segment: result.segment, added: result.added });
}

export function editApiRouter({ db, config }: AppDeps): Router {
  const router = Router();
  router.use(express.json({ limit: config.maxRequestBytes }));

  router.post('/documents/tmx', express.text({ type: ['application/xml', 'text/xml', 'application/x-tmx+xml'], limit: config.maxRequestBytes }), async (req, res) => {
    const xml = typeof req.body === 'string' ? req.body : stringField(objectBody(req.body), 'tmx');
    const title = typeof req.query.title === 'string' ? req.query.title : undefined;
    const id = await importTmx(db, xml, { title, maxBytes: config.maxDocumentBytes });
    res.status(201).location(`/api/documents/${id}`).json({ id });
  });

  router.get('/documents/:id/export', (req, res) => sendExport(db, req, res, req.query.format));

  router.put('/segments/:id', guarded(async (req, res) => {
    const body = objectBody(req.body);
    const status = body.status;
    if (status !== undefined && !isStatusChoice(status)) {
      throw new HttpError(400, 'invalid_field', '"status" must be "draft" or "reviewed".', { field: 'status' });
    }
    const result = await saveSegment(db, {
      sentenceId: idParam(req.params.id, 'segment'),
      text: stringField(body, 'text'),
      version: intField(body, 'version'),
      status,
      author: authorOf(res),
    });
    answerSave(res, result);
  }));

  router.get('/segments/:id/revisions', async (req, res) => {
    const history = await segmentHistory(db, idParam(req.params.id, 'segment'));
    if (!history) throw notFound('segment');
    res.json(history);
  });

  router.post('/segments/:id/revert', guarded(async (req, res) => {
    const body = objectBody(req.body);
    const result = await revertSegment(db, {
      sentenceId: idParam(req.params.id, 'segment'),
      revisionId: intField(body, 'revisionId'),
      version: intField(body, 'version'),
      author: authorOf(res),
    });
    if (result.kind === 'no_revision') throw notFound('revision');
    answerSave(res, result);
  }));

  router.put('/paragraphs/:id', guarded(async (req, res) => {
    const body = objectBody(req.body);
    const versions = body.versions;
    if (!Array.isArray(versions) || !versions.every((v) => Number.isInteger(v))) {
      throw new HttpError(400, 'invalid_field', '"versions" must be a list of whole numbers.', { field: 'versions' });
    }
    const result = await saveParagraph(db, {
      paragraphId: idParam(req.params.id, 'paragraph'),
      text: stringField(body, 'text'),
      versions: versions as number[],
      author: authorOf(res),
    });
    if (result.kind === 'missing') throw notFound('paragraph');
    if (result.kind === 'conflict') {
      conflict(res, 'version_conflict', 'Someone changed this paragraph since you opened it.', result.current);
      return;
    }
    res.json(result);
  }));

  router.put('/documents/:id/translation', guarded(async (req, res) => {
    const documentId = idParam(req.params.id, 'document');
    const text = stringField(objectBody(req.body), 'translation');
    const translation = checkedTranslation(text, config.maxDocumentBytes);
    if (!(await replaceTranslation(db, { documentId, translation, author: authorOf(res) }))) throw notFound('document');
    res.json({ id: documentId });
  }));

  router.get('/documents/:id/alignment', async (req, res) => {
    const documentId = idParam(req.params.id, 'document');
    const detail = await getDocument(db, documentId);
    if (!detail) throw notFound('document');
    const strip = ({ source, target, confidence, confirmed }: (typeof detail.sentenceLinks)[number]) => ({ source, target, confidence, confirmed });
    res.json({
      paragraphLinks: detail.paragraphLinks.map(strip),
      sentenceLinks: detail.sentenceLinks.map(strip),
      ...(await historyState(db, documentId)),
    });
  });

  router.post('/documents/:id/alignment', guarded(async (req, res) => {
    const documentId = idParam(req.params.id, 'document');
    await requireDocument(documentId);
    const outcome = await alignmentOperation(db, documentId, objectBody(req.body), authorOf(res));
    if (outcome.kind === 'moved') {
      conflict(res, 'links_changed', 'The alignment changed since the page was loaded; reload it.', null);
      return;
    }
    res.json({ operationId: outcome.operationId, ...(await historyState(db, documentId)) });
  }));

  for (const direction of ['undo', 'redo'] as const) {
    router.post(`/documents/:id/alignment/${direction}`, async (req, res) => {
      const documentId = idParam(req.params.id, 'document');
      await requireDocument(documentId);
      const result = await stepHistory(db, documentId, direction);
      if (result.kind === 'nothing') throw new HttpError(409, `nothing_to_${direction}`, `There is nothing to ${direction}.`);
      if (result.kind === 'stale') throw new HttpError(409, 'history_stale', 'The links changed since; this step cannot be applied.');
      res.json({ operationId: result.operationId, ...(await historyState(db, documentId)) });
    });
  }

  router.post('/documents/:id/realign', async (req, res) => {
    const documentId = idParam(req.params.id, 'document');
    await requireDocument(documentId);
    const operationId = await realignDocument(db, documentId, authorOf(res));
    res.json({ operationId, ...(await historyState(db, documentId)) });
  });

  async function requireDocument(id: number) {
    const row = await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('document');
  }

  return router;
}

export function checkedTranslation(text: string, maxBytes: number) {
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new HttpError(413, 'translation_too_large', `The English text is larger than the limit of ${maxBytes} bytes.`, { max: maxBytes });
  }
  const translation = segmentDocument(text, 'en');
  if (translation.length === 0) throw new HttpError(400, 'translation_empty', 'The English text is empty.');
  return translation;
}
