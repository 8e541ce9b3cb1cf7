/**
 * Search across the library (a bilingual concordance: each hit with its aligned partner) and the
 * translation memory (fuzzy matches from reviewed pairs). Both read the databases' full-text indexes
 * (migration 009), which every write of a sentence keeps current; private documents take part only
 * for viewers who may see them, decided once here and applied in the query.
 */
import { canSeePrivate, type Lang, type Viewer } from '../core/model';
import { wordDiff, type DiffPart } from '../core/edit/index';
import { markerFor, type MarkedPart } from '../core/search/highlight';
import { alikeEnough, bestOffers, MEMORY_OFFERS, memoryQueries, type MemoryQueries } from '../core/search/memory';
import { engineQuery, parseQuery, type SearchQuery } from '../core/search/query';
import type { Db } from '../store/database';
import { memoryPairCandidates } from '../store/memory-pairs';
import { findSentences, partnersOf, rootCandidates } from '../store/search';

export const HITS_PER_PAGE = 50;
/** Candidates the memory scores for one sentence: enough to find the close ones, few enough to stay fast. */
const MEMORY_CANDIDATES = 60;
/**
 * The wider step ranks at most this many of the sentences it matches (PostgreSQL; FTS5 ranks inside
 * its own index scan). Sentences sharing two roots of a long sentence are about a thousand at most
 * in a library of 100,000 pairs; this bounds what two frequent roots can cost in a larger one, at the
 * price of ranking only some of their sentences.
 */
const WIDER_RANKED = 2000;

export interface ConcordanceHit {
  sentenceId: number;
  documentId: number;
  title: string;
  position: number;
  parts: MarkedPart[];
  partner: MarkedPart[][];
}

export interface Concordance {
  query: SearchQuery;
  hits: ConcordanceHit[];
  /** The sentence id to continue after, when there are more hits. */
  next: number | null;
}

export interface SearchRequest {
  q: string;
  lang: Lang;
  after?: number;
  documentId?: number;
}

export async function searchLibrary(db: Db, viewer: Viewer, request: SearchRequest): Promise<Concordance> {
  const query = parseQuery(request.q, request.lang);
  const found = await findSentences(db, query.lang, engineQuery(query), {
    includePrivate: canSeePrivate(viewer),
    documentId: request.documentId,
    after: request.after,
    limit: HITS_PER_PAGE + 1,
  });
  const shown = found.slice(0, HITS_PER_PAGE);
  const partners = await partnersOf(db, query.lang, shown.map((h) => h.id));
  const mark = markerFor(query);
  return {
    query,
    hits: shown.map((h) => ({
      sentenceId: h.id,
      documentId: h.documentId,
      title: h.title,
      position: h.position,
      parts: mark.hit(h.text),
      partner: (partners.get(h.id) ?? []).map((p) => mark.partner(p.text)),
    })),
    next: found.length > HITS_PER_PAGE ? shown[shown.length - 1]!.id : null,
  };
}

/** At most this many hits of one document are listed for the reader's next and previous. */
export const DOCUMENT_HITS = 1000;

/** Where a search matches in one document (already checked visible by the loader): sentence positions, in order. */
export async function searchDocument(db: Db, viewer: Viewer, documentId: number, request: Omit<SearchRequest, 'after' | 'documentId'>): Promise<{ lang: Lang; positions: number[] }> {
  const query = parseQuery(request.q, request.lang);
  const hits = await findSentences(db, query.lang, engineQuery(query), { includePrivate: canSeePrivate(viewer), documentId, limit: DOCUMENT_HITS });
  return { lang: query.lang, positions: hits.map((h) => h.position).sort((a, b) => a - b) };
}

export interface MemoryOffer {
  score: number;
  source: string;
  target: string;
  /** What differs from the sentence being translated: removed = only in it, added = only in the stored one. */
  difference: DiffPart[];
  /** Null for a pair of an imported memory file. */
  documentId: number | null;
  /** The document's title, or the imported file's name. */
  title: string;
}

/**
 * Fuzzy matches for one Indonesian sentence from reviewed pairs of the whole library (its own
 * pair left out): every English partner of the stored sentence must be reviewed.
 */
export async function memoryMatches(db: Db, viewer: Viewer, text: string, exceptSentenceId?: number): Promise<MemoryOffer[]> {
  const queries = memoryQueries(text);
  if (!queries) return [];
  const near = await memoryStep(db, viewer, text, queries.near, exceptSentenceId);
  if (near.length >= MEMORY_OFFERS || !queries.wider) return near;
  const wider = await memoryStep(db, viewer, text, queries.wider, exceptSentenceId, WIDER_RANKED);
  return wider.length > near.length ? wider : near;
}

/**
 * One step of the look-up: candidates from the engine, kept when all their English is reviewed,
 * and pairs of imported memories (migration 014, no document's: `documentId` null, the file's name
 * as the title; for signed-in viewers only), scored together.
 */
async function memoryStep(db: Db, viewer: Viewer, text: string, query: MemoryQueries['near'], exceptSentenceId?: number, rankAtMost?: number): Promise<MemoryOffer[]> {
  const [candidates, imported] = await Promise.all([
    rootCandidates(db, query, { includePrivate: canSeePrivate(viewer), limit: MEMORY_CANDIDATES, rankAtMost }),
    // A memory file someone imported is no public document: offered only to those who may see private ones.
    canSeePrivate(viewer) ? memoryPairCandidates(db, query, MEMORY_CANDIDATES, rankAtMost) : Promise.resolve([]),
  ]);
  // Only the candidates that can be offered have their English read: for a sentence the library does not hold, usually none.
  const library = candidates.filter((c) => c.id !== exceptSentenceId && alikeEnough(text, c.text));
  const partners = await partnersOf(db, 'id', library.map((c) => c.id));
  const reviewed = library.flatMap((c) => {
    const english = partners.get(c.id) ?? [];
    if (english.length === 0 || english.some((p) => p.status !== 'reviewed')) return [];
    const target = english.map((p) => p.text).join(' ');
    return [{ source: c.text, target, item: { source: c.text, target, documentId: c.documentId as number | null, title: c.title } }];
  });
  const fromFiles = imported.map((p) => ({ source: p.source, target: p.target, item: { source: p.source, target: p.target, documentId: null, title: p.fileName } }));
  return bestOffers(text, [...reviewed, ...fromFiles]).map(({ score, item }) => ({ score, ...item, difference: wordDiff(text, item.source) }));
}

