import { Router, type Request } from 'express';
import { SearchError } from '../../core/search/errors';
import { MAX_QUERY_LENGTH } from '../../core/search/query';
import type { Lang } from '../../core/model';
import { documentEffortFor } from '../../effort/library';
import { memoryMatches, searchDocument, searchLibrary, type Concordance } from '../../search/service';
import type { ServiceDeps } from '../app';
import { passagesOf } from '../edit/rows';
import { viewerOf } from '../auth/locals';
import { formErrorView } from '../errors';
import { loadedDocument, useDocumentLoaders } from '../loaders';

/** The longest sentence the memory is asked about: a sentence, not a document. */
const MAX_MEMORY_TEXT = 2000;

interface SearchParams {
  q: string;
  lang: Lang;
  after?: number;
}

function readParams(req: Request): SearchParams {
  const q = typeof req.query.q === 'string' ? req.query.q : '';
  const lang: Lang = req.query.lang === 'en' ? 'en' : 'id';
  const after = typeof req.query.after === 'string' && /^\d{1,15}$/.test(req.query.after) ? Number(req.query.after) : undefined;
  return { q, lang, after };
}

function memoryText(req: Request): string {
  const text = typeof req.query.q === 'string' ? req.query.q.trim() : '';
  if (!text) throw new SearchError('empty', 'Type something to search for.');
  if (text.length > MAX_MEMORY_TEXT) throw new SearchError('too_long', `A search is at most ${MAX_MEMORY_TEXT} characters.`, { max: MAX_MEMORY_TEXT });
  return text;
}

/** The concordance as JSON: each hit's text and its partner's as parts, marked where they match. */
function concordanceJson(result: Concordance) {
  return {
    lang: result.query.lang,
    next: result.next,
    hits: result.hits.map((h) => ({ sentenceId: h.sentenceId, documentId: h.documentId, title: h.title, position: h.position, parts: h.parts, partner: h.partner })),
  };
}

/** Search across the library (`/search`, `/api/search`) and the translation memory (`/api/memory`). */
export function searchRouter({ db, compute, editRows }: ServiceDeps): Router {
  const router = Router();

  router.get('/search', async (req, res) => {
    const params = readParams(req);
    if (!params.q.trim()) {
      res.render('search/index', { params, result: null, error: null, maxLength: MAX_QUERY_LENGTH });
      return;
    }
    try {
      const result = await searchLibrary(db, viewerOf(res), params);
      res.render('search/index', { params, result, error: null, maxLength: MAX_QUERY_LENGTH });
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status).render('search/index', { params, result: null, error: view.message, maxLength: MAX_QUERY_LENGTH });
    }
  });

  router.get('/api/search', async (req, res) => {
    res.json(concordanceJson(await searchLibrary(db, viewerOf(res), readParams(req))));
  });

  // Inside one document: the find of the reader and the editor (JSON: the matching sentences'
  // positions; with `in=edit`, also the edit page's passage holding each, since that page renders
  // its passages in parts) or, without the script, the concordance of that document alone.
  useDocumentLoaders(router, db);
  router.get('/documents/:documentId/search', async (req, res) => {
    const document = loadedDocument(res);
    const params = readParams(req);
    if (req.accepts(['html', 'json']) === 'json') {
      const found = await searchDocument(db, viewerOf(res), document.id, params);
      const passages = req.query.in === 'edit' ? passagesOf((await editRows.read(document)).groups, found.lang, found.positions) : undefined;
      res.json({ ...found, passages });
      return;
    }
    const scope = { id: document.id, title: document.title };
    try {
      const result = await searchLibrary(db, viewerOf(res), { ...params, documentId: document.id });
      res.render('search/index', { params, result, error: null, maxLength: MAX_QUERY_LENGTH, scope });
    } catch (err) {
      const view = formErrorView(err, req);
      res.status(view.status).render('search/index', { params, result: null, error: view.message, maxLength: MAX_QUERY_LENGTH, scope });
    }
  });

  // Post-editing effort of one document: how much of the machine English was changed, and by whom.
  router.get('/api/documents/:documentId/effort', async (_req, res) => {
    res.json(await documentEffortFor(db, compute, viewerOf(res), loadedDocument(res).id));
  });

  router.get('/api/memory', async (req, res) => {
    const offers = await memoryMatches(db, viewerOf(res), memoryText(req));
    res.set('Cache-Control', 'private, no-store').json({ offers });
  });

  return router;
}
