import { Router } from 'express';
import { libraryMemory } from '../../core/exchange/library-memory';
import { canSeePrivate } from '../../core/model';
import { getDocument, listDocuments } from '../../store/documents';
import type { ServiceDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { exchangeDocumentOf } from '../edit/exchange';
import { selectedIds } from '../selection';

/** The library's reviewed pairs as one TMX file (`/memory.tmx`, `?documents=3,7` for a selection). */
export function memoryRouter({ db, compute }: ServiceDeps): Router {
  const router = Router();

  router.get('/memory.tmx', async (req, res) => {
    const wanted = selectedIds(req);
    // Only documents the viewer may see are listed; a selected id outside them is left out as a missing one.
    const documents = (await listDocuments(db, { includePrivate: canSeePrivate(viewerOf(res)) })).filter((d) => !wanted || wanted.has(d.id));
    const exchange = [];
    for (const doc of documents) {
      const detail = await getDocument(db, doc.id);
      if (detail) exchange.push(exchangeDocumentOf(detail));
    }
    const memory = libraryMemory(exchange, 'Sejajar translation memory');
    const body = await compute.run('exportDocument', { format: 'tmx', doc: memory, options: { creationTool: 'Sejajar', creationToolVersion: '0.1.0' } });
    res.set('Cache-Control', 'private, no-store');
    res.attachment('memory.tmx');
    res.type('application/x-tmx+xml; charset=utf-8').send(body);
  });

  return router;
}
