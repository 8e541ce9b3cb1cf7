/**
 * The review queue of a document and the library's counts of it: the store's marks, switches and
 * touches, the glossary's terms and the library's pairs gathered here; the checks run on the
 * worker pool (review/document-checks.ts) and their findings are kept per document revision; the
 * queue itself is built by the pure core (core/review).
 */
import crypto from 'node:crypto';
import { MessageChannel } from 'node:worker_threads';
import { inlineCompute, type Compute } from '../compute/compute';
import { packTextLists } from '../compute/packing';
import { allChecks, CHECK_IDS, isComparable, type CheckId, type CheckPair, type Finding, type LibraryPair } from '../core/checks/index';
import { canSeePrivate, type Viewer } from '../core/model';
import { changedByOthers } from '../core/review/changed';
import { ReviewError } from '../core/review/errors';
import { reviewInput, type ReviewSentence } from '../core/review/input';
import { buildQueue, type Mark, type QueueItem } from '../core/review/queue';
import type { GlossaryService } from '../glossary/service';
import type { LibraryMessage } from './document-checks';
import type { Db } from '../store/database';
import { getDocument, type DocumentDetail } from '../store/documents';
import {
  allCheckSwitches, checkSwitches, deleteMark, libraryStamp, listMarks, markStamps, sameSourcePairs, touchesFor, writeCheckSwitches, writeMark,
} from '../store/review';
import { documentStamps } from '../store/stamps';

/** How many other documents' pairs the inconsistency check reads for one document, at most. */
const MAX_LIBRARY_PAIRS = 2000;
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

/** The pairs' texts as the worker reads them: each link's Indonesian sentences, then its English ones. */
function packedTexts(pairs: readonly CheckPair[]) {
  const lists: (readonly string[])[] = new Array(2 * pairs.length);
  pairs.forEach((p, i) => {
    lists[2 * i] = p.source;
    lists[2 * i + 1] = p.target;
  });
  return packTextLists(lists);
}

interface LibraryContext {
  /** What the pairs were read under: the library's stamp and the viewer's right to private documents. */
  key: string;
  pairs: LibraryPair[];
}

export class ReviewService {
  private counts = new Map<number, { stamp: string; count: number }>();
  private pairs = new Map<number, LibraryContext>();
  /**
   * Each document's findings as seen with or without private documents, under what they were
   * computed from (its revision, the glossary version, the library, the checks on).
   */
  private findings = new Map<string, { key: string; findings: Finding[] }>();
  /** The workers' per-link memo of this service (document-checks.ts). */
  private readonly memo = crypto.randomUUID();

  constructor(
    private readonly db: Db,
    private readonly glossary: GlossaryService,
    private readonly compute: Compute = inlineCompute,
  ) {}

  /**
   * What a document's library pairs are read under: the library's stamp (the sum and number of
   * the documents' revision counters, one cheap query: any document that changes changes it) and
   * the viewer's right to private documents.
   */
  private async libraryKey(viewer: Viewer): Promise<string> {
    return `${await libraryStamp(this.db)}/${canSeePrivate(viewer)}`;
  }

  /** The library pairs of a document, read now and kept under their key. */
  private async readLibraryPairs(detail: DocumentDetail, viewer: Viewer, key: string): Promise<LibraryPair[]> {
    const pairs = await this.libraryPairs(detail, viewer);
    if (this.pairs.size >= KEPT_PAIRS) this.pairs.clear();
    this.pairs.set(detail.document.id, { key, pairs });
    return pairs;
  }

  /**
   * The findings of the enabled checks, worked out on the worker pool and kept until the document,
   * the glossary, the library's pairs or the switches change: the next item (Alt+N) and the library's
   * counts read the queue again and again while nothing changed. Answers once the task is sent,
   * with the findings to come: the caller reads what else it needs meanwhile, and so do these
   * (library pairs not yet kept follow the task on a port, as the worker needs them last).
   */
  private async startFindings(detail: DocumentDetail, viewer: Viewer, pairs: readonly CheckPair[], enabled: ReadonlySet<CheckId>): Promise<{ findings: Promise<Finding[]> }> {
    const documentId = detail.document.id;
    const glossary = await this.glossary.forChecks();
    const libraryKey = enabled.has('inconsistent') ? await this.libraryKey(viewer) : '';
    const key = `${detail.document.revision}/${glossary.version}/${libraryKey}/${[...enabled].join(',')}`;
    const slot = `${documentId}/${canSeePrivate(viewer)}`;
    const kept = this.findings.get(slot);
    if (kept?.key === key) return { findings: Promise.resolve(kept.findings) };
    const keptPairs = this.pairs.get(documentId);
    // null: to be read, meanwhile.
    const library = !enabled.has('inconsistent') ? [] : keptPairs?.key === libraryKey ? keptPairs.pairs : null;
    const channel = library === null ? new MessageChannel() : null;
    const running = this.compute.run('documentFindings', {
      memo: this.memo,
      texts: packedTexts(pairs),
      glossary: { version: glossary.version, documentId, terms: glossary.terms.filter((t) => t.documentId === null || t.documentId === documentId) },
      library: library ?? [],
      enabled: [...enabled],
      ...(channel ? { libraryPort: channel.port2 } : {}),
    });
    // Awaited once the library's pairs are sent: a refusal before then is not left unhandled.
    running.catch(() => undefined);
    const findings = (async () => {
      if (channel) {
        try {
          const message: LibraryMessage = { pairs: await this.readLibraryPairs(detail, viewer, libraryKey) };
          channel.port1.postMessage(message);
        } catch (err) {
          // The task gives up when its port closes; the read's own error is the one to report.
          channel.port1.close();
          throw err;
        }
      }
      const found = await running;
      if (this.findings.size >= KEPT_PAIRS) this.findings.clear();
      this.findings.set(slot, { key, findings: found });
      return found;
    })();
    return { findings };
  }

  /** The one-to-one pairs of other documents the viewer may see whose Indonesian also occurs in this document. */
  async libraryPairs(detail: DocumentDetail, viewer: Viewer): Promise<LibraryPair[]> {
    // Inconsistency needs a whole sentence: shorter ones are not looked up.
    const texts = sentencesOf(detail.source)
      .map((s) => s.text)
      .filter(isComparable);
    if (texts.length === 0) return [];
    return sameSourcePairs(this.db, detail.document.id, texts, canSeePrivate(viewer), MAX_LIBRARY_PAIRS);
  }

  /**
   * Every item of the document's queue, marked or not. `passageOf` places a link in the edit
   * page's passages; `viewer` decides which other documents count and whose changes are "someone else's".
   */
  async queue(detail: DocumentDetail, viewer: Viewer, passageOf: (link: number) => number = () => 0): Promise<DocumentQueue> {
    const documentId = detail.document.id;
    const enabled = enabledChecks(await checkSwitches(this.db, documentId));
    const { pairs, links } = reviewInput({ source: sentencesOf(detail.source), target: sentencesOf(detail.translation), sentenceLinks: detail.sentenceLinks, passageOf });
    // The checks are under way before the marks and touches are read.
    const checking = await this.startFindings(detail, viewer, pairs, enabled);
    const [findings, marks, touches] = await Promise.all([
      checking.findings,
      listMarks(this.db, documentId),
      viewer.user ? touchesFor(this.db, documentId, viewer.user.name) : Promise.resolve([]),
    ]);
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
    const [version, stamps, marks, switches] = await Promise.all([
      this.glossary.version(),
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
