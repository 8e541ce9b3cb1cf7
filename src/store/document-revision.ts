import type { Db } from './database';

/**
 * Raises the document's revision counter and its update time. Every write to
 * a document's text, links or visibility ends here, in its own transaction,
 * so a cache keyed on the counter is never older than what it shows.
 */
export async function bumpRevision(db: Db, documentId: number, stamp: string): Promise<void> {
  await db
    .updateTable('documents')
    .set((eb) => ({ revision: eb(eb.ref('revision'), '+', 1), updated_at: stamp }))
    .where('id', '=', documentId)
    .execute();
}
