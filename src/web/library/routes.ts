import { Router } from 'express';
import { listDocuments } from '../../store/documents';
import type { AppDeps } from '../app';

export function libraryRouter({ db }: AppDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const documents = await listDocuments(db, { includePrivate: res.locals.user !== undefined });
    res.render('library/index', { documents });
  });
  return router;
}
