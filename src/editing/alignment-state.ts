import { inlineCompute, type Compute } from '../compute/compute';
import { realignRange, withConfirmed } from '../core/edit/index';
import type { ConfirmedLink, Link } from '../core/model';
import { alignmentLexicon } from '../glossary/alignment-lexicon';
import { chapterBeginnings } from '../core/align/index';
import type { Db } from '../store/database';
import { paragraphChapters } from '../store/paragraphs';
import { paragraphTimes, readLinks, sentencePositionsByParagraph, sentenceTextsByParagraph, sideTexts, writeLinks } from '../store/links';

/** Everything re-alignment needs about a document: its links, sentence texts and paragraph layout. */
export interface AlignmentState {
  paragraphLinks: ConfirmedLink[];
  sentenceLinks: ConfirmedLink[];
  sourceTexts: string[];
  targetTexts: string[];
  sourceByParagraph: number[][];
  targetByParagraph: number[][];
  /** The library's approved terms as word pairs, so re-alignment weighs the same evidence as import. */
  lexicon: Map<string, string[]>;
}

export async function readAlignmentState(db: Db, documentId: number): Promise<AlignmentState> {
  const [paragraphLinks, sentenceLinks, sourceTexts, targetTexts, sourceByParagraph, targetByParagraph, lexicon] = await Promise.all([
    readLinks(db, documentId, 'paragraph'),
    readLinks(db, documentId, 'sentence'),
    sideTexts(db, documentId, 'id'),
    sideTexts(db, documentId, 'en'),
    sentencePositionsByParagraph(db, documentId, 'id'),
    sentencePositionsByParagraph(db, documentId, 'en'),
    alignmentLexicon(db),
  ]);
  return { paragraphLinks, sentenceLinks, sourceTexts, targetTexts, sourceByParagraph, targetByParagraph, lexicon };
}

/**
 * After one paragraph changed its sentence count (English by default, or the
 * Indonesian one corrected), re-aligns only the sentences of the paragraph
 * group (paragraph link) holding it.
 */
export async function realignParagraphGroup(db: Db, documentId: number, paragraph: number, side: 'source' | 'target' = 'target'): Promise<void> {
  const { paragraphLinks, sentenceLinks, sourceTexts, targetTexts, sourceByParagraph, targetByParagraph, lexicon } = await readAlignmentState(
    db,
    documentId,
  );
  const group = paragraphLinks.find((l) => l[side].includes(paragraph));
  const alone = (byParagraph: number[][], own: 'source' | 'target') => (side === own ? (byParagraph[paragraph] ?? []) : []);
  const units = group
    ? {
        source: group.source.flatMap((p) => sourceByParagraph[p] ?? []),
        target: group.target.flatMap((p) => targetByParagraph[p] ?? []),
      }
    : { source: alone(sourceByParagraph, 'source'), target: alone(targetByParagraph, 'target') };
  const realigned = realignRange(sentenceLinks, sourceTexts, targetTexts, units, { lexicon });
  await writeLinks(db, documentId, 'sentence', realigned);
}

/** What re-alignment keeps: the links people confirmed, or paragraph links known from how the English was made. */
export interface LockedLinks {
  paragraphs?: ConfirmedLink[];
  sentences?: ConfirmedLink[];
  knownParagraphs?: Link[];
  /** Sentence links known the same way: held like confirmed ones, but not marked confirmed. */
  knownSentences?: Link[];
}

/**
 * The whole document aligned afresh around what is locked, on `compute` (a
 * worker thread for a long document); nothing is written.
 */
export async function alignedAgain(
  db: Db,
  documentId: number,
  locked: LockedLinks = {},
  compute: Compute = inlineCompute,
): Promise<{ paragraphs: ConfirmedLink[]; sentences: ConfirmedLink[] }> {
  const [source, target, lexicon, sourceTimes, targetTimes, sourceChapters, targetChapters] = await Promise.all([
    sentenceTextsByParagraph(db, documentId, 'id'),
    sentenceTextsByParagraph(db, documentId, 'en'),
    alignmentLexicon(db),
    paragraphTimes(db, documentId, 'id'),
    paragraphTimes(db, documentId, 'en'),
    paragraphChapters(db, documentId, 'id'),
    paragraphChapters(db, documentId, 'en'),
  ]);
  const lockedParagraphs = [...(locked.paragraphs ?? []), ...(locked.knownParagraphs ?? [])];
  // Subtitle cues keep their times: they are evidence again (the aligner uses them when both sides have some).
  const lockedSentences = [...(locked.sentences ?? []), ...(locked.knownSentences ?? [])];
  const options = { lockedParagraphs, lockedSentences, lexicon, times: { source: sourceTimes, target: targetTimes } };
  // A book is paired chapter by chapter again, as at import, unless a person fixed links (they may cross chapters).
  const chapters = lockedParagraphs.length === 0 && options.lockedSentences.length === 0 ? chapterBeginnings(sourceChapters, targetChapters) : undefined;
  const aligned = await compute.run('alignDocument', { source, target, options, chapters });
  return { paragraphs: withConfirmed(aligned.paragraphs, locked.paragraphs), sentences: withConfirmed(aligned.sentences, locked.sentences) };
}

/** Aligns the whole document afresh around what is locked and stores both levels; returns them as stored. */
export async function alignWholeDocument(
  db: Db,
  documentId: number,
  locked: LockedLinks = {},
  compute: Compute = inlineCompute,
): Promise<{ paragraphs: ConfirmedLink[]; sentences: ConfirmedLink[] }> {
  const next = await alignedAgain(db, documentId, locked, compute);
  await writeLinks(db, documentId, 'paragraph', next.paragraphs);
  await writeLinks(db, documentId, 'sentence', next.sentences);
  return next;
}
