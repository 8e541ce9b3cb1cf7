import { Router } from 'express';
import { csvCell } from '../../core/exchange/delimited';
import type { DocumentEffort } from '../../core/effort/effort';
import { canSeePrivate } from '../../core/model';
import { documentEffortFor, englishSentenceCount, libraryEfforts, reviewTimeline } from '../../effort/library';
import { listDocuments } from '../../store/documents';
import type { ServiceDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { selectedIds } from '../selection';

const CSV_HEADER = ['document', 'title', 'editor', 'sentences', 'edited', 'machine_words', 'words_changed', 'percent_changed', 'revisions'];

/** One row per document, then one per editor of it (editors only for signed-in viewers, as in the API). */
function effortCsv(documents: readonly { id: number; title: string }[], efforts: Map<number, DocumentEffort>): string {
  const rows: string[][] = [CSV_HEADER];
  for (const doc of documents) {
    const e = efforts.get(doc.id);
    if (!e) continue;
    const id = String(doc.id);
    rows.push([id, doc.title, '', String(e.sentences), String(e.edited), String(e.machineWords), String(e.wordsChanged), String(e.percentChanged), '']);
    for (const ed of e.editors) rows.push([id, doc.title, ed.author, '', '', '', String(ed.wordsChanged), '', String(ed.revisions)]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Post-editing effort as a download for the library, and one document's effort page with its progress chart. */
export function effortRouter({ db, compute }: ServiceDeps): Router {
  const router = Router();

  router.get('/effort.csv', async (req, res) => {
    const viewer = viewerOf(res);
    const wanted = selectedIds(req);
    const documents = (await listDocuments(db, { includePrivate: canSeePrivate(viewer) })).filter((d) => !wanted || wanted.has(d.id));
    const efforts = await libraryEfforts(db, compute, viewer, documents.map((d) => d.id));
    res.set('Cache-Control', 'private, no-store');
    res.attachment('effort.csv');
    res.type('text/csv; charset=utf-8').send(effortCsv(documents, efforts));
  });

  useDocumentLoaders(router, db);
  router.get('/documents/:documentId/effort', async (_req, res) => {
    const document = loadedDocument(res);
    const [effort, days, total] = await Promise.all([
      documentEffortFor(db, compute, viewerOf(res), document.id),
      reviewTimeline(db, document.id),
      englishSentenceCount(db, document.id),
    ]);
    res.set('Cache-Control', 'private, no-store');
    res.render('effort/document', { document, effort, days, total });
  });

  return router;
}
