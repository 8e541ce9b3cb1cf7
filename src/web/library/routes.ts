import { Router } from 'express';
import { listDocuments } from '../../store/documents';
import type { ServiceDeps } from '../app';
import { reviewProgress } from '../../store/segments';

export function libraryRouter({ db, glossary }: ServiceDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const [documents, missingTerms, progress] = await Promise.all([
      listDocuments(db, { includePrivate: res.locals.user !== undefined }),
      glossary.missingCounts(),
      reviewProgress(db),
    ]);
    res.render('library/index', { documents, missingTerms, progress });
  });
  return router;
}
