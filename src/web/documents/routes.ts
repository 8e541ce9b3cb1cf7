import { Router, type Response } from 'express';
import { importDocument } from '../../import/import-document';
import type { ServiceDeps } from '../app';
import { formErrorView } from '../errors';
import { documentUpload, emptyForm, formValues, importRequestFromForm, parseUpload, type DocumentFormValues } from './form';
import { loadDocumentRow } from './load';
import { ReaderBodies } from './reader-body';
import { viewerOf } from '../auth/locals';

export function documentsRouter({ db, config, glossary }: ServiceDeps): Router {
  const router = Router();
  const upload = documentUpload(config.maxDocumentBytes);
  const readerBodies = new ReaderBodies(db, glossary);

  router.get('/documents/new', (_req, res) => {
    res.render('documents/new', { values: emptyForm, error: null, maxBytes: config.maxDocumentBytes });
  });

  router.post('/documents', async (req, res) => {
    let values: DocumentFormValues = emptyForm;
    try {
      await parseUpload(upload, req, res);
      values = formValues(req.body);
      const request = importRequestFromForm(values, req.files);
      const id = await importDocument(db, { ...request, createdBy: res.locals.user?.id ?? null }, config);
      res.redirect(303, `/documents/${id}`);
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status);
      renderForm(res, values, { field: view.field ?? 'source', message: view.message }, config.maxDocumentBytes);
    }
  });

  router.get('/documents/:id', async (req, res) => {
    const document = await loadDocumentRow(db, req.params.id, viewerOf(res));
    res.render('reader/show', { document, body: await readerBodies.get(req, document.id) });
  });

  return router;
}

function renderForm(res: Response, values: DocumentFormValues, error: { field: string; message: string }, maxBytes: number) {
  res.render('documents/new', { values, error, maxBytes });
}
