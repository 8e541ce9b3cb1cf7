import { Router } from 'express';
import { canSeePrivate } from '../../core/model';
import { viewerOf } from '../auth/locals';
import { listDocuments } from '../../store/documents';
import type { ServiceDeps } from '../app';
import { reviewProgress } from '../../store/segments';

export function libraryRouter({ db, glossary }: ServiceDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const [documents, missingTerms, progress] = await Promise.all([
      listDocuments(db, { includePrivate: canSeePrivate(viewerOf(res)) }),
      glossary.missingCounts(),
      reviewProgress(db),
    ]);
    res.render('library/index', { documents, missingTerms, progress });
  });
  return router;
}
