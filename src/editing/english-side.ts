import { nextVersionAfter, planSideReplace, statusOfWritten, withConfirmed, type ReusePin, type SidePlan, type Writer } from '../core/edit/index';
import { notFound } from '../core/errors';
import type { ConfirmedLink, Link } from '../core/model';
import { alignmentLexicon } from '../glossary/alignment-lexicon';
import type { Db } from '../store/database';
import { getDocumentRow } from '../store/documents';
import { sentenceTextsByParagraph, writeLinks } from '../store/links';
import { deleteParagraphs, insertParagraphs, placeParagraph, sideParagraphs } from '../store/paragraphs';
import { moveSideAside } from '../store/positions';
import { documentStamp } from '../store/stamps';
import { recordRetired } from '../store/retired-segments';
import { moveRevisions, recordedVersions } from '../store/revisions';
import type { SentenceRow } from '../store/schema';
import { deleteSentences, placeSentence, sideSentences, writeSentenceVersions, type SentenceVersion } from '../store/sentences';
import { inlineCompute, type Compute } from '../compute/compute';
import type { ImportLimits } from '../import/intake';
import { alignWholeDocument } from './alignment-state';
import { endChange } from './change';

/** A stored English sentence as the side's plan sees it. */
type Row = SentenceRow & { paragraphId: number };

export interface SideWrite {
  /** Who wrote the new side: a person (a replaced translation) or the machine. */
  origin: Writer;
  author?: string | null;
  /** The paragraphs' texts as the writer gave them; the sentences joined by default. */
  paragraphTexts?: readonly string[];
  /** Paragraph links known from how the English was made (each machine paragraph translates one source paragraph). */
  knownParagraphs?: Link[];
  /** Sentence links known the same way (the translation memory's English and what was translated around it): the aligner pairs only the rest. */
  knownSentences?: Link[];
  /** New sentences that keep a given old row (see planSideReplace). */
  pins?: readonly ReusePin[];
  now?: Date;
  /** Where the document is aligned again; on the calling thread when absent. */
  compute?: Compute;
  /** The new side aligned before the transaction (alignBeforeReplace); used if nothing it read has changed since. */
  aligned?: EarlyAlignment;
}

/** A new English side aligned with the document's source ahead of the write, and what that alignment read. */
export interface EarlyAlignment {
  /** The document's revision when its source was read. */
  revision: string | undefined;
  english: readonly (readonly string[])[];
  knownParagraphs: Link[] | undefined;
  knownSentences: Link[] | undefined;
  paragraphs: ConfirmedLink[];
  sentences: ConfirmedLink[];
}

/**
 * Aligns a new English side with the document's source before the
 * transaction that writes it: a whole document takes seconds to align on a
 * worker, and inside the transaction it would hold the database (SQLite's
 * one writing connection, every other editor's save) all that time.
 */
export async function alignBeforeReplace(
  db: Db,
  documentId: number,
  english: readonly (readonly string[])[],
  known: { paragraphs?: Link[]; sentences?: Link[] },
  compute: Compute = inlineCompute,
): Promise<EarlyAlignment> {
  const revision = await documentStamp(db, documentId);
  const [source, lexicon] = await Promise.all([sentenceTextsByParagraph(db, documentId, 'id'), alignmentLexicon(db)]);
  const target = english.map((p) => [...p]);
  const options = { lockedParagraphs: known.paragraphs ?? [], lockedSentences: known.sentences ?? [], lexicon };
  const aligned = await compute.run('alignDocument', { source, target, options });
  return {
    revision,
    english,
    knownParagraphs: known.paragraphs,
    knownSentences: known.sentences,
    paragraphs: withConfirmed(aligned.paragraphs),
    sentences: withConfirmed(aligned.sentences),
  };
}

/** Whether an early alignment still holds: same revision (so the same source; a glossary change meanwhile counts as made just after), same new side, same known links. */
function stillHolds(early: EarlyAlignment | undefined, revision: string | undefined, english: readonly (readonly string[])[], write: SideWrite): early is EarlyAlignment {
  return (
    early !== undefined &&
    early.revision === revision &&
    JSON.stringify(early.english) === JSON.stringify(english) &&
    JSON.stringify(early.knownParagraphs ?? null) === JSON.stringify(write.knownParagraphs ?? null) &&
    JSON.stringify(early.knownSentences ?? null) === JSON.stringify(write.knownSentences ?? null)
  );
}

/** Why old English left the document, as the list of retired segments shows it. */
const reasonOf = (origin: Writer) => (origin === 'machine' ? 'machine_translation' : 'translation_replaced');

/**
 * The one way a document's English side is replaced, for a person's new
 * translation and for machine output alike. Makes the side read
 * `paragraphs` (sentences per paragraph), changing as few
 * rows as it can (see planSideReplace), then aligns the document again.
 * Whatever a sentence said before stays in segment_revisions, and the texts
 * that left are listed among the retired segments. Returns false, writing
 * nothing, when the side already reads `paragraphs`. Run it inside a
 * transaction: machine translation checks for a person's English in the same one.
 */
