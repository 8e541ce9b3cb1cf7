import { Router } from 'express';
import { historyState, stepHistory } from '../../store/alignment-ops';
import { getDocument } from '../../store/documents';
import { realignDocument } from '../../store/realign-document';
import type { AppDeps } from '../app';
import { DomainError, notFound } from '../../core/errors';
import { alignmentOperation } from './alignment-request';
import { authorOf, conflict, idParam, objectBody } from './input';
import { requireVisibleDocument } from './visibility';

/** Alignment under /api/documents/:id/alignment: links, operations, undo and redo, re-alignment. */
export function alignmentApiRouter({ db }: AppDeps): Router {
  const router = Router();

  router.get('/documents/:id/alignment', async (req, res) => {
    const documentId = idParam(req.params.id, 'document');
    await requireVisibleDocument(db, documentId, res);
    const detail = await getDocument(db, documentId);
    if (!detail) throw notFound('document');
    const strip = ({ source, target, confidence, confirmed }: (typeof detail.sentenceLinks)[number]) => ({ source, target, confidence, confirmed });
    res.json({
      paragraphLinks: detail.paragraphLinks.map(strip),
      sentenceLinks: detail.sentenceLinks.map(strip),
      ...(await historyState(db, documentId)),
    });
  });

  router.post('/documents/:id/alignment', async (req, res) => {
    const documentId = idParam(req.params.id, 'document');
    await requireDocument(documentId);
    const outcome = await alignmentOperation(db, documentId, objectBody(req.body), authorOf(res));
    if (outcome.kind === 'moved') {
      conflict(res, 'links_changed', 'The alignment changed since the page was loaded; reload it.', null);
      return;
    }
    res.json({ operationId: outcome.operationId, ...(await historyState(db, documentId)) });
  });

  for (const direction of ['undo', 'redo'] as const) {
    router.post(`/documents/:id/alignment/${direction}`, async (req, res) => {
      const documentId = idParam(req.params.id, 'document');
      await requireDocument(documentId);
      const result = await stepHistory(db, documentId, direction);
      if (result.kind === 'nothing') throw new DomainError('conflict', `nothing_to_${direction}`, `There is nothing to ${direction}.`);
      if (result.kind === 'stale') throw new DomainError('conflict', 'history_stale', 'The links changed since; this step cannot be applied.');
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
