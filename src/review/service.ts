/**
 * The review queue of a document and the library's counts of it: the store's marks, switches and
 * touches, the glossary's matcher and the library's pairs gathered here, the queue itself built
 * by the pure core (core/checks, core/review).
 */
import { allChecks, CHECK_IDS, runDocumentChecks, runLinkChecks, type CheckContext, type CheckId, type CheckPair, type Finding, type LibraryPair, type LinkFindings } from '../core/checks/index';
import type { GlossaryMatcher } from '../core/glossary/index';
import { canSeePrivate, type Viewer } from '../core/model';
import { changedByOthers } from '../core/review/changed';
import { ReviewError } from '../core/review/errors';
import { reviewInput, type ReviewSentence } from '../core/review/input';
import { buildQueue, type Mark, type QueueItem } from '../core/review/queue';
import type { GlossaryService } from '../glossary/service';
import type { Db } from '../store/database';
import { getDocument, type DocumentDetail } from '../store/documents';
import {
  allCheckSwitches, checkSwitches, deleteMark, libraryStamp, listMarks, markStamps, oneToOnePartners, sameSourceSentences, touchesOf, writeCheckSwitches, writeMark,
} from '../store/review';
import { documentStamps } from '../store/stamps';

/** How many other documents' sentences the inconsistency check reads for one document, at most. */
const MAX_LIBRARY_SENTENCES = 2000;
/** Inconsistency needs a whole sentence: fewer words than this are not looked up. */
const MIN_WORDS = 4;
/** Documents whose library pairs are kept. */
const KEPT_PAIRS = 16;

export interface DocumentQueue {
  items: QueueItem[];
  enabled: Set<CheckId>;
}

const sentencesOf = (side: DocumentDetail['source']): ReviewSentence[] => side.flatMap((p) => p.sentences);

export function enabledChecks(switches: ReadonlyMap<string, boolean>): Set<CheckId> {
  const on = allChecks();
  for (const id of CHECK_IDS) if (switches.get(id) === false) on.delete(id);
  return on;
}

/** Links checked between two looks at the clock, and how long the checks may hold the event loop before it turns. */
const CHUNK = 64;
const TURN_MS = 10;

/**
 * The checks over a document, letting the event loop turn every few milliseconds: the first run over
 * a long document checks every link (the glossary's matching most of all) and must not keep other
 * requests waiting meanwhile. Later runs take unchanged links from the memo.
 */
