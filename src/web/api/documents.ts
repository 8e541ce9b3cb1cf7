import express, { Router } from 'express';
import { importDocument, type ImportRequest } from '../../import/import-document';
import { deleteDocument, listDocuments, type DocumentDetail, type StoredParagraph } from '../../store/documents';
import { reviewProgress } from '../../store/segments';
import type { AppDeps } from '../app';
import { documentDetail } from '../../documents/access';
import { importTmx } from '../../import/import-tmx';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { invalidField, objectBody, stringField } from '../edit/input';
import { invalid } from '../../core/errors';
import { canSeePrivate } from '../../core/model';
import { viewerOf } from '../auth/locals';

export function apiDocumentsRouter({ db, config }: AppDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  router.use(express.json({ limit: config.maxRequestBytes }));

  router.get('/documents', async (_req, res) => {
    const [documents, progress] = await Promise.all([listDocuments(db, { includePrivate: canSeePrivate(viewerOf(res)) }), reviewProgress(db)]);
    res.json({ documents: documents.map((d) => ({ ...d, progress: progress.get(d.id) ?? { reviewed: 0, total: 0 } })) });
  });

  router.get('/documents/:documentId', async (_req, res) => {
    res.json(documentJson(await documentDetail(db, loadedDocument(res))));
  });

  router.post('/documents', async (req, res) => {
    const request = { ...importRequestFromJson(req.body), createdBy: res.locals.user?.id ?? null };
    const id = await importDocument(db, request, config);
    res.status(201).location(`/api/documents/${id}`).json({ id });
  });

  router.post(
    '/documents/tmx',
    express.text({ type: ['application/xml', 'text/xml', 'application/x-tmx+xml'], limit: config.maxRequestBytes }),
    async (req, res) => {
      const xml = typeof req.body === 'string' ? req.body : stringField(objectBody(req.body), 'tmx');
      const query = req.query as Record<string, unknown>;
      const visibility = query.visibility ?? 'public';
      if (visibility !== 'public' && visibility !== 'private') {
        throw invalid('invalid_visibility', '"visibility" must be "public" or "private".');
      }
      const title = typeof query.title === 'string' ? query.title : undefined;
      const id = await importTmx(db, { xml, title, visibility, createdBy: res.locals.user?.id ?? null }, config);
      res.status(201).location(`/api/documents/${id}`).json({ id });
    },
  );

  router.delete('/documents/:documentId', async (_req, res) => {
    await deleteDocument(db, loadedDocument(res).id);
    res.status(204).end();
  });

  return router;
}

function importRequestFromJson(body: unknown): ImportRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('invalid_request', 'Send a JSON object with "title", "source" and optionally "translation".');
  }
  const b = body as Record<string, unknown>;
  const optionalString = (name: string): string | null => {
    const value = b[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw invalidField(name, 'text', `"${name}" must be a string.`);
    return value;
  };
  if (typeof b.source !== 'string') {
    throw invalidField('source', 'text', '"source" must be a string.');
  }
  const visibility = b.visibility ?? 'public';
  if (visibility !== 'public' && visibility !== 'private') {
    throw invalid('invalid_visibility', '"visibility" must be "public" or "private".');
  }
  return {
    visibility,
    title: optionalString('title') ?? '',
    titleEn: optionalString('titleEn'),
    source: b.source,
    translation: optionalString('translation'),
  };
}

const paragraphJson = (p: StoredParagraph) => ({
  text: p.text,
  sentences: p.sentences.map((s) => ({ id: s.id, text: s.text, origin: s.origin, status: s.status, version: s.version })),
});

export function documentJson(detail: DocumentDetail) {
  const { document } = detail;
  const linkJson = ({ source, target, confidence, confirmed }: DocumentDetail['paragraphLinks'][number]) => ({
    source,
    target,
    confidence,
    confirmed,
  });
  return {
    id: document.id,
    title: document.title,
    titleEn: document.title_en,
    sourceName: document.source_name,
    targetLang: document.target_lang,
    createdAt: document.created_at,
    visibility: document.visibility,
    source: detail.source.map(paragraphJson),
    translation: detail.translation.map(paragraphJson),
    links: detail.paragraphLinks.map(linkJson),
    sentenceLinks: detail.sentenceLinks.map(linkJson),
  };
}
