import { Router, type Response } from 'express';
import { invalid } from '../../core/errors';
import { decodeTextFile } from '../../import/decode';
import { fileLimit, importFiles } from '../../import/import-files';
import { importTmx } from '../../import/import-tmx';
import type { ServiceDeps } from '../app';
import { formErrorView } from '../errors';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { fileUpload, formField, runUpload, uploadedFile } from '../uploads';
import { emptyForm, formValues, importRequestFromForm, type DocumentFormValues } from './form';
import { sendAnswer, sharedCacheControl } from '../page-cache';
import { ReaderBodies } from './reader-body';
import { ReaderPages } from './reader-page';

/** Importing documents (text or TMX) and reading them. */
export function documentsRouter({ db, config, glossary, answers, compute }: ServiceDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  const upload = fileUpload(fileLimit(config), ['source_file', 'translation_file']);
  const tmxUpload = fileUpload(2 * config.maxDocumentBytes, ['tmx_file']);
  const readerBodies = new ReaderBodies(db, glossary);
  const readerPages = new ReaderPages(readerBodies, glossary, answers);

  router.get('/documents/new', (_req, res) => {
    res.render('documents/new', { values: emptyForm, error: null, maxBytes: config.maxDocumentBytes });
  });

  router.post('/documents', async (req, res) => {
    let values: DocumentFormValues = emptyForm;
    try {
      await runUpload(upload, req, res);
      values = formValues(req.body);
      const request = importRequestFromForm(values, req);
      const id = await importFiles(db, { ...request, createdBy: res.locals.user?.id ?? null }, config, compute);
      res.redirect(303, `/documents/${id}`);
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status);
      renderForm(res, values, { field: view.field ?? 'source', message: view.message, code: view.code }, config.maxDocumentBytes);
    }
  });

  router.post('/documents/tmx', async (req, res) => {
    try {
      await runUpload(tmxUpload, req, res);
      const file = uploadedFile(req, 'tmx_file');
      if (!file) throw invalid('tmx_missing', 'Choose a TMX file.', {}, 'tmx_file');
      const xml = decodeTextFile(file.buffer, 'tmx_file', file.originalname);
      const visibility = formField(req.body, 'visibility') === 'private' ? 'private' : 'public';
      const request = { xml, title: formField(req.body, 'title'), visibility, createdBy: res.locals.user?.id ?? null } as const;
      const id = await importTmx(db, request, config, compute);
      res.redirect(303, `/documents/${id}/edit`);
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status).render('edit/tmx-error', { message: view.message });
    }
  });

  router.get('/documents/:documentId', async (req, res) => {
    const document = loadedDocument(res);
    if (res.locals.user) {
      // The signed-in page carries the user's CSRF token and menu: for this browser only.
      res.set('Cache-Control', 'private, no-store');
      res.render('reader/show', { document, body: await readerBodies.get(req, document.id) });
      return;
    }
    const page = await readerPages.get(req, document);
    await sendAnswer(req, res, page, { cacheControl: sharedCacheControl(res), vary: 'Accept-Language, Cookie' });
  });

  return router;
}

function renderForm(res: Response, values: DocumentFormValues, error: { field: string; message: string; code: string }, maxBytes: number) {
  res.render('documents/new', { values, error, maxBytes });
}
