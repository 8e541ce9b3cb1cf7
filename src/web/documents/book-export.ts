import { Router } from 'express';
import { documentDetail } from '../../documents/access';
import type { ServiceDeps } from '../app';
import { exchangeDocumentOf } from '../edit/exchange';
import { translatorFor } from '../i18n';
import { loadedDocument, useDocumentLoaders } from '../loaders';

const BOOK_TYPES = {
  epub: 'application/epub+zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * Bilingual books of a document for reading elsewhere:
 * `GET /documents/:documentId/book.epub?layout=table|interleaved` and
 * `GET /documents/:documentId/book.docx`, for whoever may read the document.
 * Built on the compute pool (core/exchange/bilingual-epub.ts, bilingual-docx.ts).
 */
export function bookExportRouter({ db, compute }: ServiceDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  for (const format of ['epub', 'docx'] as const) {
    router.get(`/documents/:documentId/book.${format}`, async (req, res) => {
      const detail = await documentDetail(db, loadedDocument(res));
      const doc = exchangeDocumentOf(detail);
      const t = translatorFor(req);
      const labels = { source: t('reader:column.source'), translation: t('reader:column.translation') };
      const layout = req.query.layout === 'interleaved' ? 'interleaved' : 'table';
      const host = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const bytes = await compute.run(
        'exportBook',
        format === 'epub'
          ? { format, doc, options: { layout, labels, identifier: `${host}/documents/${detail.document.id}`, modified: new Date().toISOString() } }
          : { format, doc, labels },
      );
      res.attachment(`document-${detail.document.id}${format === 'epub' && layout === 'interleaved' ? '-interleaved' : ''}.${format}`);
      res.type(BOOK_TYPES[format]);
      res.send(Buffer.from(bytes));
    });
  }
  return router;
}
