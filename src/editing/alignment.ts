import { applyChange, changeBetween, checkLinks, passagesFollowingSentences, passagesFollowingWithin, revertChange, sentencesFollowingPassages, type ParagraphOf } from '../core/edit/index';
import { conflict } from '../core/errors';
import type { ConfirmedLink, LinkLevel } from '../core/model';
import { historyState, insertOperation, nextOperation, setOperationState, type StoredRange } from '../store/alignment-ops';
import type { Db } from '../store/database';
import { paragraphsOfSentences, passagesHolding, readLinks, sentencePositionsByParagraph, unitCounts, writeLinks } from '../store/links';
import { inlineCompute, type Compute } from '../compute/compute';
import { documentStamp } from '../store/stamps';
import { alignedAgain } from './alignment-state';
import { endChange } from './change';

export { historyState };

/** The links a page showed are no longer where it thought: it has to load them again. */
export const linksChanged = () => conflict('links_changed', 'The alignment changed since the page was loaded; reload it.');

export interface LinkEdit {
  documentId: number;
  level: LinkLevel;
  /** What the operation is called in the history (merge, split, …). */
  kind: string;
  /** A pure edit of the level's links (see core/edit); it may throw to refuse. */
  edit: (links: ConfirmedLink[]) => ConfirmedLink[];
  /**
   * For a sentence link edit, how the passages follow it: 'join' the passages a sentence link now
   * crosses, or also 'cut' those no sentence link holds together any more (see core/edit/passages).
   */
  passages?: 'join' | 'cut';
  /** For a passage edit that can divide a passage (a split, a move): sentence links left in two passages are cut at the border. */
  sentencesFollow?: boolean;
}

/**
 * Applies a link edit to one level and records it for undo. The edit sees
 * the current links inside the transaction, so two editors cannot interleave
 * half-applied changes. Returns the operation's id.
 */
export async function editLinks(db: Db, input: LinkEdit, author: string | null, now = new Date()): Promise<number> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await readLinks(trx, input.documentId, input.level);
    const after = input.edit(before);
    const counts = await unitCounts(trx, input.documentId, input.level);
    checkLinks(after, counts.source, counts.target);
    await writeLinks(trx, input.documentId, input.level, after);
    const levels = [{ level: input.level, before, after }];
    if (input.level === 'sentence' && input.passages) levels.push(...(await passagesFollowing(trx, input.documentId, before, after, input.passages)));
    if (input.level === 'paragraph' && input.sentencesFollow) levels.push(...(await sentencesFollowing(trx, input.documentId, after)));
    const id = await recordOperation(trx, input.documentId, input.kind, author, levels, stamp);
    await endChange(trx, input.documentId, stamp);
    return id;
  });
}

/**
 * Brings the passages in line with sentence links just written, inside the same transaction;
 * answers the passage level's change for the operation's record (none when nothing moved), so
 * that undo restores both levels at once.
 */
async function passagesFollowing(
  db: Db,
  documentId: number,
  before: ConfirmedLink[],
  after: ConfirmedLink[],
  rule: 'join' | 'cut',
): Promise<{ level: LinkLevel; before: ConfirmedLink[]; after: ConfirmedLink[] }[]> {
  const change = changeBetween(before, after);
  const changed = { start: change.start, count: change.after.length };
  const options = { cut: rule === 'cut' };
  // The paragraphs of the sentences near the change are enough unless the passages to rebuild reach further.
  const known = { from: Math.max(0, changed.start - NEAR_LINKS), to: Math.min(after.length, changed.start + changed.count + NEAR_LINKS) };
  const near = await paragraphsNear(db, documentId, after.slice(known.from, known.to));
  // A merge inside one passage leaves the passages as they are, and their list need not be read.
  if (rule === 'join' && (await passagesHolding(db, documentId, paragraphsOfLinks(change.after, near))).length <= 1) return [];
  const passages = await readLinks(db, documentId, 'paragraph');
  const next =
    passagesFollowingWithin(passages, after, near, changed, known, options) ??
    passagesFollowingSentences(passages, after, await allParagraphsOf(db, documentId), changed, options);
  const moved = changeBetween(passages, next);
  if (moved.before.length === 0 && moved.after.length === 0) return [];
  const counts = await unitCounts(db, documentId, 'paragraph');
  checkLinks(next, counts.source, counts.target);
  await writeLinks(db, documentId, 'paragraph', next);
  return [{ level: 'paragraph', before: passages, after: next }];
}

/** Cuts the sentence links a passage edit left across two passages; answers the sentence level's change for the record. */
async function sentencesFollowing(db: Db, documentId: number, passages: ConfirmedLink[]): Promise<{ level: LinkLevel; before: ConfirmedLink[]; after: ConfirmedLink[] }[]> {
  const sentences = await readLinks(db, documentId, 'sentence');
  const next = sentencesFollowingPassages(sentences, passages, await allParagraphsOf(db, documentId));
  if (next.length === sentences.length) return [];
  await writeLinks(db, documentId, 'sentence', next);
  return [{ level: 'sentence', before: sentences, after: next }];
}

/** The paragraphs the units of some links lie in, per side. */
function paragraphsOfLinks(links: readonly ConfirmedLink[], paragraphOf: ParagraphOf): { source: number[]; target: number[] } {
  const of = (side: 'source' | 'target') => [...new Set(links.flatMap((l) => l[side].map((u) => paragraphOf[side][u])))];
  return { source: of('source'), target: of('target') };
}

