import type { Response } from 'express';
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

/**
 * The shapes of each document's last few revisions, in this process: a change is answered by
 * comparing the revision the page showed with the new one, without reading the document twice.
 * Another server process simply does not know the page's revision, and the page then renders again.
 */
const KEPT_REVISIONS = 4;
const KEPT_DOCUMENTS = 16;
const shapeCache = new Map<number, Shapes[]>();

function remember(documentId: number, rows: EditRows): void {
  const kept = (shapeCache.get(documentId) ?? []).filter((s) => s.revision !== rows.revision);
  kept.push({ revision: rows.revision, shapes: rows.groups.map(shapeOf), linkCounts: rows.groups.map((g) => g.links.length) });
  shapeCache.delete(documentId);
  shapeCache.set(documentId, kept.slice(-KEPT_REVISIONS));
  // A Map iterates in insertion order: the first key is the document least recently read.
  if (shapeCache.size > KEPT_DOCUMENTS) shapeCache.delete(shapeCache.keys().next().value as number);
}

function recalled(documentId: number, revision: number): Shapes | undefined {
  return shapeCache.get(documentId)?.find((s) => s.revision === revision);
}

/**
 * The passages last read of a few documents. Reading every sentence is most of the time a long
 * document takes: the page's further passages, find and go-to are answered from here while the
 * revision the loader just read is the same, and after an alignment change, which moves links
 * only, just the links are read again.
 */
const KEPT_TEXTS = 4;
const rowsCache = new Map<number, EditRows>();

function rowsOf(detail: DocumentDetail): EditRows {
  const rows = { detail, groups: editGroups(detail), revision: detail.document.revision };
  remember(detail.document.id, rows);
  rowsCache.delete(detail.document.id);
  rowsCache.set(detail.document.id, rows);
  if (rowsCache.size > KEPT_TEXTS) rowsCache.delete(rowsCache.keys().next().value as number);
  return rows;
}

/** The document's passages at the revision the loader read (or later); their shapes are kept for the next change's answer. */
export async function readRows(db: Db, document: DocumentRow): Promise<EditRows> {
  const kept = rowsCache.get(document.id);
  if (kept && kept.revision === document.revision) return kept;
  return rowsOf(await documentDetail(db, document));
}

/**
 * The passages after one alignment change made on top of `revision`: the text kept from that
 * revision with the links read now, when that change is the only one since (the revision moved
 * by one); otherwise, or without the text, the whole document is read.
 */
async function rowsAfterLinkChange(db: Db, document: DocumentRow, revision: number): Promise<EditRows> {
  const kept = rowsCache.get(document.id)?.detail;
  if (!kept || kept.document.revision !== revision) return rowsOf(await documentDetail(db, document));
  // The links first, then the revision: a revision one past the page's proves the links are of that one change.
  const [paragraphLinks, sentenceLinks] = await Promise.all([readStoredLinks(db, document.id, 'paragraph'), readStoredLinks(db, document.id, 'sentence')]);
  const row = await getDocumentRow(db, document.id);
  if (!row || row.revision !== revision + 1) return rowsOf(await documentDetail(db, document));
  return rowsOf({ ...kept, document: row, paragraphLinks, sentenceLinks });
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
  db: Db,
  res: Response,
  document: DocumentRow,
  pageRevision: unknown,
  change: 'links' | 'text' = 'text',
): Promise<RowsUpdate> {
  const before = typeof pageRevision === 'number' ? recalled(document.id, pageRevision) : undefined;
  // `document` is the row the loader read before the change: the text is read again after it.
  const after = before && change === 'links' ? await rowsAfterLinkChange(db, document, before.revision) : rowsOf(await documentDetail(db, document));
  const groupCount = after.groups.length;
  const shapes = recalled(document.id, after.revision)!.shapes;
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

/** The passages (0-based) whose Indonesian or English contains `query`, case-insensitively, in order. */
export function findPassages(groups: EditGroup[], query: string): number[] {
  const needle = query.toLocaleLowerCase();
  if (!needle) return [];
  const hits: number[] = [];
  for (const group of groups) {
    const texts = group.links.flatMap((l) => [...l.source, ...l.target].map((s) => s.text));
    if (texts.some((text) => text.toLocaleLowerCase().includes(needle))) hits.push(group.index);
  }
  return hits;
}
