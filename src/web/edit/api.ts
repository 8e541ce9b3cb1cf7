import express, { Router, type Response } from 'express';
import { isStatusChoice } from '../../core/edit/index';
import { notFound } from '../../core/errors';
import { authorName, visibleAuthor } from '../../core/model';
import { intakeSide } from '../../import/intake';
import { saveParagraph } from '../../store/paragraph-edit';
import { revertSegment, saveSegment, segmentHistory, type SaveResult } from '../../store/segments';
import { replaceTranslation, retiredSegments } from '../../store/translation';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadedDocument, loadedPartId, useDocumentLoaders } from '../loaders';
import { alignmentApiRouter } from './alignment-api';
import { sendExport } from './export';
import { conflict, intField, intListField, invalidField, objectBody, stringField } from './input';

function answerSave(res: Response, result: SaveResult) {
  if (result.kind === 'missing') throw notFound('segment');
  if (result.kind === 'conflict') {
    conflict(res, 'version_conflict', 'Someone saved this segment since you opened it.', result.current);
    return;
  }
  res.json({ version: result.segment.version, segment: result.segment, added: result.added });
}

/** Editing under /api: segments, paragraphs, the English side, exports and the alignment. */
export function editApiRouter({ db, config }: AppDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  router.use(express.json({ limit: config.maxRequestBytes }));

  router.get('/documents/:documentId/export', (req, res) => sendExport(req, res, db, req.query.format));

  router.put('/segments/:segmentId', async (req, res) => {
    const body = objectBody(req.body);
    const status = body.status;
    if (status !== undefined && !isStatusChoice(status)) {
      throw invalidField('status', 'choice', '"status" must be "draft" or "reviewed".', { allowed: 'draft, reviewed' });
    }
    const result = await saveSegment(db, {
      sentenceId: loadedPartId(res),
      text: stringField(body, 'text'),
      version: intField(body, 'version'),
      status,
      author: authorName(viewerOf(res)),
    });
    answerSave(res, result);
  });

  router.get('/segments/:segmentId/revisions', async (_req, res) => {
    const history = await segmentHistory(db, loadedPartId(res));
    if (!history) throw notFound('segment');
    const viewer = viewerOf(res);
    res.json({ ...history, revisions: history.revisions.map((r) => ({ ...r, author: visibleAuthor(viewer, r.author) })) });
  });

  router.post('/segments/:segmentId/revert', async (req, res) => {
    const body = objectBody(req.body);
    const result = await revertSegment(db, {
      sentenceId: loadedPartId(res),
      revisionId: intField(body, 'revisionId'),
      version: intField(body, 'version'),
      author: authorName(viewerOf(res)),
    });
    if (result.kind === 'no_revision') throw notFound('revision');
    answerSave(res, result);
  });

  router.put('/paragraphs/:paragraphId', async (req, res) => {
    const body = objectBody(req.body);
    const result = await saveParagraph(db, {
      paragraphId: loadedPartId(res),
      text: stringField(body, 'text'),
      versions: intListField(body, 'versions'),
      author: authorName(viewerOf(res)),
    });
    if (result.kind === 'missing') throw notFound('paragraph');
    if (result.kind === 'conflict') {
      conflict(res, 'version_conflict', 'Someone changed this paragraph since you opened it.', result.current);
      return;
    }
    res.json(result);
  });

  router.put('/documents/:documentId/translation', async (req, res) => {
    const documentId = loadedDocument(res).id;
    const translation = intakeSide(stringField(objectBody(req.body), 'translation'), 'translation', config);
    if (!(await replaceTranslation(db, { documentId, translation, author: authorName(viewerOf(res)) }))) throw notFound('document');
    res.json({ id: documentId });
  });

  router.get('/documents/:documentId/retired', async (_req, res) => {
    res.json({ segments: await retiredSegments(db, loadedDocument(res).id) });
  });

  router.use(alignmentApiRouter({ db, config }));

  return router;
}
