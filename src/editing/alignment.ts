import { applyChange, changeBetween, checkLinks, revertChange } from '../core/edit/index';
import { conflict } from '../core/errors';
import type { ConfirmedLink, LinkLevel } from '../core/model';
import { historyState, insertOperation, nextOperation, setOperationState, type StoredRange } from '../store/alignment-ops';
import type { Db } from '../store/database';
import { readLinks, unitCounts, writeLinks } from '../store/links';
import { alignWholeDocument } from './alignment-state';
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
    const id = await recordOperation(trx, input.documentId, input.kind, author, [{ level: input.level, before, after }], stamp);
    await endChange(trx, input.documentId, stamp);
    return id;
  });
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

/** Aligns the whole document again around the links people confirmed; undoable as one operation. */
export async function realignDocument(db: Db, documentId: number, author: string | null, now = new Date()): Promise<number> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const paragraphs = await readLinks(trx, documentId, 'paragraph');
    const sentences = await readLinks(trx, documentId, 'sentence');
    const next = await alignWholeDocument(trx, documentId, {
      paragraphs: paragraphs.filter((l) => l.confirmed),
      sentences: sentences.filter((l) => l.confirmed),
    });
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