/** Sentence links on each side of a change whose paragraphs are read. */
const NEAR_LINKS = 64;

async function paragraphsNear(db: Db, documentId: number, links: readonly ConfirmedLink[]): Promise<ParagraphOf> {
  const bounds = (side: 'source' | 'target') => {
    const units = links.flatMap((l) => l[side]);
    return units.length === 0 ? [0, -1] : [units[0], units[units.length - 1]];
  };
  const [source, target] = await Promise.all([
    paragraphsOfSentences(db, documentId, 'id', bounds('source')[0], bounds('source')[1]),
    paragraphsOfSentences(db, documentId, 'en', bounds('target')[0], bounds('target')[1]),
  ]);
  return { source, target };
}

async function allParagraphsOf(db: Db, documentId: number): Promise<ParagraphOf> {
  const [source, target] = await Promise.all([sentencePositionsByParagraph(db, documentId, 'id'), sentencePositionsByParagraph(db, documentId, 'en')]);
  return { source: paragraphOfSentence(source), target: paragraphOfSentence(target) };
}

/** Paragraph positions of a side's sentences, from the sentence positions of each paragraph. */
function paragraphOfSentence(byParagraph: number[][]): number[] {
  const out: number[] = [];
  byParagraph.forEach((positions, paragraph) => {
    for (const position of positions) out[position] = paragraph;
  });
  return out;
}

/** Stores an operation over one or both levels as the changed ranges only. */
async function recordOperation(
  db: Db,
  documentId: number,
  kind: string,
  author: string | null,
  levels: { level: LinkLevel; before: ConfirmedLink[]; after: ConfirmedLink[] }[],
  stamp: string,
): Promise<number> {
  const changes = levels.map(({ level, before, after }) => ({ level, ...changeBetween(before, after) }));
  return insertOperation(db, {
    documentId,
    kind,
    author,
    before: changes.map((c): StoredRange => ({ level: c.level, start: c.start, links: c.before })),
    after: changes.map((c): StoredRange => ({ level: c.level, start: c.start, links: c.after })),
    stamp,
  });
}

/**
 * Undoes the latest operation, or redoes the latest undone one; returns its
 * id. Refused when there is none, or when the links it changed have changed
 * since (then nothing is written).
 */
export async function stepHistory(db: Db, documentId: number, direction: 'undo' | 'redo', now = new Date()): Promise<number> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const op = await nextOperation(trx, documentId, direction);
    if (!op) throw conflict(`nothing_to_${direction}`, `There is nothing to ${direction}.`);
    for (const [i, range] of op.before.entries()) {
      const change = { start: range.start, before: range.links, after: op.after[i].links };
      const links = await readLinks(trx, documentId, range.level);
      const result = direction === 'undo' ? revertChange(links, change) : applyChange(links, change);
      if (!result) throw conflict('history_stale', 'The links changed since; this step cannot be applied.');
      await writeLinks(trx, documentId, range.level, result);
    }
    await setOperationState(trx, op.id, direction === 'undo' ? 'undone' : 'done');
    await endChange(trx, documentId, stamp);
    return op.id;
  });
}

export interface RealignOptions {
  /** Where the aligning runs; on the calling thread when not given. */
  compute?: Compute;
  now?: Date;
}

/** What a re-alignment read and what it would write. */
interface RealignPlan {
  revision: string | undefined;
  paragraphs: ConfirmedLink[];
  sentences: ConfirmedLink[];
  next: { paragraphs: ConfirmedLink[]; sentences: ConfirmedLink[] };
}

/** Reads the document (its revision first: a change made after it shows in the revision) and aligns it again. */
async function planRealignment(db: Db, documentId: number, compute: Compute): Promise<RealignPlan> {
  const revision = await documentStamp(db, documentId);
  const [paragraphs, sentences] = await Promise.all([readLinks(db, documentId, 'paragraph'), readLinks(db, documentId, 'sentence')]);
  const next = await alignedAgain(db, documentId, { paragraphs: paragraphs.filter((l) => l.confirmed), sentences: sentences.filter((l) => l.confirmed) }, compute);
  return { revision, paragraphs, sentences, next };
}

/**
 * Aligns the whole document again around the links people confirmed;
 * undoable as one operation. The aligning runs before the transaction, so
 * that a long document does not hold the database (SQLite has one
 * connection) while it is aligned; the transaction writes that result if the
 * document's revision has not moved since, and aligns again inside itself if
 * it has.
 */
export async function realignDocument(db: Db, documentId: number, author: string | null, options: RealignOptions = {}): Promise<number> {
  const compute = options.compute ?? inlineCompute;
  const stamp = (options.now ?? new Date()).toISOString();
  const early = await planRealignment(db, documentId, compute);
  return db.transaction().execute(async (trx) => {
    const unchanged = (await documentStamp(trx, documentId)) === early.revision;
    const { paragraphs, sentences, next } = unchanged ? early : await planRealignment(trx, documentId, compute);
    await writeLinks(trx, documentId, 'paragraph', next.paragraphs);
    await writeLinks(trx, documentId, 'sentence', next.sentences);
    const id = await recordOperation(
      trx,
      documentId,
      'realign',
      author,
      [
        { level: 'paragraph', before: paragraphs, after: next.paragraphs },
        { level: 'sentence', before: sentences, after: next.sentences },
      ],
      stamp,
    );
    await endChange(trx, documentId, stamp);
    return id;
  });
}
