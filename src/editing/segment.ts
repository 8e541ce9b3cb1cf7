import { planSegmentSave, sentencesOfEdit, wordDiff, replaceUnits, type DiffPart, type SegmentStatusChoice } from '../core/edit/index';
import { invalid, notFound } from '../core/errors';
import type { SegmentStatus } from '../core/model';
import type { Db } from '../store/database';
import { readLinks, writeLinks } from '../store/links';
import { englishParagraph } from '../store/paragraphs';
import { refreshParagraphText, shiftSentences } from '../store/positions';
import { revisionOf, revisionsOf } from '../store/revisions';
import type { SentenceRow } from '../store/schema';
import { englishSentence, sourceSentence, writeSentenceVersions } from '../store/sentences';
import { lastAuthor, statusEventsOf, writeStatusChange } from '../store/status-events';
import { endChange } from './change';

export interface SegmentState {
  id: number;
  text: string;
  version: number;
  status: SegmentStatus;
}

export interface SegmentSave {
  sentenceId: number;
  text: string;
  /** The version the editor started from; a newer stored version is a conflict. */
  version: number;
  status?: SegmentStatusChoice;
}

/** What a conflict answers with: what is stored now, who saved it and when, and how the text sent differs from it. */
export interface ConflictState extends SegmentState {
  savedBy: string | null;
  savedAt: string;
  /** Word differences from the stored text to the text sent; null when either is too long to compare on a request. */
  diff: DiffPart[] | null;
}

/** A conflict is an answer, not a failure: it carries what is stored now so the page can show both texts. */
export type SaveResult = { kind: 'saved'; segment: SegmentState; added: SegmentState[] } | { kind: 'conflict'; current: ConflictState };

/** Longest text (characters, each side) a conflict is diffed for: the word diff grows with the product of the lengths. */
const MAX_CONFLICT_DIFF = 4000;

async function conflictWith(db: Db, row: SentenceRow, sent: string): Promise<ConflictState> {
  const savedBy = await lastAuthor(db, row.id, row.version);
  const comparable = row.text.length <= MAX_CONFLICT_DIFF && sent.length <= MAX_CONFLICT_DIFF;
  return { ...stateOf(row), savedBy, savedAt: row.updated_at, diff: comparable ? wordDiff(row.text, sent) : null };
}

export const emptyText = () => invalid('text_empty', 'The English text is empty.');

export const stateOf = (row: Pick<SentenceRow, 'id' | 'text' | 'version' | 'status'>): SegmentState => ({
  id: row.id,
  text: row.text,
  version: row.version,
  status: row.status,
});

/**
 * Saves one English segment. A text that now holds several sentences becomes
 * several segments, and only its paragraph group is re-aligned.
 */
export async function saveSegment(db: Db, save: SegmentSave, author: string | null, now = new Date()): Promise<SaveResult> {
  const sentences = sentencesOfEdit(save.text);
  if (sentences.length === 0) throw emptyText();
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await englishSentence(trx, save.sentenceId);
    if (!row) throw notFound('segment');
    if (row.version !== save.version) return { kind: 'conflict', current: await conflictWith(trx, row, save.text) } as const;

    const { next, added, change } = planSegmentSave(row, sentences, save.status);
    const documentId = row.document_id;
    if (change === 'none') return { kind: 'saved', segment: stateOf(row), added: [] } as const;
    if (change === 'status') {
      await writeStatusChange(trx, { sentenceId: row.id, documentId, version: next.version, before: row.status, status: next.status }, author, stamp);
      await endChange(trx, documentId, stamp);
      return { kind: 'saved', segment: { id: row.id, text: row.text, version: next.version, status: next.status }, added: [] } as const;
    }
    await shiftSentences(trx, documentId, 'en', row.position + 1, added.length);
    const after = (i: number) => ({ paragraphId: row.paragraph_id, position: row.position + 1 + i, lang: 'en' as const });
    const [, ...addedIds] = await writeSentenceVersions(
      trx,
      documentId,
      [
        // The revision names the person who saved, also when the first sentence kept its text.
        { id: row.id, paragraphId: row.paragraph_id, position: row.position, lang: 'en', ...next, revisionOrigin: 'human' },
        ...added.map((text, i) => ({ ...after(i), text, origin: 'human' as const, status: next.status, version: 1 })),
      ],
      author,
      stamp,
    );
    await refreshParagraphText(trx, row.paragraph_id);
    if (added.length > 0) {
      const links = await readLinks(trx, documentId, 'sentence');
      await writeLinks(trx, documentId, 'sentence', replaceUnits(links, 'target', row.position, 1, 1 + added.length));
      const paragraph = await englishParagraph(trx, row.paragraph_id);
      await endChange(trx, documentId, stamp, { realignParagraph: paragraph?.position, unitsMoved: true });
    } else {
      await endChange(trx, documentId, stamp);
    }
    return {
      kind: 'saved',
      segment: { id: row.id, text: next.text, version: next.version, status: next.status },
      added: added.map((text, i) => ({ id: addedIds[i], text, version: 1, status: next.status })),
    } as const;
  });
}

/** Reverting writes the old text as a new revision, so the history only grows. */
export async function revertSegment(
  db: Db,
  input: { sentenceId: number; revisionId: number; version: number },
  author: string | null,
): Promise<SaveResult> {
  const revision = await revisionOf(db, input.sentenceId, input.revisionId);
  if (!revision) throw notFound('revision');
  return saveSegment(db, { sentenceId: input.sentenceId, text: revision.text, version: input.version, status: 'draft' }, author);
}

export interface RevisionView {
  id: number;
  version: number;
  text: string;
  origin: string;
  author: string | null;
  createdAt: string;
  /** Against the revision before it; null for the first. */
  diffPrevious: DiffPart[] | null;
  /** Against the machine translation, when there was one. */
  diffMachine: DiffPart[] | null;
}

/** A status change that left the text as it was: a review given or taken back. */
export interface StatusChangeView {
  version: number;
  before: SegmentStatus;
  status: SegmentStatus;
  author: string | null;
  createdAt: string;
}

/** A sentence's revisions and status changes, newest first, each revision with what it changed. */
export async function segmentHistory(
  db: Db,
  sentenceId: number,
): Promise<{ segment: SegmentState; revisions: RevisionView[]; statusChanges: StatusChangeView[] }> {
  // Either side: an Indonesian sentence has revisions once it was corrected.
  const row = (await englishSentence(db, sentenceId)) ?? (await sourceSentence(db, sentenceId));
  if (!row) throw notFound('segment');
  const [rows, events] = await Promise.all([revisionsOf(db, sentenceId), statusEventsOf(db, sentenceId)]);
  const machine = rows.find((r) => r.origin === 'machine');
  const revisions = rows.map((r, i) => ({
    id: r.id,
    version: r.version,
    text: r.text,
    origin: r.origin,
    author: r.author,
    createdAt: r.created_at,
    diffPrevious: i > 0 ? wordDiff(rows[i - 1].text, r.text) : null,
    diffMachine: machine && machine !== r ? wordDiff(machine.text, r.text) : null,
  }));
  const statusChanges = events.map((e) => ({ version: e.version, before: e.status_before, status: e.status, author: e.author, createdAt: e.created_at }));
  return { segment: stateOf(row), revisions: revisions.reverse(), statusChanges: statusChanges.reverse() };
}
