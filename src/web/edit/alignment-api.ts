import { Router } from 'express';
import { authorName } from '../../core/model';
import { documentDetail } from '../../documents/access';
import { historyState, realignDocument, stepHistory } from '../../editing/alignment';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { alignmentOperation } from './alignment-request';
import { objectBody } from './input';

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
    const operationId = await alignmentOperation(db, documentId, objectBody(req.body), authorName(viewerOf(res)));
    res.json({ operationId, ...(await historyState(db, documentId)) });
  });

  for (const direction of ['undo', 'redo'] as const) {
    router.post(`/documents/:documentId/alignment/${direction}`, async (_req, res) => {
      const documentId = loadedDocument(res).id;
      const operationId = await stepHistory(db, documentId, direction);
      res.json({ operationId, ...(await historyState(db, documentId)) });
    });
  }

  router.post('/documents/:documentId/realign', async (_req, res) => {
    const documentId = loadedDocument(res).id;
    const operationId = await realignDocument(db, documentId, authorName(viewerOf(res)));
    res.json({ operationId, ...(await historyState(db, documentId)) });
  });

  return router;
}
