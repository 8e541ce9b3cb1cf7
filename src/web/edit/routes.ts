import { Router, type Request, type Response } from 'express';
import { authorName } from '../../core/model';
import { documentDetail } from '../../documents/access';
import { decodeTextFile } from '../../import/decode';
import { intakeSide } from '../../import/intake';
import { historyState } from '../../editing/alignment';
import { replaceTranslation } from '../../editing/english-side';
import { reviewProgress } from '../../store/segments';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { formErrorView } from '../errors';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { fileUpload, formField, runUpload, uploadedFile } from '../uploads';
import { sendExport } from './export';
import { editGroups } from './view-model';

export function editPagesRouter({ db, config }: AppDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  const translationUpload = fileUpload(config.maxDocumentBytes, ['translation_file']);

  async function renderEditor(_req: Request, res: Response) {
    const detail = await documentDetail(db, loadedDocument(res));
    const [progressByDocument, history] = await Promise.all([reviewProgress(db), historyState(db, detail.document.id)]);
    const progress = progressByDocument.get(detail.document.id) ?? { reviewed: 0, total: 0 };
    res.render('edit/show', { detail, document: detail.document, groups: editGroups(detail), progress, history });
  }

  router.get('/documents/:documentId/edit', renderEditor);
  // The reader's edit mode is the edit page, which the access rules keep for editors.
  router.get('/documents/:documentId', (req, res, next) => {
    if (req.query.mode !== 'edit') return next();
    if (!res.locals.user) return res.redirect(303, `/documents/${loadedDocument(res).id}/edit`);
    return renderEditor(req, res);
  });

  router.get('/documents/:documentId/export/:format', (req, res) => sendExport(req, res, db, req.params.format));

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
      const translation = intakeSide(upload ?? text, 'translation', config);
      await replaceTranslation(db, document.id, translation, authorName(viewerOf(res)));
      res.redirect(303, `/documents/${document.id}/edit`);
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status).render('edit/translation', { document, error: view.message, text, maxBytes: config.maxDocumentBytes });
    }
  });

  return router;
}
