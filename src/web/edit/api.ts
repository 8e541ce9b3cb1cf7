import express, { Router, type Response } from 'express';
import { isStatusChoice } from '../../core/edit/index';
import { segmentDocument } from '../../core/text/index';
import { saveParagraph } from '../../store/paragraph-edit';
import { revertSegment, saveSegment, segmentHistory, type SaveResult } from '../../store/segments';
import { replaceTranslation, retiredSegments } from '../../store/translation';
import type { AppDeps } from '../app';
import { DomainError, notFound } from '../../core/errors';
import { alignmentApiRouter } from './alignment-api';
import { sendExport } from './export';
import { importTmx } from './tmx-import';
import { requireVisibleDocument, requireVisibleSegment } from './visibility';
import { authorOf, conflict, idParam, intField, objectBody, stringField } from './input';

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

  router.put('/segments/:id', async (req, res) => {
    const body = objectBody(req.body);
    const status = body.status;
    if (status !== undefined && !isStatusChoice(status)) {
      throw new DomainError('invalid', 'invalid_field', '"status" must be "draft" or "reviewed".', { field: 'status' });
    }
    const result = await saveSegment(db, {
      sentenceId: idParam(req.params.id, 'segment'),
      text: stringField(body, 'text'),
      version: intField(body, 'version'),
      status,
      author: authorOf(res),
    });
    answerSave(res, result);
  });

  router.get('/segments/:id/revisions', async (req, res) => {
    const sentenceId = idParam(req.params.id, 'segment');
    await requireVisibleSegment(db, sentenceId, res);
    const history = await segmentHistory(db, sentenceId);
    if (!history) throw notFound('segment');
    res.json(history);
  });

  router.post('/segments/:id/revert', async (req, res) => {
    const body = objectBody(req.body);
    const result = await revertSegment(db, {
      sentenceId: idParam(req.params.id, 'segment'),
      revisionId: intField(body, 'revisionId'),
      version: intField(body, 'version'),
      author: authorOf(res),
    });
    if (result.kind === 'no_revision') throw notFound('revision');
    answerSave(res, result);
  });

  router.put('/paragraphs/:id', async (req, res) => {
    const body = objectBody(req.body);
    const versions = body.versions;
    if (!Array.isArray(versions) || !versions.every((v) => Number.isInteger(v))) {
      throw new DomainError('invalid', 'invalid_field', '"versions" must be a list of whole numbers.', { field: 'versions' });
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
  });

  router.put('/documents/:id/translation', async (req, res) => {
    const documentId = idParam(req.params.id, 'document');
    const text = stringField(objectBody(req.body), 'translation');
    const translation = checkedTranslation(text, config.maxDocumentBytes);
    if (!(await replaceTranslation(db, { documentId, translation, author: authorOf(res) }))) throw notFound('document');
    res.json({ id: documentId });
  });

  router.get('/documents/:id/retired', async (req, res) => {
    const documentId = idParam(req.params.id, 'document');
    await requireVisibleDocument(db, documentId, res);
    res.json({ segments: await retiredSegments(db, documentId) });
  });

  router.use(alignmentApiRouter({ db, config }));

  return router;
}

export function checkedTranslation(text: string, maxBytes: number) {
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new DomainError('too_large', 'translation_too_large', `The English text is larger than the limit of ${maxBytes} bytes.`, { max: maxBytes });
  }
  const translation = segmentDocument(text, 'en');
  if (translation.length === 0) throw new DomainError('invalid', 'translation_empty', 'The English text is empty.');
  return translation;
}
