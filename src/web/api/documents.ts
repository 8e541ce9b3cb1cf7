import express, { Router } from 'express';
import { importDocument, type ImportRequest } from '../../import/import-document';
import { importFiles } from '../../import/import-files';
import { filesRequestFromMultipart } from './document-files';
import { sidesFromJson } from './json-sides';
import { deleteDocument, listDocuments, type DocumentDetail, type StoredParagraph } from '../../store/documents';
import { reviewProgress } from '../../store/segments';
import type { ServiceDeps } from '../app';
import { BodyWriter, CachedAnswer, sendAnswer, sharedCacheControl, type WrittenBody } from '../page-cache';
import { slicer } from '../../event-loop-slices';
import type { Db } from '../../store/database';
import type { DocumentRow } from '../../store/schema';
import { documentPart, partRequest, type PartRequest } from './document-range';
import { documentDetail } from '../../documents/access';
import { importTmx } from '../../import/import-tmx';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { invalidField, objectBody, stringField } from '../edit/input';
import { invalid } from '../../core/errors';
import { canSeePrivate } from '../../core/model';
import { viewerOf } from '../auth/locals';

const JSON_TYPE = 'application/json; charset=utf-8';
/** What a parsed document holds in memory per byte of its JSON, about (strings as UTF-16, arrays, objects). */
const PARSED_BYTES_PER_BYTE = 4;

