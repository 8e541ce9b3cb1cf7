import express, { Router, type Response } from 'express';
import { isStatusChoice } from '../../core/edit/index';
import { authorName, withVisibleAuthors } from '../../core/model';
import { replaceTranslationText } from '../../editing/english-side';
import { saveParagraph } from '../../editing/paragraph';
import { revertSegment, saveSegment, segmentHistory, type SaveResult } from '../../editing/segment';
import { retiredSegments } from '../../store/retired-segments';
import type { Db } from '../../store/database';
import type { ServiceDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadedDocument, loadedPartId, useDocumentLoaders } from '../loaders';
import { alignmentApiRouter } from './alignment-api';
import { sourceApiRouter } from './source-api';
import { sendExport } from './export';
import { rowsUpdate, type EditRowsCache } from './rows';
import { conflict, intField, intListField, invalidField, objectBody, stringField } from './input';

/**
 * A save that split a sentence into new ones also answers with `rows`, the passages to render
 * again (see rows.ts), when the page says which revision it showed.
 */
async function answerSave(editRows: EditRowsCache, res: Response, result: SaveResult, revision: unknown) {
  if (result.kind === 'conflict') {
    conflict(res, 'version_conflict', 'Someone saved this segment since you opened it.', result.current);
    return;
  }
  const rows = result.added.length > 0 && revision !== undefined ? await rowsUpdate(editRows, res, loadedDocument(res), revision) : undefined;
  res.json({ version: result.segment.version, segment: result.segment, added: result.added, ...(rows && { rows }) });
}

/** Editing under /api: segments, paragraphs, the English side, exports and the alignment. */
export function editApiRouter({ db, config, compute, editRows }: ServiceDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  router.use(express.json({ limit: config.maxRequestBytes }));

  router.get('/documents/:documentId/export', (req, res) => sendExport(req, res, db, req.query.format, compute));

  router.put('/segments/:segmentId', async (req, res) => {
    const body = objectBody(req.body);
    const status = body.status;
    if (status !== undefined && !isStatusChoice(status)) {
      throw invalidField('status', 'choice', '"status" must be "draft" or "reviewed".', { allowed: 'draft, reviewed' });
    }
    const save = { sentenceId: loadedPartId(res), text: stringField(body, 'text'), version: intField(body, 'version'), status };
    const result = await saveSegment(db, save, authorName(viewerOf(res)));
    await answerSave(editRows, res, result, body.revision);
  });

  router.get('/segments/:segmentId/revisions', async (_req, res) => {
    const history = await segmentHistory(db, loadedPartId(res));
    const viewer = viewerOf(res);
    res.json({ ...history, revisions: withVisibleAuthors(viewer, history.revisions), statusChanges: withVisibleAuthors(viewer, history.statusChanges) });
  });

  router.post('/segments/:segmentId/revert', async (req, res) => {
    const body = objectBody(req.body);
    const revert = { sentenceId: loadedPartId(res), revisionId: intField(body, 'revisionId'), version: intField(body, 'version') };
    const result = await revertSegment(db, revert, authorName(viewerOf(res)));
    await answerSave(editRows, res, result, body.revision);
  });

  router.put('/paragraphs/:paragraphId', async (req, res) => {
    const body = objectBody(req.body);
    const save = { paragraphId: loadedPartId(res), text: stringField(body, 'text'), versions: intListField(body, 'versions') };
    const result = await saveParagraph(db, save, authorName(viewerOf(res)));
    if (result.kind === 'conflict') {
      conflict(res, 'version_conflict', 'Someone changed this paragraph since you opened it.', result.current);
      return;
    }
    const rows = body.revision === undefined ? undefined : await rowsUpdate(editRows, res, loadedDocument(res), body.revision);
    res.json({ ...result, ...(rows && { rows }) });
  });

  router.put('/documents/:documentId/translation', async (req, res) => {
    const documentId = loadedDocument(res).id;
    const text = stringField(objectBody(req.body), 'translation');
    await replaceTranslationText(db, documentId, text, authorName(viewerOf(res)), { limits: config, compute });
    res.json({ id: documentId });
  });

  router.get('/documents/:documentId/retired', async (_req, res) => {
    const viewer = viewerOf(res);
    const segments = await retiredSegments(db, loadedDocument(res).id);
    res.json({ segments: segments.map((s) => ({ ...s, revisions: withVisibleAuthors(viewer, s.revisions) })) });
  });

  router.use(alignmentApiRouter({ db, compute, editRows }));
  router.use(sourceApiRouter({ db, editRows }));

  return router;
}
