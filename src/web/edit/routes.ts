import express, { Router, type Request, type Response } from 'express';
import multer from 'multer';
import { decodeTextFile } from '../../import/decode';
import { InputError } from '../../import/input-error';
import { historyState } from '../../store/alignment-ops';
import { reviewProgress } from '../../store/segments';
import { replaceTranslation } from '../../store/translation';
import type { AppDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadDocument } from '../documents/load';
import { formErrorView } from '../errors';
import { DomainError } from '../../core/errors';
import { translatorFor } from '../i18n';
import { checkedTranslation } from './api';
import { sendExport } from './export';
import { authorOf } from './input';
import { importTmx } from './tmx-import';
import { editGroups } from './view-model';

function fileUpload(maxBytes: number, field: string) {
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, fieldSize: maxBytes, files: 1, fields: 4, parts: 6 },
  }).single(field);
}

function runUpload(handler: express.RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => handler(req, res, (err: unknown) => (err ? reject(err) : resolve())));
}

const field = (body: unknown, name: string) => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};

export function editPagesRouter({ db, config }: AppDeps): Router {
  const router = Router();
  const translationUpload = fileUpload(config.maxDocumentBytes, 'translation_file');
  const tmxUpload = fileUpload(config.maxDocumentBytes, 'tmx_file');

  async function renderEditor(req: Request, res: Response) {
    const detail = await loadDocument(db, String(req.params.id), viewerOf(res));
    const [progressByDocument, history] = await Promise.all([reviewProgress(db), historyState(db, detail.document.id)]);
    const progress = progressByDocument.get(detail.document.id) ?? { reviewed: 0, total: 0 };
    res.render('edit/show', { detail, document: detail.document, groups: editGroups(detail), progress, history });
  }

  router.get('/documents/:id/edit', renderEditor);
  // The reader's edit mode is the edit page, which the access rules keep for editors.
  router.get('/documents/:id', (req, res, next) => {
    if (req.query.mode !== 'edit') return next();
    if (!res.locals.user) return res.redirect(303, `/documents/${encodeURIComponent(req.params.id)}/edit`);
    return renderEditor(req, res);
  });

  router.get('/documents/:id/export/:format', (req, res) => sendExport(db, req, res, req.params.format));

  router.get('/documents/:id/edit/translation', async (req, res) => {
    const detail = await loadDocument(db, req.params.id, viewerOf(res));
    res.render('edit/translation', { document: detail.document, error: null, text: '', maxBytes: config.maxDocumentBytes });
  });

  router.post('/documents/:id/edit/translation', async (req, res) => {
    const detail = await loadDocument(db, req.params.id, viewerOf(res));
    let text = '';
    try {
      await runUpload(translationUpload, req, res);
      text = field(req.body, 'translation_text');
      const file = req.file && req.file.size > 0 ? decodeTextFile(req.file.buffer, 'translation_file', req.file.originalname) : null;
      const translation = checkedTranslation(file ?? text, config.maxDocumentBytes);
      await replaceTranslation(db, { documentId: detail.document.id, translation, author: authorOf(res) });
      res.redirect(303, `/documents/${detail.document.id}/edit`);
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status).render('edit/translation', { document: detail.document, error: view.message, text, maxBytes: config.maxDocumentBytes });
    }
  });

  router.post('/documents/tmx', async (req, res) => {
    try {
      await runUpload(tmxUpload, req, res);
      if (!req.file || req.file.size === 0) throw new DomainError('invalid', 'tmx_missing', 'Choose a TMX file.');
      const xml = decodeTextFile(req.file.buffer, 'tmx_file', req.file.originalname);
      const id = await importTmx(db, xml, { title: field(req.body, 'title'), maxBytes: config.maxDocumentBytes });
      res.redirect(303, `/documents/${id}/edit`);
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status).render('edit/tmx-error', { message: view.message });
    }
  });

  return router;
}

