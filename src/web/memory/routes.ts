import { Router } from 'express';
import { invalid } from '../../core/errors';
import { libraryMemory } from '../../core/exchange/library-memory';
import { authorName, canSeePrivate } from '../../core/model';
import { decodeTextFile } from '../../import/decode';
import { importMemory } from '../../memory/import';
import { getDocument, listDocuments } from '../../store/documents';
import { countMemoryPairs } from '../../store/memory-pairs';
import type { ServiceDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { exchangeDocumentOf } from '../edit/exchange';
import { formErrorView } from '../errors';
import { selectedIds } from '../selection';
import { fileUpload, runUpload, uploadedFile } from '../uploads';

/**
 * The library's reviewed pairs as one TMX file (`/memory.tmx`, `?documents=3,7` for a selection), and
 * TMX files imported as memory only (`/memory`: the form; anonymous writes are refused by the access guard).
 */
export function memoryRouter({ db, compute, config }: ServiceDeps): Router {
  const router = Router();
  // A TMX file carries both sides and its markup: as large as two sides, like a TMX document import.
  const maxBytes = 2 * config.maxDocumentBytes;
  const upload = fileUpload(maxBytes, ['tmx_file']);
  const page = async (imported: number | null, error: string | null) => ({ stored: await countMemoryPairs(db), imported, error, maxBytes });

  router.get('/memory', async (_req, res) => {
    res.set('Cache-Control', 'private, no-store');
    res.render('memory/index', await page(null, null));
  });

  router.post('/memory/import', async (req, res) => {
    try {
      await runUpload(upload, req, res);
      const file = uploadedFile(req, 'tmx_file');
      if (!file) throw invalid('tmx_missing', 'Choose a TMX file.', {}, 'tmx_file');
      const xml = decodeTextFile(file.buffer, 'tmx_file', file.originalname);
      const imported = await importMemory(db, compute, { xml, fileName: file.originalname, author: authorName(viewerOf(res)) }, maxBytes);
      res.render('memory/index', await page(imported, null));
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status).render('memory/index', await page(null, view.message));
    }
  });

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
