import { planParagraphSave, replaceUnits, sentencesOfEdit } from '../core/edit/index';
import { notFound } from '../core/errors';
import type { Db } from '../store/database';
import { readLinks, writeLinks } from '../store/links';
import { englishParagraph } from '../store/paragraphs';
import { firstPositionAfter, refreshParagraphText, shiftSentences } from '../store/positions';
import { recordRetired } from '../store/retired-segments';
import { deleteSentences, paragraphSentences, writeSentenceVersions } from '../store/sentences';
import { endChange } from './change';
import { emptyText, stateOf, type SegmentState } from './segment';

export interface ParagraphSave {
  paragraphId: number;
  text: string;
  /** Versions of the paragraph's sentences, in order, as the editor saw them. */
  versions: number[];
}

export type ParagraphSaveResult =
  | { kind: 'saved'; sentences: SegmentState[] }
  | { kind: 'conflict'; current: { text: string; sentences: SegmentState[] } };

/**
 * Rewrites a whole English paragraph: sentences are matched to the old rows
 * in order, rows left over are retired with their history, new ones added,
 * and the paragraph group re-aligned when the count changed.
 */
export async function saveParagraph(db: Db, save: ParagraphSave, author: string | null, now = new Date()): Promise<ParagraphSaveResult> {
  const texts = sentencesOfEdit(save.text);
  if (texts.length === 0) throw emptyText();
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const paragraph = await englishParagraph(trx, save.paragraphId);
    if (!paragraph) throw notFound('paragraph');
    const rows = await paragraphSentences(trx, paragraph.id);
    const unchanged = rows.length === save.versions.length && rows.every((r, i) => r.version === save.versions[i]);
    if (!unchanged) return { kind: 'conflict', current: { text: paragraph.text, sentences: rows.map(stateOf) } } as const;

    const documentId = paragraph.document_id;
    const plan = planParagraphSave(rows, texts);
    const from = rows[0]?.position ?? (await firstPositionAfter(trx, documentId, 'en', paragraph.position));
    await recordRetired(trx, plan.retire, 'paragraph_rewritten', author, stamp);
    await deleteSentences(trx, plan.retire.map((r) => r.id));
    await shiftSentences(trx, documentId, 'en', from + rows.length, texts.length - rows.length);
    const rewritten = plan.rewrite.map(({ row, next }) => ({ id: row.id, paragraphId: paragraph.id, position: row.position, lang: 'en' as const, ...next }));
    const added = plan.added.map((text, i) => ({
      paragraphId: paragraph.id,
      position: from + rows.length + i,
      lang: 'en' as const,
      text,
      origin: 'human' as const,
      status: 'draft' as const,
      version: 1,
    }));
    await writeSentenceVersions(trx, documentId, [...rewritten, ...added], author, stamp);
    await refreshParagraphText(trx, paragraph.id);
    if (texts.length !== rows.length) {
      const links = await readLinks(trx, documentId, 'sentence');
      await writeLinks(trx, documentId, 'sentence', replaceUnits(links, 'target', from, rows.length, texts.length));
      await endChange(trx, documentId, stamp, { realignParagraph: paragraph.position, unitsMoved: true });
    } else {
      await endChange(trx, documentId, stamp);
    }
    return { kind: 'saved', sentences: (await paragraphSentences(trx, paragraph.id)).map(stateOf) } as const;
  });
}
