import { Router } from 'express';
import { invalid } from '../../core/errors';
import { documentDetail } from '../../documents/access';
import { deleteDocument, setDocumentVisibility } from '../../store/documents';
import type { AppDeps } from '../app';
import { loadedDocument, useDocumentLoaders } from '../loaders';

/** Deleting a document (after a confirmation page) and making it public or private. */
export function documentManageRouter({ db }: AppDeps): Router {
  const router = useDocumentLoaders(Router(), db);

  router.get('/documents/:documentId/delete', async (_req, res) => {
    const detail = await documentDetail(db, loadedDocument(res));
    res.render('documents/delete', { document: detail.document, paragraphCount: detail.source.length });
  });

  router.post('/documents/:documentId/delete', async (_req, res) => {
    await deleteDocument(db, loadedDocument(res).id);
    res.redirect(303, '/');
  });

  router.post('/documents/:documentId/visibility', async (req, res) => {
    const document = loadedDocument(res);
    const visibility = (req.body as Record<string, unknown> | undefined)?.visibility;
    if (visibility !== 'public' && visibility !== 'private') {
      throw invalid('invalid_visibility', 'Visibility is "public" or "private".');
    }
    await setDocumentVisibility(db, document.id, visibility);
    res.redirect(303, `/documents/${document.id}`);
  });

  return router;
}
