import { Router } from 'express';
import { listDocuments } from '../../store/documents';
import { reviewProgress } from '../../store/segments';
import type { AppDeps } from '../app';

export function libraryRouter({ db }: AppDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const [documents, progress] = await Promise.all([listDocuments(db, { includePrivate: res.locals.user !== undefined }), reviewProgress(db)]);
    res.render('library/index', { documents, progress });
  });
  return router;
}
