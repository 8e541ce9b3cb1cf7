import { dropAlignmentHistory } from '../store/alignment-ops';
import type { Db } from '../store/database';
import { bumpRevision } from '../store/document-revision';
import { realignParagraphGroup } from './alignment-state';

export interface ChangeEnd {
  /** The English paragraph (position) whose sentence count changed: its paragraph group is re-aligned. */
  realignParagraph?: number;
  /** The same for an Indonesian paragraph (a corrected source). */
  realignSourceParagraph?: number;
  /** Sentences were added, removed or moved: recorded alignment operations no longer describe the links. */
  unitsMoved?: boolean;
}

/**
 * How every change to a document's text or links ends, inside its
 * transaction: re-align the affected range, drop undo history the change made
 * stale, and raise the document's revision so every cache of it moves on.
 */
export async function endChange(db: Db, documentId: number, stamp: string, end: ChangeEnd = {}): Promise<void> {
  if (end.realignParagraph !== undefined) await realignParagraphGroup(db, documentId, end.realignParagraph);
  if (end.realignSourceParagraph !== undefined) await realignParagraphGroup(db, documentId, end.realignSourceParagraph, 'source');
  if (end.unitsMoved) await dropAlignmentHistory(db, documentId);
  await bumpRevision(db, documentId, stamp);
}
