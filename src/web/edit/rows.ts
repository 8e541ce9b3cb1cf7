import type { Response } from 'express';
import type { Lang } from '../../core/model';
import { documentDetail } from '../../documents/access';
import type { Db } from '../../store/database';
import { getDocumentRow, type DocumentDetail } from '../../store/documents';
import { readStoredLinks } from '../../store/links';
import type { DocumentRow } from '../../store/schema';
import { editGroups, type EditGroup } from './view-model';

/** Passages the edit page renders at first and per later request: enough to fill a screen several times over. */
export const FIRST_PASSAGES = 30;
/** Most passages one rows request renders; a longer range is cut there. */
export const MAX_PASSAGES = 120;
/** Passages rendered before a passage the page jumps to, so it does not open at the very top of the window. */
export const MARGIN = 3;

/** A document's passages at one revision, as the page renders them. */
export interface EditRows {
  detail: DocumentDetail;
  groups: EditGroup[];
  revision: number;
}

/**
 * What one passage looks like, without its number: two passages with the same shape render the same
 * apart from their numbers, so a change is the run of shapes between the common start and end.
 */
function shapeOf(group: EditGroup): string {
  const links = group.links.map((l) => [
    l.confirmed,
    l.source.map((s) => s.id),
    l.target.map((s) => [s.id, s.version, s.status, s.position]),
  ]);
  const english = group.englishParagraphs.map((p) => [p.id, p.versions]);
  return JSON.stringify([group.confirmed, group.sourceParagraphs, english, links]);
}

interface Shapes {
  revision: number;
  shapes: string[];
  linkCounts: number[];
}

/** How many revisions' shapes are kept per document, of how many documents, and how many documents' texts. */
const KEPT_REVISIONS = 4;
const KEPT_DOCUMENTS = 16;
const KEPT_TEXTS = 4;

/**
 * The edit page's memory, one per app (so per library): the shapes of each document's last few
 * revisions, so that a change is answered by comparing the revision the page showed with the new
 * one without reading the document twice; and the passages last read of a few documents, since
 * reading every sentence is most of the time a long document takes: the page's further passages,
 * find and go-to are answered from here while the revision the loader just read is the same, and
 * after an alignment change, which moves links only, just the links are read again. Another server
 * process simply does not know the page's revision, and the page then renders again.
 */
export class EditRowsCache {
  private readonly shapes = new Map<number, Shapes[]>();
  private readonly texts = new Map<number, EditRows>();

  constructor(private readonly db: Db) {}

  /** The document's passages at the revision the loader read (or later); their shapes are kept for the next change's answer. */
  async read(document: DocumentRow): Promise<EditRows> {
    const kept = this.texts.get(document.id);
    if (kept && kept.revision === document.revision) return kept;
    return this.rowsOf(await documentDetail(this.db, document));
  }

  recalled(documentId: number, revision: number): Shapes | undefined {
    return this.shapes.get(documentId)?.find((s) => s.revision === revision);
  }

  /** The passages as they are now, read again after a change. */
  async readAgain(document: DocumentRow): Promise<EditRows> {
    return this.rowsOf(await documentDetail(this.db, document));
  }

  /**
   * The passages after one alignment change made on top of `revision`: the text kept from that
   * revision with the links read now, when that change is the only one since (the revision moved
   * by one); otherwise, or without the text, the whole document is read.
   */
  async afterLinkChange(document: DocumentRow, revision: number): Promise<EditRows> {
    const kept = this.texts.get(document.id)?.detail;
    if (!kept || kept.document.revision !== revision) return this.readAgain(document);
    // The links first, then the revision: a revision one past the page's proves the links are of that one change.
    const [paragraphLinks, sentenceLinks] = await Promise.all([readStoredLinks(this.db, document.id, 'paragraph'), readStoredLinks(this.db, document.id, 'sentence')]);
    const row = await getDocumentRow(this.db, document.id);
    if (!row || row.revision !== revision + 1) return this.readAgain(document);
    return this.rowsOf({ ...kept, document: row, paragraphLinks, sentenceLinks });
  }

