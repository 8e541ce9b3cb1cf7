import { alignDocument } from '../core/align/index';
import type { EditableLink } from '../core/edit/index';
import { recordOperation } from './alignment-ops';
import type { Db } from './database';
import { readAlignmentState, writeEditableLinks } from './links';

const key = (l: { source: number[]; target: number[] }) => `${l.source.join(',')}|${l.target.join(',')}`;

/** Keeps the confirmed links and marks them confirmed again in the new alignment. */
function withConfirmed(links: { source: number[]; target: number[]; confidence: number }[], locked: EditableLink[]): EditableLink[] {
  const confirmed = new Set(locked.map(key));
  return links.map((l) => (confirmed.has(key(l)) ? { ...l, confidence: 1, confirmed: true } : { ...l, confirmed: false }));
}

/** Aligns the whole document again around the links people confirmed; undoable as one operation. */
export async function realignDocument(db: Db, documentId: number, author: string | null): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { paragraphLinks: paragraphs, sentenceLinks: sentences, sourceTexts, targetTexts, sourceByParagraph, targetByParagraph, lexicon } =
      await readAlignmentState(trx, documentId);
    const lockedParagraphs = paragraphs.filter((l) => l.confirmed);
    const lockedSentences = sentences.filter((l) => l.confirmed);
    const aligned = alignDocument(
      sourceByParagraph.map((p) => p.map((i) => sourceTexts[i])),
      targetByParagraph.map((p) => p.map((i) => targetTexts[i])),
      { lockedParagraphs, lockedSentences, lexicon },
    );
    const nextParagraphs = withConfirmed(aligned.paragraphs, lockedParagraphs);
    const nextSentences = withConfirmed(aligned.sentences, lockedSentences);
    await writeEditableLinks(trx, documentId, 'paragraph', nextParagraphs);
    await writeEditableLinks(trx, documentId, 'sentence', nextSentences);
    return recordOperation(trx, documentId, 'realign', author, [
      { level: 'paragraph', before: paragraphs, after: nextParagraphs },
      { level: 'sentence', before: sentences, after: nextSentences },
    ]);
  });
}
