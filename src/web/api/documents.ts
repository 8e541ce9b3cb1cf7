import express, { Router } from 'express';
import { importDocument, type ImportRequest } from '../../import/import-document';
import { deleteDocument, listDocuments, type DocumentDetail, type StoredParagraph } from '../../store/documents';
import { viewerOf } from '../auth/locals';
import { reviewProgress } from '../../store/segments';
import type { AppDeps } from '../app';
import { loadDocument } from '../documents/load';
import { DomainError } from '../../core/errors';

export function apiDocumentsRouter({ db, config }: AppDeps): Router {
  const router = Router();
  router.use(express.json({ limit: config.maxRequestBytes }));

  router.get('/documents', async (_req, res) => {
    const [documents, progress] = await Promise.all([listDocuments(db, { includePrivate: res.locals.user !== undefined }), reviewProgress(db)]);
    res.json({ documents: documents.map((d) => ({ ...d, progress: progress.get(d.id) ?? { reviewed: 0, total: 0 } })) });
  });

  router.get('/documents/:id', async (req, res) => {
    res.json(documentJson(await loadDocument(db, req.params.id, viewerOf(res))));
  });

  router.post('/documents', async (req, res) => {
    const request = { ...importRequestFromJson(req.body), createdBy: res.locals.user?.id ?? null };
    const id = await importDocument(db, request, config);
    res.status(201).location(`/api/documents/${id}`).json({ id });
  });

  router.delete('/documents/:id', async (req, res) => {
    const { document } = await loadDocument(db, req.params.id, viewerOf(res));
    await deleteDocument(db, document.id);
    res.status(204).end();
  });

  return router;
}

function importRequestFromJson(body: unknown): ImportRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid', 'invalid_request', 'Send a JSON object with "title", "source" and optionally "translation".');
  }
  const b = body as Record<string, unknown>;
  const optionalString = (name: string): string | null => {
    const value = b[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw new DomainError('invalid', 'invalid_field', `"${name}" must be a string.`, { field: name });
    return value;
  };
  if (typeof b.source !== 'string') {
    throw new DomainError('invalid', 'invalid_field', '"source" must be a string.', { field: 'source' });
  }
  const visibility = b.visibility ?? 'public';
  if (visibility !== 'public' && visibility !== 'private') {
    throw new DomainError('invalid', 'invalid_visibility', '"visibility" must be "public" or "private".');
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