  private rowsOf(detail: DocumentDetail): EditRows {
    const rows = { detail, groups: editGroups(detail), revision: detail.document.revision };
    this.remember(detail.document.id, rows);
    keepRecent(this.texts, detail.document.id, rows, KEPT_TEXTS);
    return rows;
  }

  private remember(documentId: number, rows: EditRows): void {
    const kept = (this.shapes.get(documentId) ?? []).filter((s) => s.revision !== rows.revision);
    kept.push({ revision: rows.revision, shapes: rows.groups.map(shapeOf), linkCounts: rows.groups.map((g) => g.links.length) });
    keepRecent(this.shapes, documentId, kept.slice(-KEPT_REVISIONS), KEPT_DOCUMENTS);
  }
}

/** Sets `key` as the most recently used entry; a Map iterates in insertion order, so the first key is the least recent. */
function keepRecent<V>(map: Map<number, V>, key: number, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as number);
}

/** Renders passages with the edit page's own partials (and the request's language and locals). */
export function renderGroups(res: Response, groups: EditGroup[], groupCount: number): Promise<string> {
  return new Promise((resolve, reject) => {
    res.render('edit/rows', { groups, groupCount }, (err, html) => (err ? reject(err) : resolve(html)));
  });
}

/** A range of passages as the rows request and the page's window name it, kept inside the document. */
export function passageRange(groupCount: number, from: number, to: number): { from: number; to: number } {
  const start = Math.max(0, Math.min(from, groupCount));
  return { from: start, to: Math.max(start, Math.min(to, groupCount, start + MAX_PASSAGES)) };
}

/**
 * How the page brings its passages up to date after a change: passages `from` to `from + removed`
 * (numbered as the page showed them) become `html`; every passage after them moves by `groupShift`
 * and its links by `linkShift`. `reset` when the page's revision is unknown here or the change is
 * too large to send: the page then asks for its passages again.
 */
export type RowsUpdate =
  | { reset: false; from: number; removed: number; html: string; groupShift: number; linkShift: number; groupCount: number; revision: number }
  | { reset: true; groupCount: number; revision: number };

export async function rowsUpdate(
  cache: EditRowsCache,
  res: Response,
  document: DocumentRow,
  pageRevision: unknown,
  change: 'links' | 'text' = 'text',
): Promise<RowsUpdate> {
  const before = typeof pageRevision === 'number' ? cache.recalled(document.id, pageRevision) : undefined;
  // `document` is the row the loader read before the change: the text is read again after it.
  const after = before && change === 'links' ? await cache.afterLinkChange(document, before.revision) : await cache.readAgain(document);
  const groupCount = after.groups.length;
  const shapes = cache.recalled(document.id, after.revision)!.shapes;
  if (!before) return { reset: true, groupCount, revision: after.revision };
  const shortest = Math.min(before.shapes.length, shapes.length);
  let start = 0;
  while (start < shortest && before.shapes[start] === shapes[start]) start++;
  let end = 0;
  while (end < shortest - start && before.shapes[before.shapes.length - 1 - end] === shapes[shapes.length - 1 - end]) end++;
  const removed = before.shapes.length - end - start;
  const added = after.groups.slice(start, groupCount - end);
  if (added.length > MAX_PASSAGES) return { reset: true, groupCount, revision: after.revision };
  const linksBefore = before.linkCounts.slice(start, start + removed).reduce((a, b) => a + b, 0);
  const linksAfter = added.reduce((sum, g) => sum + g.links.length, 0);
  return {
    reset: false,
    from: start,
    removed,
    html: await renderGroups(res, added, groupCount),
    groupShift: added.length - removed,
    linkShift: linksAfter - linksBefore,
    groupCount,
    revision: after.revision,
  };
}

/** The passage (0-based) that shows each of these sentences of one language (by position), in order; -1 for one no link holds. */
export function passagesOf(groups: EditGroup[], lang: Lang, positions: readonly number[]): number[] {
  const passage = new Map<number, number>();
  for (const group of groups) {
    for (const link of group.links) for (const s of lang === 'id' ? link.source : link.target) passage.set(s.position, group.index);
  }
  return positions.map((p) => passage.get(p) ?? -1);
}
