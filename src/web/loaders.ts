import type { Router } from 'express';
import { parseId } from '../core/model';
import { findVisibleDocument, findVisiblePart, type Part } from '../documents/access';
import type { Db } from '../store/database';
import type { DocumentRow } from '../store/schema';
import { viewerOf } from './auth/locals';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** The document the route names (directly or through a part of it), already checked for this viewer. */
      document?: DocumentRow;
      /** The id of the segment, paragraph or job the route names, once its document passed the check. */
      partId?: number;
    }
  }
}

/** The route parameters that name a document or a part of one, and what each names. */
export const LOADED_PARAMS = {
  documentId: 'document',
  segmentId: 'segment',
  paragraphId: 'paragraph',
  jobId: 'job',
} as const satisfies Record<string, 'document' | Part>;

/**
 * Registers the one loader on a router for every parameter that names a
 * document or a part of it. A router whose paths use such a parameter calls
 * this; `tests/web/loaders.test.ts` checks that none forgets.
 */
export function useDocumentLoaders(router: Router, db: Db): Router {
  router.param('documentId', async (_req, res, next, raw) => {
    // A word where an id belongs (/documents/new) is another route's path, not a missing document.
    const id = parseId(raw);
    if (id === null) return next('route');
    // Several routers see the same request; the document is loaded once.
    if (res.locals.document?.id !== id) res.locals.document = await findVisibleDocument(db, viewerOf(res), id);
    next();
  });
  for (const [param, part] of Object.entries(LOADED_PARAMS)) {
    if (part === 'document') continue;
    router.param(param, async (_req, res, next, raw) => {
      if (parseId(raw) === null) return next('route');
      const { id, document } = await findVisiblePart(db, viewerOf(res), part, raw);
      res.locals.document = document;
      res.locals.partId = id;
      next();
    });
  }
  return router;
}

/** The loaded document; only reachable on routes whose parameters went through the loader. */
export function loadedDocument(res: { locals: { document?: DocumentRow } }): DocumentRow {
  const document = res.locals.document;
  if (!document) throw new Error('The route has no loaded document: name it with :documentId (or a part of it).');
  return document;
}

export function loadedPartId(res: { locals: { partId?: number } }): number {
  const id = res.locals.partId;
  if (id === undefined) throw new Error('The route has no loaded part: name it with :segmentId, :paragraphId or :jobId.');
  return id;
}
