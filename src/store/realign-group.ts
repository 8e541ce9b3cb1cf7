import { realignRange } from '../core/edit/index';
import type { Db } from './database';
import { readAlignmentState, writeEditableLinks } from './links';

/**
 * After the English of one paragraph changed its sentence count, re-aligns
 * only the sentences of the paragraph group (paragraph link) holding it.
 */
export async function realignParagraphGroup(db: Db, documentId: number, englishParagraph: number): Promise<void> {
  const { paragraphLinks, sentenceLinks, sourceTexts, targetTexts, sourceByParagraph, targetByParagraph, lexicon } = await readAlignmentState(
    db,
    documentId,
  );
  const group = paragraphLinks.find((l) => l.target.includes(englishParagraph));
  const units = group
    ? {
        source: group.source.flatMap((p) => sourceByParagraph[p] ?? []),
        target: group.target.flatMap((p) => targetByParagraph[p] ?? []),
      }
    : { source: [], target: targetByParagraph[englishParagraph] ?? [] };
  const realigned = realignRange(sentenceLinks, sourceTexts, targetTexts, units, { lexicon });
  await writeEditableLinks(db, documentId, 'sentence', realigned);
}
