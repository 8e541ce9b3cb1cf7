import { Router, type Request, type Response } from 'express';
import { authorName } from '../../core/model';
import { decodeTextFile } from '../../import/decode';
import { historyState } from '../../editing/alignment';
import { replaceTranslationText } from '../../editing/english-side';
import { chapterContents } from '../../core/reader/chapters';
import { QUEUE_KINDS } from '../../core/review/queue';
import { reviewProgress } from '../../store/segments';
import type { ServiceDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { formErrorView } from '../errors';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { fileUpload, formField, runUpload, uploadedFile } from '../uploads';
import { sendExport } from './export';
import { FIRST_PASSAGES, MARGIN, passageRange, renderGroups } from './rows';

const wholeNumber = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
};

/**
 * The first passage the page renders. Without the script, go-to is a plain form and the
 * earlier/later links plain links: the page then opens a little before the passage asked for.
 */
function windowStart(query: Request['query']): number {
  const passage = wholeNumber(query.passage);
  if (passage !== undefined) return Math.max(0, passage - 1 - MARGIN);
  return wholeNumber(query.from) ?? 0;
}

export function editPagesRouter({ db, config, compute, editRows }: ServiceDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  const translationUpload = fileUpload(config.maxDocumentBytes, ['translation_file']);

  async function renderEditor(req: Request, res: Response) {
    const document = loadedDocument(res);
    const [rows, progressByDocument, history] = await Promise.all([editRows.read(document), reviewProgress(db), historyState(db, document.id)]);
    const progress = progressByDocument.get(document.id) ?? { reviewed: 0, total: 0 };
    const groupCount = rows.groups.length;
    const start = windowStart(req.query);
    const window = passageRange(groupCount, start, start + FIRST_PASSAGES);
    const firstRows = await renderGroups(res, rows.groups.slice(window.from, window.to), groupCount);
    res.render('edit/show', {
      document,
      firstRows,
      window,
      groupCount,
      revision: rows.revision,
      chunk: FIRST_PASSAGES,
      progress,
      history,
      queueKinds: QUEUE_KINDS,
      chapters: chapterContents(rows.groups.map((g) => ({ chapterStart: g.chapterStart, heading: g.heading?.text ?? null }))),
    });
  }

  router.get('/documents/:documentId/edit', renderEditor);
  // The reader's edit mode is the edit page, which the access rules keep for editors.
  router.get('/documents/:documentId', (req, res, next) => {
    if (req.query.mode !== 'edit') return next();
    if (!res.locals.user) return res.redirect(303, `/documents/${loadedDocument(res).id}/edit`);
    return renderEditor(req, res);
  });

  // The passages the page has not rendered yet, for the script: as the page renders them, in JSON.
  router.get('/documents/:documentId/edit/rows', async (req, res) => {
    const rows = await editRows.read(loadedDocument(res));
    const groupCount = rows.groups.length;
    const range = passageRange(groupCount, wholeNumber(req.query.from) ?? 0, wholeNumber(req.query.to) ?? 0);
    const html = await renderGroups(res, rows.groups.slice(range.from, range.to), groupCount);
    res.json({ ...range, groupCount, revision: rows.revision, html });
  });

  router.get('/documents/:documentId/export/:format', (req, res) => sendExport(req, res, db, req.params.format, compute));

  router.get('/documents/:documentId/edit/translation', (_req, res) => {
    res.render('edit/translation', { document: loadedDocument(res), error: null, text: '', maxBytes: config.maxDocumentBytes });
  });

  router.post('/documents/:documentId/edit/translation', async (req, res) => {
    const document = loadedDocument(res);
    let text = '';
    try {
      await runUpload(translationUpload, req, res);
      text = formField(req.body, 'translation_text');
      const file = uploadedFile(req, 'translation_file');
      const upload = file && decodeTextFile(file.buffer, 'translation_file', file.originalname);
      await replaceTranslationText(db, document.id, upload ?? text, authorName(viewerOf(res)), { limits: config, compute });
      res.redirect(303, `/documents/${document.id}/edit`);
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status).render('edit/translation', { document, error: view.message, text, maxBytes: config.maxDocumentBytes });
    }
  });

  return router;
}
