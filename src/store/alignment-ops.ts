import { applyChange, changeBetween, checkLinks, revertChange, type EditableLink } from '../core/edit/index';
import type { Db } from './database';
import { readEditableLinks, writeEditableLinks } from './links';
import type { LinkLevel } from './schema';

/** One level's changed range, as stored in before_json / after_json. */
interface StoredRange {
  level: LinkLevel;
  start: number;
  links: EditableLink[];
}

export type OperationResult = { kind: 'done'; operationId: number } | { kind: 'nothing' } | { kind: 'stale' };

async function unitCounts(db: Db, documentId: number, level: LinkLevel): Promise<{ source: number; target: number }> {
  const table = level === 'paragraph' ? 'paragraphs' : 'sentences';
  const rows = await db
    .selectFrom(table)
    .select((eb) => ['lang', eb.fn.countAll<number>().as('n')])
    .where('document_id', '=', documentId)
    .groupBy('lang')
    .execute();
  const count = (lang: string) => Number(rows.find((r) => r.lang === lang)?.n ?? 0);
  return { source: count('id'), target: count('en') };
}

/**
 * Applies a pure link edit to one level and records it for undo. The edit
 * sees the current links inside the transaction, so two editors cannot
 * interleave half-applied changes.
 */
export async function recordLinkEdit(
  db: Db,
  input: { documentId: number; level: LinkLevel; kind: string; author: string | null; edit: (links: EditableLink[]) => EditableLink[] },
  now = new Date(),
): Promise<{ operationId: number; links: EditableLink[] }> {
  return db.transaction().execute(async (trx) => {
    const before = await readEditableLinks(trx, input.documentId, input.level);
    const after = input.edit(before);
    const counts = await unitCounts(trx, input.documentId, input.level);
    checkLinks(after, counts.source, counts.target);
    await writeEditableLinks(trx, input.documentId, input.level, after);
    const id = await recordOperation(trx, input.documentId, input.kind, input.author, [{ level: input.level, before, after }], now);
    return { operationId: id, links: after };
  });
}

/** Stores an operation over one or both levels; a new operation ends what could be redone. */
export async function recordOperation(
  db: Db,
  documentId: number,
  kind: string,
  author: string | null,
  levels: { level: LinkLevel; before: EditableLink[]; after: EditableLink[] }[],
  now = new Date(),
): Promise<number> {
  const changes = levels.map(({ level, before, after }) => ({ level, ...changeBetween(before, after) }));
  await db.updateTable('alignment_operations').set({ state: 'dropped' }).where('document_id', '=', documentId).where('state', '=', 'undone').execute();
  const { id } = await db
    .insertInto('alignment_operations')
    .values({
      document_id: documentId,
      kind,
      before_json: JSON.stringify(changes.map((c): StoredRange => ({ level: c.level, start: c.start, links: c.before }))),
      after_json: JSON.stringify(changes.map((c): StoredRange => ({ level: c.level, start: c.start, links: c.after }))),
      state: 'done',
      author,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Undoes the latest operation, or redoes the latest undone one. */
export async function stepHistory(db: Db, documentId: number, direction: 'undo' | 'redo'): Promise<OperationResult> {
  return db.transaction().execute(async (trx) => {
    const op = await trx
      .selectFrom('alignment_operations')
      .selectAll()
      .where('document_id', '=', documentId)
      .where('state', '=', direction === 'undo' ? 'done' : 'undone')
      .orderBy('id', direction === 'undo' ? 'desc' : 'asc')
      .executeTakeFirst();
    if (!op) return { kind: 'nothing' } as const;
    const before = JSON.parse(op.before_json) as StoredRange[];
    const after = JSON.parse(op.after_json) as StoredRange[];
    for (const [i, range] of before.entries()) {
      const change = { start: range.start, before: range.links, after: after[i].links };
      const links = await readEditableLinks(trx, documentId, range.level);
      const result = direction === 'undo' ? revertChange(links, change) : applyChange(links, change);
      if (!result) return { kind: 'stale' } as const;
      await writeEditableLinks(trx, documentId, range.level, result);
    }
    await trx.updateTable('alignment_operations').set({ state: direction === 'undo' ? 'undone' : 'done' }).where('id', '=', op.id).execute();
    return { kind: 'done', operationId: op.id } as const;
  });
}

export async function historyState(db: Db, documentId: number): Promise<{ canUndo: boolean; canRedo: boolean }> {
  const rows = await db
    .selectFrom('alignment_operations')
    .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
    .where('document_id', '=', documentId)
    .groupBy('state')
    .execute();
  const has = (state: string) => rows.some((r) => r.state === state && Number(r.n) > 0);
  return { canUndo: has('done'), canRedo: has('undone') };
}

/** After the units themselves changed, old ranges no longer describe the links. */
export async function dropAlignmentHistory(db: Db, documentId: number): Promise<void> {
  await db.updateTable('alignment_operations').set({ state: 'dropped' }).where('document_id', '=', documentId).where('state', '!=', 'dropped').execute();
}