export function apiDocumentsRouter({ db, config, answers, compute }: ServiceDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  router.use(express.json({ limit: config.maxRequestBytes }));

  router.get('/documents', async (_req, res) => {
    const [documents, progress] = await Promise.all([listDocuments(db, { includePrivate: canSeePrivate(viewerOf(res)) }), reviewProgress(db)]);
    res.json({ documents: documents.map((d) => ({ ...d, progress: progress.get(d.id) ?? { reviewed: 0, total: 0 } })) });
  });

  router.get('/documents/:documentId', async (req, res) => {
    const document = loadedDocument(res);
    const part = partRequest(req.query as Record<string, unknown>);
    // The JSON is the same for every viewer allowed to see the document; the loader has checked that.
    const cacheControl = document.visibility === 'private' ? 'private, no-cache' : sharedCacheControl(res);
    // The detail read for the bytes, when this request built them, serves its part too.
    let built: DocumentDetail | undefined;
    const build = async () => documentJsonBody((built = await documentDetail(db, document)));
    // A part is cut from the whole document, kept whole for the next part however long; only a
    // request for the whole may be answered by the ETag alone.
    const options = part ? { keepLarge: true } : { ifNoneMatch: req.headers['if-none-match'] };
    const whole = await answers.get(`api|${document.id}`, String(document.revision), JSON_TYPE, build, options);
    if (!part) return sendAnswer(req, res, whole, { cacheControl });
    const json = documentPartJson(await wholeJson(db, whole, document, built), part);
    await sendAnswer(req, res, new CachedAnswer(Buffer.from(JSON.stringify(json)), JSON_TYPE), { cacheControl });
  });

  router.post('/documents', async (req, res) => {
    const createdBy = res.locals.user?.id ?? null;
    const id = req.is('multipart/form-data')
      ? await importFiles(db, { ...(await filesRequestFromMultipart(req, res, config)), createdBy }, config, compute)
      : await importDocument(db, { ...importRequestFromJson(req.body), createdBy }, config, compute);
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
      const id = await importTmx(db, { xml, title, visibility, createdBy: res.locals.user?.id ?? null }, config, compute);
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
  const visibility = b.visibility ?? 'public';
  if (visibility !== 'public' && visibility !== 'private') {
    throw invalid('invalid_visibility', '"visibility" must be "public" or "private".');
  }
  if (b.prefillFromMemory !== undefined && typeof b.prefillFromMemory !== 'boolean') {
    throw invalidField('prefillFromMemory', 'choice', '"prefillFromMemory" must be true or false.', { allowed: 'true, false' });
  }
  return {
    visibility,
    prefillFromMemory: b.prefillFromMemory === true,
    title: optionalString('title') ?? '',
    titleEn: optionalString('titleEn'),
    ...sidesFromJson(b),
  };
}

const paragraphJson = (p: StoredParagraph) => ({
  text: p.text,
  structure: p.structure,
  chapter: p.chapter,
  sentences: p.sentences.map((s) => ({ id: s.id, text: s.text, origin: s.origin, status: s.status, version: s.version })),
});

const linkJson = ({ source, target, confidence, confirmed }: DocumentDetail['paragraphLinks'][number]) => ({ source, target, confidence, confirmed });

function metadataJson({ document }: DocumentDetail) {
  return {
    id: document.id,
    title: document.title,
    titleEn: document.title_en,
    sourceName: document.source_name,
    targetLang: document.target_lang,
    createdAt: document.created_at,
    visibility: document.visibility,
  };
}

export function documentJson(detail: DocumentDetail) {
  return {
    ...metadataJson(detail),
    source: detail.source.map(paragraphJson),
    translation: detail.translation.map(paragraphJson),
    links: detail.paragraphLinks.map(linkJson),
    sentenceLinks: detail.sentenceLinks.map(linkJson),
  };
}

/** The document's lists as its JSON names them, each with how one item is written: the sliced makers' one table. */
function documentLists(detail: DocumentDetail): [string, readonly unknown[], (item: never) => unknown][] {
  return [
    ['source', detail.source, paragraphJson],
    ['translation', detail.translation, paragraphJson],
    ['links', detail.paragraphLinks, linkJson],
    ['sentenceLinks', detail.sentenceLinks, linkJson],
  ];
}

/** documentJson's values made with turns of the event loop between slices (a 6,000-paragraph document's took 50 ms in one go on a busy machine). */
export async function documentJsonSliced(detail: DocumentDetail): Promise<DocumentJson> {
  const pause = slicer();
  const json: Record<string, unknown> = metadataJson(detail);
  for (const [name, items, toJson] of documentLists(detail)) {
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      out[i] = toJson(items[i] as never);
      const turn = pause();
      if (turn) await turn;
    }
    json[name] = out;
  }
  return json as DocumentJson;
}

/**
 * The bytes JSON.stringify(documentJson(detail)) gives, written a paragraph or link at a time
 * with turns of the event loop between slices: a 20,000-paragraph document's 10 MB of JSON,
 * made in one call, held the loop for a tenth of a second and more.
 */
export async function documentJsonBody(detail: DocumentDetail): Promise<WrittenBody> {
  const writer = new BodyWriter();
  const pause = slicer();
  writer.write(JSON.stringify(metadataJson(detail)).slice(0, -1));
  for (const [name, items, toJson] of documentLists(detail)) {
    writer.write(`,${JSON.stringify(name)}:[`);
    for (let i = 0; i < items.length; i++) {
      writer.write((i === 0 ? '' : ',') + JSON.stringify(toJson(items[i] as never)));
      const turn = pause();
      if (turn) await turn;
    }
    writer.write(']');
  }
  writer.write('}');
  return writer.finish();
}

type DocumentJson = ReturnType<typeof documentJson>;

/**
 * The whole document as JSON values, for its parts. A client reading a long document in parts
 * reads the database once per revision, not once per part: the values are kept with the whole
 * answer. They come from the read that built the bytes, or are read again (a page at a time),
 * rather than parsed from the answer's bytes, which would hold the event loop for the whole body;
 * read after a change, they serve this request only.
 */
async function wholeJson(db: Db, whole: CachedAnswer, document: DocumentRow, built?: DocumentDetail): Promise<DocumentJson> {
  const kept = whole.kept<DocumentJson>('json');
  if (kept) return kept;
  const detail = built ?? (await documentDetail(db, document));
  const json = await documentJsonSliced(detail);
  if (detail.document.revision === document.revision) whole.keep('json', json, PARSED_BYTES_PER_BYTE * whole.body.length);
  return json;
}

/** The metadata, `range`, and the columns asked for, of the paragraphs asked for. */
function documentPartJson(whole: DocumentJson, part: PartRequest) {
  const { source, translation, links, sentenceLinks, ...metadata } = whole;
  const { range, columns } = documentPart({ source, translation, links, sentenceLinks }, part);
  return { ...metadata, range, ...Object.fromEntries(part.fields.map((f) => [f, columns[f]])) };
}