export async function replaceEnglishSide(db: Db, documentId: number, paragraphs: readonly (readonly string[])[], write: SideWrite): Promise<boolean> {
  const stamp = (write.now ?? new Date()).toISOString();
  const revision = write.aligned ? await documentStamp(db, documentId) : undefined;
  const oldParagraphs = await sideParagraphs(db, documentId, 'en');
  const oldRows = await sideSentences(db, documentId, 'en');
  const plan = planSideReplace(
    oldParagraphs.map((p) => p.id),
    oldRows.map((r) => ({ ...r, paragraphId: r.paragraph_id })),
    paragraphs,
    write.pins,
  );
  if (!plan) return false;

  const author = write.author ?? null;
  await recordRetired(db, plan.retired, reasonOf(write.origin), author, stamp);
  await moveSideAside(db, documentId, 'en');
  const texts = paragraphs.map((sentences, i) => write.paragraphTexts?.[i] ?? sentences.join(' '));
  const paragraphIds = await placeParagraphs(db, documentId, plan, texts);
  await keepCurrentTexts(db, documentId, plan, stamp);
  const sentenceIds = await placeSentences(db, documentId, plan, paragraphIds, write, stamp);
  for (const { row, heir } of plan.dropped) {
    // What people wrote in a row about to go is kept under the sentence that takes its place.
    if (heir !== null) await moveRevisions(db, row.id, sentenceIds[heir], 'human');
  }
  await deleteSentences(db, plan.dropped.map((d) => d.row.id));
  await deleteParagraphs(db, plan.surplusParagraphs);
  if (stillHolds(write.aligned, revision, paragraphs, write)) {
    await writeLinks(db, documentId, 'paragraph', write.aligned.paragraphs);
    await writeLinks(db, documentId, 'sentence', write.aligned.sentences);
  } else {
    await alignWholeDocument(db, documentId, { knownParagraphs: write.knownParagraphs, knownSentences: write.knownSentences }, write.compute);
  }
  await endChange(db, documentId, stamp, { unitsMoved: true });
  return true;
}

/** Puts a person's new translation (paragraphs with their sentences) in place of the English side. */
export async function replaceTranslation(
  db: Db,
  documentId: number,
  translation: readonly { text: string; sentences: string[] }[],
  author: string | null,
  options: { now?: Date; compute?: Compute } = {},
): Promise<void> {
  const paragraphs = translation.map((p) => p.sentences);
  if (!(await getDocumentRow(db, documentId))) throw notFound('document');
  const aligned = await alignBeforeReplace(db, documentId, paragraphs, {}, options.compute);
  await db.transaction().execute(async (trx) => {
    if (!(await getDocumentRow(trx, documentId))) throw notFound('document');
    const write = { origin: 'human', author, paragraphTexts: translation.map((p) => p.text), aligned, ...options } as const;
    await replaceEnglishSide(trx, documentId, paragraphs, write);
  });
}

/**
 * A person's new English side as typed or uploaded: the one intake (size,
 * cleaning, segmenting, paragraph count; on `compute`, as it can be long),
 * then the replace.
 */
export async function replaceTranslationText(
  db: Db,
  documentId: number,
  text: string,
  author: string | null,
  options: { limits: ImportLimits; compute?: Compute; now?: Date },
): Promise<void> {
  const compute = options.compute ?? inlineCompute;
  const limits = { maxDocumentBytes: options.limits.maxDocumentBytes, maxParagraphs: options.limits.maxParagraphs };
  const translation = await compute.run('intakeSide', { text, side: 'translation', limits });
  await replaceTranslation(db, documentId, translation, author, { now: options.now, compute });
}

async function placeParagraphs(db: Db, documentId: number, plan: SidePlan<Row>, texts: readonly string[]): Promise<number[]> {
  const ids = plan.paragraphRows.slice();
  for (const [position, id] of ids.entries()) if (id !== null) await placeParagraph(db, id, { position, text: texts[position] });
  const fresh = texts.flatMap((text, position) => (ids[position] === null ? [{ position, text }] : []));
  const freshIds = await insertParagraphs(db, documentId, 'en', fresh);
  fresh.forEach((p, i) => (ids[p.position] = freshIds[i]));
  return ids as number[];
}

/**
 * A row's current text is normally its latest revision already; rows from
 * before revisions were kept get it recorded before they are rewritten or go.
 */
async function keepCurrentTexts(db: Db, documentId: number, plan: SidePlan<Row>, stamp: string): Promise<void> {
  const touched = [
    ...plan.sentences.flatMap((s) => (s.step.kind === 'rewrite' ? [s.step.row] : [])),
    ...plan.dropped.filter((d) => d.row.origin === 'human').map((d) => d.row),
  ];
  const recorded = await recordedVersions(db, touched.map((r) => r.id));
  const missing = touched.filter((r) => !(recorded.get(r.id) ?? []).includes(r.version));
  await writeSentenceVersions(
    db,
    documentId,
    missing.map((r) => ({ id: r.id, lang: 'en', text: r.text, origin: r.origin, status: r.status, version: r.version })),
    null,
    stamp,
  );
}

async function placeSentences(db: Db, documentId: number, plan: SidePlan<Row>, paragraphIds: number[], write: SideWrite, stamp: string): Promise<number[]> {
  const rewritten = plan.sentences.flatMap((s) => (s.step.kind === 'rewrite' ? [s.step.row.id] : []));
  const recorded = await recordedVersions(db, rewritten);
  const status = statusOfWritten(write.origin);
  const versions: SentenceVersion[] = [];
  const ids: (number | undefined)[] = [];
  for (const [position, s] of plan.sentences.entries()) {
    const place = { paragraphId: paragraphIds[s.paragraph], position };
    if (s.step.kind === 'keep') {
      await placeSentence(db, s.step.row.id, place);
      ids.push(s.step.row.id);
      continue;
    }
    const row = s.step.kind === 'rewrite' ? s.step.row : undefined;
    const version = row ? nextVersionAfter(row.version, Math.max(0, ...(recorded.get(row.id) ?? []))) : 1;
    versions.push({ id: row?.id, ...place, lang: 'en', text: s.text, origin: write.origin, status, version });
    ids.push(undefined);
  }
  const written = await writeSentenceVersions(db, documentId, versions, write.author ?? null, stamp);
  let next = 0;
  return ids.map((id) => id ?? written[next++]);
}
