import { DomainError } from '../core/errors';
import { replaceUnits, sentencesOfEdit, wordDiff, type DiffPart, type SegmentStatusChoice } from '../core/edit/index';
import { dropAlignmentHistory } from './alignment-ops';
import type { Db } from './database';
import { readEditableLinks, writeEditableLinks } from './links';
import { refreshParagraphText, shiftSentences } from './positions';
import { realignParagraphGroup } from './realign-group';
import type { SegmentStatus, SentenceRow } from './schema';

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
  author: string | null;
}

export type SaveResult =
  | { kind: 'saved'; segment: SegmentState; added: SegmentState[] }
  | { kind: 'conflict'; current: SegmentState }
  | { kind: 'missing' };

export class EmptyTextError extends DomainError {
  constructor() {
    super('invalid', 'text_empty', 'The English text is empty.');
  }
}

const stateOf = (row: Pick<SentenceRow, 'id' | 'text' | 'version' | 'status'>): SegmentState => ({
  id: row.id,
  text: row.text,
  version: row.version,
  status: row.status,
});

async function englishSentence(db: Db, id: number): Promise<SentenceRow | undefined> {
  return db.selectFrom('sentences').selectAll().where('id', '=', id).where('lang', '=', 'en').executeTakeFirst();
}

/**
 * Saves one English segment. A text that now holds several sentences becomes
 * several segments, and only its paragraph group is re-aligned.
 */
export async function saveSegment(db: Db, save: SegmentSave, now = new Date()): Promise<SaveResult> {
  const sentences = sentencesOfEdit(save.text);
  if (sentences.length === 0) throw new EmptyTextError();
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await englishSentence(trx, save.sentenceId);
    if (!row) return { kind: 'missing' } as const;
    if (row.version !== save.version) return { kind: 'conflict', current: stateOf(row) } as const;

    const [first, ...rest] = sentences;
    const changed = first !== row.text;
    const status = save.status ?? (changed ? 'draft' : row.status);
    const version = row.version + 1;
    await trx
      .updateTable('sentences')
      .set({ text: first, status, origin: changed ? 'human' : row.origin, version, updated_at: stamp })
      .where('id', '=', row.id)
      .execute();
    await addRevision(trx, row, version, first, save.author, stamp);
    const added = rest.length > 0 ? await insertAfter(trx, row, rest, status, save.author, stamp) : [];
    await refreshParagraphText(trx, row.paragraph_id);
    await touchDocument(trx, row.document_id, stamp);
    return { kind: 'saved', segment: { id: row.id, text: first, version, status }, added } as const;
  });
}

function addRevision(db: Db, row: SentenceRow, version: number, text: string, author: string | null, stamp: string) {
  return db
    .insertInto('segment_revisions')
    .values({ sentence_id: row.id, document_id: row.document_id, version, text, origin: 'human', author, created_at: stamp })
    .execute();
}

async function insertAfter(
  db: Db,
  row: SentenceRow,
  texts: string[],
  status: SegmentStatus,
  author: string | null,
  stamp: string,
): Promise<SegmentState[]> {
  await shiftSentences(db, row.document_id, 'en', row.position + 1, texts.length);
  const added: SegmentState[] = [];
  for (const [i, text] of texts.entries()) {
    const inserted = await db
      .insertInto('sentences')
      .values({
        document_id: row.document_id,
        paragraph_id: row.paragraph_id,
        lang: 'en',
        position: row.position + 1 + i,
        text,
        origin: 'human',
        status,
        version: 1,
        updated_at: stamp,
      })
      .returning(['id', 'text', 'version', 'status'])
      .executeTakeFirstOrThrow();
    await db
      .insertInto('segment_revisions')
      .values({ sentence_id: inserted.id, document_id: row.document_id, version: 1, text, origin: 'human', author, created_at: stamp })
      .execute();
    added.push(inserted);
  }
  const links = await readEditableLinks(db, row.document_id, 'sentence');
  await writeEditableLinks(db, row.document_id, 'sentence', replaceUnits(links, 'target', row.position, 1, 1 + texts.length));
  await realignAround(db, row.document_id, row.paragraph_id);
  return added;
}

async function realignAround(db: Db, documentId: number, paragraphId: number) {
  const paragraph = await db.selectFrom('paragraphs').select('position').where('id', '=', paragraphId).executeTakeFirstOrThrow();
  await realignParagraphGroup(db, documentId, paragraph.position);
  // Positions moved under the recorded operations: they can no longer be undone safely.
  await dropAlignmentHistory(db, documentId);
}

export function touchDocument(db: Db, documentId: number, stamp: string) {
  return db.updateTable('documents').set({ updated_at: stamp }).where('id', '=', documentId).execute();
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

export async function segmentHistory(db: Db, sentenceId: number): Promise<{ segment: SegmentState; revisions: RevisionView[] } | undefined> {
  const row = await englishSentence(db, sentenceId);
  if (!row) return undefined;
  const rows = await db
    .selectFrom('segment_revisions')
    .selectAll()
    .where('sentence_id', '=', sentenceId)
    .orderBy('version')
    .orderBy('id')
    .execute();
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
  return { segment: stateOf(row), revisions: revisions.reverse() };
}

/** Reverting writes the old text as a new revision, so the history only grows. */
export async function revertSegment(
  db: Db,
  input: { sentenceId: number; revisionId: number; version: number; author: string | null },
): Promise<SaveResult | { kind: 'no_revision' }> {
  const revision = await db
    .selectFrom('segment_revisions')
    .select('text')
    .where('id', '=', input.revisionId)
    .where('sentence_id', '=', input.sentenceId)
    .executeTakeFirst();
  if (!revision) return { kind: 'no_revision' };
  return saveSegment(db, { sentenceId: input.sentenceId, text: revision.text, version: input.version, author: input.author, status: 'draft' });
}

export interface Progress {
  reviewed: number;
  total: number;
}

/** Reviewed English segments per document. */
export async function reviewProgress(db: Db): Promise<Map<number, Progress>> {
  const rows = await db
    .selectFrom('sentences')
    .select((eb) => [
      'document_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'reviewed').then(1).else(0).end()).as('reviewed'),
    ])
    .where('lang', '=', 'en')
    .groupBy('document_id')
    .execute();
  return new Map(rows.map((r) => [r.document_id, { reviewed: Number(r.reviewed ?? 0), total: Number(r.total) }]));
}
