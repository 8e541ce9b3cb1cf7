import { Router } from 'express';
import { conflict as conflictError } from '../../core/errors';
import { authorName } from '../../core/model';
import { documentDetail } from '../../documents/access';
import { historyState, stepHistory } from '../../store/alignment-ops';
import { realignDocument } from '../../store/realign-document';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { alignmentOperation } from './alignment-request';
import { conflict, objectBody } from './input';

/** Alignment under /api/documents/:documentId/alignment: links, operations, undo and redo, re-alignment. */
export function alignmentApiRouter({ db }: AppDeps): Router {
  const router = useDocumentLoaders(Router(), db);

  router.get('/documents/:documentId/alignment', async (_req, res) => {
    const detail = await documentDetail(db, loadedDocument(res));
    const strip = ({ source, target, confidence, confirmed }: (typeof detail.sentenceLinks)[number]) => ({ source, target, confidence, confirmed });
    res.json({
      paragraphLinks: detail.paragraphLinks.map(strip),
      sentenceLinks: detail.sentenceLinks.map(strip),
      ...(await historyState(db, detail.document.id)),
    });
  });

  router.post('/documents/:documentId/alignment', async (req, res) => {
    const documentId = loadedDocument(res).id;
    const outcome = await alignmentOperation(db, documentId, objectBody(req.body), authorName(viewerOf(res)));
    if (outcome.kind === 'moved') {
      conflict(res, 'links_changed', 'The alignment changed since the page was loaded; reload it.', null);
      return;
    }
    res.json({ operationId: outcome.operationId, ...(await historyState(db, documentId)) });
  });

  for (const direction of ['undo', 'redo'] as const) {
    router.post(`/documents/:documentId/alignment/${direction}`, async (_req, res) => {
      const documentId = loadedDocument(res).id;
      const result = await stepHistory(db, documentId, direction);
      if (result.kind === 'nothing') throw conflictError(`nothing_to_${direction}`, `There is nothing to ${direction}.`);
      if (result.kind === 'stale') throw conflictError('history_stale', 'The links changed since; this step cannot be applied.');
      res.json({ operationId: result.operationId, ...(await historyState(db, documentId)) });
    });
  }

  router.post('/documents/:documentId/realign', async (_req, res) => {
    const documentId = loadedDocument(res).id;
    const operationId = await realignDocument(db, documentId, authorName(viewerOf(res)));
    res.json({ operationId, ...(await historyState(db, documentId)) });
  });

  return router;
}