async function checkInTurns(pairs: readonly CheckPair[], ctx: CheckContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  let since = performance.now();
  for (let i = 0; i < pairs.length; i += CHUNK) {
    findings.push(...runLinkChecks(pairs.slice(i, i + CHUNK), ctx));
    if (performance.now() - since > TURN_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
  findings.push(...runDocumentChecks(pairs, ctx));
  return findings;
}

export class ReviewService {
  private counts = new Map<number, { stamp: string; count: number }>();
  /** Per-link findings by texts, one memo per glossary matcher (a new glossary version makes new matchers). */
  private memos = new WeakMap<GlossaryMatcher, Map<string, LinkFindings>>();
  private pairs = new Map<number, { key: string; pairs: LibraryPair[] }>();

  constructor(
    private readonly db: Db,
    private readonly glossary: GlossaryService,
  ) {}

  /**
   * The library pairs of a document, kept until any document changes (the sum and number of the
   * documents' revision counters, one cheap query) or the viewer's right to private documents does.
   */
  private async keptLibraryPairs(detail: DocumentDetail, viewer: Viewer): Promise<LibraryPair[]> {
    const key = `${await libraryStamp(this.db)}/${canSeePrivate(viewer)}`;
    const kept = this.pairs.get(detail.document.id);
    if (kept?.key === key) return kept.pairs;
    const pairs = await this.libraryPairs(detail, viewer);
    if (this.pairs.size >= KEPT_PAIRS) this.pairs.clear();
    this.pairs.set(detail.document.id, { key, pairs });
    return pairs;
  }

  /** The one-to-one pairs of other documents the viewer may see whose Indonesian also occurs in this document. */
  async libraryPairs(detail: DocumentDetail, viewer: Viewer): Promise<LibraryPair[]> {
    const texts = sentencesOf(detail.source)
      .map((s) => s.text)
      .filter((t) => (t.match(/\p{L}+/gu)?.length ?? 0) >= MIN_WORDS);
    if (texts.length === 0) return [];
    const found = await sameSourceSentences(this.db, detail.document.id, texts, canSeePrivate(viewer), MAX_LIBRARY_SENTENCES);
    const byDocument = new Map<number, typeof found>();
    for (const s of found) byDocument.set(s.documentId, [...(byDocument.get(s.documentId) ?? []), s]);
    const pairs: LibraryPair[] = [];
    for (const [documentId, sentences] of byDocument) {
      const partners = await oneToOnePartners(this.db, documentId, sentences.map((s) => s.position));
      for (const s of sentences) {
        const target = partners.get(s.position);
        if (target !== undefined) pairs.push({ source: s.text, target });
      }
    }
    return pairs;
  }

  /**
   * Every item of the document's queue, marked or not. `passageOf` places a link in the edit
   * page's passages; `viewer` decides which other documents count and whose changes are "someone else's".
   */
  async queue(detail: DocumentDetail, viewer: Viewer, passageOf: (link: number) => number = () => 0): Promise<DocumentQueue> {
    const documentId = detail.document.id;
    const target = sentencesOf(detail.translation);
    const [switches, marks, glossary, touches] = await Promise.all([
      checkSwitches(this.db, documentId),
      listMarks(this.db, documentId),
      this.glossary.forChecks(documentId),
      viewer.user ? touchesOf(this.db, target.map((s) => s.id)) : Promise.resolve([]),
    ]);
    const enabled = enabledChecks(switches);
    const library = enabled.has('inconsistent') ? await this.keptLibraryPairs(detail, viewer) : [];
    const { pairs, links } = reviewInput({ source: sentencesOf(detail.source), target, sentenceLinks: detail.sentenceLinks, passageOf });
    let memo = this.memos.get(glossary.matcher);
    if (!memo) this.memos.set(glossary.matcher, (memo = new Map()));
    const findings = await checkInTurns(pairs, { enabled, glossary: { matcher: glossary.matcher, terms: glossary.terms }, library, memo });
    const items = buildQueue({
      links,
      findings,
      changed: viewer.user ? changedByOthers(touches, viewer.user.name) : new Set(),
      marks: new Map<string, Mark>(marks.map((m) => [m.key, m])),
    });
    return { items, enabled };
  }

  async mark(documentId: number, key: string, state: 'resolved' | 'ignored' | 'open', author: string | null, now = new Date()): Promise<void> {
    if (!/^[a-z_]{1,30}:[stl]\d{1,15}$/.test(key)) throw new ReviewError('bad_item', 'No such item in the review queue.', {}, 'key');
    if (state === 'open') await deleteMark(this.db, documentId, key);
    else await writeMark(this.db, documentId, { key, state, author, at: now.toISOString() });
  }

  async switchChecks(documentId: number, enabled: ReadonlySet<CheckId>, author: string | null, now = new Date()): Promise<void> {
    const switches = new Map(CHECK_IDS.map((id) => [id, enabled.has(id)] as const));
    await writeCheckSwitches(this.db, documentId, switches, author, now.toISOString());
  }

  /**
   * Open items per document, for the library, recomputed only where the document, its marks, its
   * switches or the glossary changed. Counted as an editor sees them, without the viewer's own
   * "changed by someone else" items; the library's other documents count as they were when the
   * document itself last changed.
   */
  async openCounts(): Promise<Map<number, number>> {
    const [{ version }, stamps, marks, switches] = await Promise.all([
      this.glossary.forChecks(0),
      documentStamps(this.db),
      markStamps(this.db),
      allCheckSwitches(this.db),
    ]);
    const result = new Map<number, number>();
    for (const { documentId, stamp } of stamps) {
      const key = `${version}/${stamp}/${marks.get(documentId) ?? ''}/${JSON.stringify([...(switches.get(documentId) ?? [])])}`;
      const cached = this.counts.get(documentId);
      if (cached?.stamp === key) {
        result.set(documentId, cached.count);
        continue;
      }
      const detail = await getDocument(this.db, documentId);
      if (!detail) continue;
      const { items } = await this.queue(detail, { user: null }, () => 0);
      const count = items.filter((i) => i.mark === null).length;
      this.counts.set(documentId, { stamp: key, count });
      result.set(documentId, count);
    }
    for (const id of this.counts.keys()) if (!result.has(id)) this.counts.delete(id);
    return result;
  }
}
