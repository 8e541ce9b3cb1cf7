import { Router, type Response } from 'express';
import { authorName } from '../../core/model';
import { documentDetail } from '../../documents/access';
import { historyState, realignDocument, stepHistory } from '../../editing/alignment';
import type { Db } from '../../store/database';
import type { ServiceDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { alignmentOperation } from './alignment-request';
import { objectBody } from './input';
import { rowsUpdate, type EditRowsCache } from './rows';

/** The revision the page showed, when it sends one: the answer then says which of its passages changed. */
const pageRevision = (body: unknown) => (typeof body === 'object' && body !== null ? (body as { revision?: unknown }).revision : undefined);

/**
 * Answers a change: the history state and the passages to render again. Server-Timing tells how long
 * the change itself and the passages took (the editor benchmark reads it; so do the browser's tools).
 */
async function answerChange(db: Db, editRows: EditRowsCache, res: Response, started: number, operationId: number, pageRevision: unknown): Promise<void> {
  const document = loadedDocument(res);
  const changed = performance.now();
  const [history, rows] = await Promise.all([historyState(db, document.id), rowsUpdate(editRows, res, document, pageRevision, 'links')]);
  const done = performance.now();
  res.set('Server-Timing', `change;dur=${(changed - started).toFixed(1)}, rows;dur=${(done - changed).toFixed(1)}`);
  res.json({ operationId, ...history, rows });
}

/**
 * Alignment under /api/documents/:documentId/alignment: links, operations, undo and redo, re-alignment.
 * Every change answers with the history state and `rows`, the passages to render again (see rows.ts).
 */
export function alignmentApiRouter({ db, compute, editRows }: Pick<ServiceDeps, 'db' | 'compute' | 'editRows'>): Router {
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
    const started = performance.now();
    const body = objectBody(req.body);
    const operationId = await alignmentOperation(db, loadedDocument(res).id, body, authorName(viewerOf(res)));
    await answerChange(db, editRows, res, started, operationId, body.revision);
  });

  for (const direction of ['undo', 'redo'] as const) {
    router.post(`/documents/:documentId/alignment/${direction}`, async (req, res) => {
      const started = performance.now();
      const operationId = await stepHistory(db, loadedDocument(res).id, direction);
      await answerChange(db, editRows, res, started, operationId, pageRevision(req.body));
    });
  }

  router.post('/documents/:documentId/realign', async (req, res) => {
    const started = performance.now();
    const operationId = await realignDocument(db, loadedDocument(res).id, authorName(viewerOf(res)), { compute });
    await answerChange(db, editRows, res, started, operationId, pageRevision(req.body));
  });

  return router;
}
