import { Router } from 'express';
import { deleteDocument, setDocumentVisibility } from '../../store/documents';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { DomainError } from '../../core/errors';
import { loadDocument } from './load';

/** Deleting a document (after a confirmation page) and making it public or private. */
export function documentManageRouter({ db }: AppDeps): Router {
  const router = Router();

  router.get('/documents/:id/delete', async (req, res) => {
    const detail = await loadDocument(db, req.params.id, viewerOf(res));
    res.render('documents/delete', { document: detail.document, paragraphCount: detail.source.length });
  });

  router.post('/documents/:id/delete', async (req, res) => {
    const { document } = await loadDocument(db, req.params.id, viewerOf(res));
    await deleteDocument(db, document.id);
    res.redirect(303, '/');
  });

  router.post('/documents/:id/visibility', async (req, res) => {
    const { document } = await loadDocument(db, req.params.id, viewerOf(res));
    const visibility = (req.body as Record<string, unknown> | undefined)?.visibility;
    if (visibility !== 'public' && visibility !== 'private') {
      throw new DomainError('invalid', 'invalid_visibility', 'Visibility is "public" or "private".');
    }
    await setDocumentVisibility(db, document.id, visibility);
    res.redirect(303, `/documents/${document.id}`);
  });

  return router;
}
