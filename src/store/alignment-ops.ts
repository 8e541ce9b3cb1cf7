import type { ConfirmedLink } from '../core/model';
import type { Db } from './database';
import type { LinkLevel } from './schema';

/** One level's changed range, as stored in before_json / after_json. */
export interface StoredRange {
  level: LinkLevel;
  start: number;
  links: ConfirmedLink[];
}

export interface StoredOperation {
  id: number;
  before: StoredRange[];
  after: StoredRange[];
}

/** Stores an operation; a new operation ends what could be redone. */
export async function insertOperation(
  db: Db,
  input: { documentId: number; kind: string; author: string | null; before: StoredRange[]; after: StoredRange[]; stamp: string },
): Promise<number> {
  await db.updateTable('alignment_operations').set({ state: 'dropped' }).where('document_id', '=', input.documentId).where('state', '=', 'undone').execute();
  const { id } = await db
    .insertInto('alignment_operations')
    .values({
      document_id: input.documentId,
      kind: input.kind,
      before_json: JSON.stringify(input.before),
      after_json: JSON.stringify(input.after),
      state: 'done',
      author: input.author,
      created_at: input.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The operation undo would take back (the latest done) or redo would apply again (the earliest undone). */
export async function nextOperation(db: Db, documentId: number, direction: 'undo' | 'redo'): Promise<StoredOperation | undefined> {
  const op = await db
    .selectFrom('alignment_operations')
    .select(['id', 'before_json', 'after_json'])
    .where('document_id', '=', documentId)
    .where('state', '=', direction === 'undo' ? 'done' : 'undone')
    .orderBy('id', direction === 'undo' ? 'desc' : 'asc')
    .executeTakeFirst();
  return op && { id: op.id, before: JSON.parse(op.before_json) as StoredRange[], after: JSON.parse(op.after_json) as StoredRange[] };
}

export async function setOperationState(db: Db, id: number, state: 'done' | 'undone'): Promise<void> {
  await db.updateTable('alignment_operations').set({ state }).where('id', '=', id).execute();
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
