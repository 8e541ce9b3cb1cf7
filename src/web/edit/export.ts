import type { Request, Response } from 'express';
import { inlineCompute, type Compute } from '../../compute/compute';
import type { ExportTask } from '../../compute/tasks';
import type { ExchangeDocument } from '../../core/exchange/index';
import type { Db } from '../../store/database';
import { notFound } from '../../core/errors';
import { visibleAuthor, type Viewer } from '../../core/model';
import { documentDetail } from '../../documents/access';
import { revisionMarks } from '../../store/revisions';
import { viewerOf } from '../auth/locals';
import { loadedDocument } from '../loaders';
import { translatorFor } from '../i18n';
import { exchangeDocumentOf } from './exchange';

export const EXPORT_FORMATS = ['tmx', 'csv', 'tsv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  tmx: 'application/x-tmx+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** A file name from the title: ASCII letters and digits only, so every browser and shell takes it. */
function fileName(title: string, id: number, format: ExportFormat): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .toLowerCase();
  return `${slug || 'document'}-${id}.${format}`;
}

/** The builder and its options for one format. */
function exportTask(req: Request, res: Response, doc: ExchangeDocument, format: ExportFormat): ExportTask {
  if (format === 'tmx') return { format, doc, options: { creationTool: 'Sejajar', creationToolVersion: '0.1.0' } };
  if (format === 'csv' || format === 'tsv') return { format: 'delimited', doc, delimiter: format === 'csv' ? ',' : '\t' };
  const t = translatorFor(req);
  const labels = { lang: String(res.locals.lng ?? 'en'), source: t('reader:column.source'), translation: t('reader:column.translation'), generator: 'Sejajar' };
  return { format, doc, labels };
}

/** Each sentence's first and latest revision, with the authors only a signed-in viewer may see. */
async function stampsFor(db: Db, documentId: number, viewer: Viewer) {
  const marks = await revisionMarks(db, documentId);
  const hide = (m: { at: string; author: string | null }) => ({ at: m.at, author: visibleAuthor(viewer, m.author) });
  return new Map([...marks].map(([id, m]) => [id, { created: hide(m.created), changed: hide(m.changed) }]));
}

/** Sends the loaded document in one of the exchange formats; a long one is built on `compute` (a worker thread). */
export async function sendExport(req: Request, res: Response, db: Db, format: unknown, compute: Compute = inlineCompute): Promise<void> {
  if (!isExportFormat(format)) throw notFound('export format');
  const document = loadedDocument(res);
  const [detail, stamps] = await Promise.all([documentDetail(db, document), format === 'tmx' ? stampsFor(db, document.id, viewerOf(res)) : undefined]);
  const body = await compute.run('exportDocument', exportTask(req, res, exchangeDocumentOf(detail, stamps), format));
  // attachment() guesses a type from the file name, so the real type is set after it.
  res.attachment(fileName(detail.document.title, detail.document.id, format));
  res.type(CONTENT_TYPES[format]);
  // The downloaded page carries its own style; it must not run anything.
  if (format === 'html') res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
  res.send(format === 'csv' ? `\uFEFF${body}` : body);
}
