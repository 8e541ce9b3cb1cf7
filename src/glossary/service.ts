/**
 * The glossary as the reader and the library use it: terms and compiled matchers kept in memory
 * for the current glossary version (read from the database on each use, so a change made by
 * another process is seen), and per-document check counts kept until the document or the
 * glossary changes.
 */
import { compileGlossary, type GlossaryMatcher } from '../core/glossary/index';
import { annotateDocument, type DocumentTerms } from '../core/reader/term-slices';
import type { Db } from '../store/database';
import { getDocument, type DocumentDetail } from '../store/documents';
import { getGlossaryVersion, listTerms, type StoredTerm } from '../store/glossary';
import { documentStamps } from '../store/stamps';

interface Loaded {
  version: number;
  terms: StoredTerm[];
  byId: Map<number, StoredTerm>;
  matchers: Map<number | null, GlossaryMatcher>;
}

export interface ReaderGlossary {
  terms: DocumentTerms;
  byId: ReadonlyMap<number, StoredTerm>;
}

// Matchers for documents with their own terms; the rest share the general one.
const MAX_MATCHERS = 32;

export class GlossaryService {
  private loaded: Loaded | null = null;
  private loading: { version: number; promise: Promise<Loaded> } | null = null;
  private counts = new Map<number, { stamp: string; count: number }>();

  constructor(private readonly db: Db) {}

  private async current(): Promise<Loaded> {
    const version = await getGlossaryVersion(this.db);
    if (this.loaded?.version === version) return this.loaded;
    // Requests arriving together (a burst after a restart or a glossary change) share one load.
    if (this.loading?.version !== version) {
      const promise = this.load(version).finally(() => {
        if (this.loading?.promise === promise) this.loading = null;
      });
      this.loading = { version, promise };
    }
    return this.loading.promise;
  }

  private async load(version: number): Promise<Loaded> {
    const terms = await listTerms(this.db);
    const loaded = { version, terms, byId: new Map(terms.map((t) => [t.id, t])), matchers: new Map() };
    if (!this.loaded || this.loaded.version <= version) this.loaded = loaded;
    return loaded;
  }

  private matcherFor(loaded: Loaded, documentId: number): GlossaryMatcher {
    const key = loaded.terms.some((t) => t.documentId === documentId) ? documentId : null;
    let matcher = loaded.matchers.get(key);
    if (!matcher) {
      if (loaded.matchers.size >= MAX_MATCHERS) loaded.matchers.clear();
      matcher = compileGlossary(loaded.terms, { documentId });
      loaded.matchers.set(key, matcher);
    }
    return matcher;
  }

  private annotate(loaded: Loaded, detail: DocumentDetail): DocumentTerms {
    const sentences = (side: DocumentDetail['source']) => side.flatMap((p) => p.sentences);
    const matcher = this.matcherFor(loaded, detail.document.id);
    return annotateDocument(matcher, loaded.terms, sentences(detail.source), sentences(detail.translation), detail.sentenceLinks);
  }

  async version(): Promise<number> {
    return (await this.current()).version;
  }

  /** The terms a document's glossary check uses (its matcher is compiled where the check runs, on the worker pool) and the glossary version they belong to. */
  async forChecks(): Promise<{ version: number; terms: readonly StoredTerm[] }> {
    const loaded = await this.current();
    return { version: loaded.version, terms: loaded.terms };
  }

  async forReader(detail: DocumentDetail): Promise<ReaderGlossary> {
    const loaded = await this.current();
    return { terms: this.annotate(loaded, detail), byId: loaded.byId };
  }

  /** Missing-term counts for every document, recomputed only where something changed. */
  async missingCounts(): Promise<Map<number, number>> {
    const loaded = await this.current();
    const result = new Map<number, number>();
    for (const { documentId, stamp } of await documentStamps(this.db)) {
      const key = `${loaded.version}/${stamp}`;
      const cached = this.counts.get(documentId);
      if (cached?.stamp === key) {
        result.set(documentId, cached.count);
        continue;
      }
      const detail = await getDocument(this.db, documentId);
      if (!detail) continue;
      const count = this.annotate(loaded, detail).missingCount;
      this.counts.set(documentId, { stamp: key, count });
      result.set(documentId, count);
    }
    for (const id of this.counts.keys()) if (!result.has(id)) this.counts.delete(id);
    return result;
  }
}
