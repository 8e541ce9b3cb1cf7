import { Router } from 'express';
import { authorName } from '../../core/model';
import { documentDetail } from '../../documents/access';
import { historyState, realignDocument, stepHistory } from '../../editing/alignment';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { alignmentOperation } from './alignment-request';
import { objectBody } from './input';
import { rowsUpdate } from './rows';

/** The revision the page showed, when it sends one: the answer then says which of its passages changed. */
const pageRevision = (body: unknown) => (typeof body === 'object' && body !== null ? (body as { revision?: unknown }).revision : undefined);

/**
 * Alignment under /api/documents/:documentId/alignment: links, operations, undo and redo, re-alignment.
 * Every change answers with the history state and `rows`, the passages to render again (see rows.ts).
 */
export function alignmentApiRouter({ db, compute }: AppDeps): Router {
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
    const document = loadedDocument(res);
    const body = objectBody(req.body);
    const operationId = await alignmentOperation(db, document.id, body, authorName(viewerOf(res)));
    const [history, rows] = await Promise.all([historyState(db, document.id), rowsUpdate(db, res, document, body.revision, 'links')]);
    res.json({ operationId, ...history, rows });
  });

  for (const direction of ['undo', 'redo'] as const) {
    router.post(`/documents/:documentId/alignment/${direction}`, async (req, res) => {
      const document = loadedDocument(res);
      const operationId = await stepHistory(db, document.id, direction);
      const [history, rows] = await Promise.all([historyState(db, document.id), rowsUpdate(db, res, document, pageRevision(req.body), 'links')]);
      res.json({ operationId, ...history, rows });
    });
  }

  router.post('/documents/:documentId/realign', async (req, res) => {
    const document = loadedDocument(res);
    const operationId = await realignDocument(db, document.id, authorName(viewerOf(res)), { compute });
    const [history, rows] = await Promise.all([historyState(db, document.id), rowsUpdate(db, res, document, pageRevision(req.body), 'links')]);
    res.json({ operationId, ...history, rows });
  });

  return router;
}
