import { Router } from 'express';
import { listDocuments } from '../../store/documents';
import type { ServiceDeps } from '../app';

export function libraryRouter({ db, glossary }: ServiceDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const [documents, missingTerms] = await Promise.all([
      listDocuments(db, { includePrivate: res.locals.user !== undefined }),
      glossary.missingCounts(),
    ]);
    res.render('library/index', { documents, missingTerms });
  });
  return router;
}
