import { Router } from 'express';
import { canSeePrivate } from '../../core/model';
import { viewerOf } from '../auth/locals';
import { listDocuments } from '../../store/documents';
import type { ServiceDeps } from '../app';
import { reviewProgress } from '../../store/segments';
import { reviewServiceOf } from '../review/service-of';
import { libraryEfforts } from '../../effort/library';

export function libraryRouter(deps: ServiceDeps): Router {
  const { db, glossary, compute } = deps;
  const router = Router();
  const review = reviewServiceOf(deps);
  router.get('/', async (_req, res) => {
    const [documents, missingTerms, progress, needsAttention] = await Promise.all([
      listDocuments(db, { includePrivate: canSeePrivate(viewerOf(res)) }),
      glossary.missingCounts(),
      reviewProgress(db),
      // The review queue is for editors: its counts too.
      res.locals.user ? review.openCounts() : Promise.resolve(null),
    ]);
    const efforts = await libraryEfforts(db, compute, viewerOf(res), documents.map((d) => d.id));
    res.render('library/index', { documents, missingTerms, progress, needsAttention, efforts });
  });
  return router;
}
