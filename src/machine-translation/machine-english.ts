import type { Compute } from '../compute/compute';
import { assembleSide, keptEnglish, memoryFill, type ParagraphFill } from '../core/machine-translation/memory-fill';
import { hasPersonalEnglish } from '../core/machine-translation/personal-english';
import { alignBeforeReplace, replaceEnglishSide } from '../editing/english-side';
import type { Db } from '../store/database';
import { getDocument, type DocumentDetail } from '../store/documents';
import { listMachineParagraphs } from '../store/machine-translations';
import { humanEnglishRefused } from './job-errors';

export { englishSentences } from '../core/machine-translation/memory-fill';

/** The document's paragraphs as machine translation sees them: memory English to keep, and the gaps around it (core/machine-translation/memory-fill.ts). */
export function documentFill(detail: DocumentDetail): ParagraphFill[] {
  return memoryFill({ source: detail.source, english: detail.translation.flatMap((p) => p.sentences), sentenceLinks: detail.sentenceLinks });
}

/** The English machine translation would replace: all of it but what the translation memory filled, which it keeps. */
export function replaceableEnglish(detail: DocumentDetail, fill: readonly ParagraphFill[] = documentFill(detail)) {
  const kept = keptEnglish(fill);
  return detail.translation.flatMap((p) => p.sentences).filter((_, i) => !kept.has(i));
}

/** Whether machine translation would replace English a person wrote or touched (the memory's English it keeps does not count). */
export const hasReplaceablePersonalEnglish = (detail: DocumentDetail): boolean => hasPersonalEnglish(replaceableEnglish(detail));

/**
 * Rewrites the document's English side from its stored machine paragraphs,
 * one English paragraph per translated Indonesian paragraph, then aligns it
 * again. English the translation memory filled stays in its paragraph, row and
 * all, with the machine's English of the sentences around it in the
 * Indonesian order. Paragraph links are known (each machine paragraph
 * translates one source paragraph), and so are the memory's sentence links
 * (and a lone sentence translated between them), so they are locked and the
 * aligner only pairs the rest. Unless `replacePersonal`, refuses when a
 * person's English is there, checked in the same transaction as the write.
 */
export async function applyMachineEnglish(
  db: Db,
  documentId: number,
  options: { replacePersonal: boolean; now?: Date; compute?: Compute },
): Promise<boolean> {
  // Aligned ahead, outside the transaction (see alignBeforeReplace); the transaction reads it all again.
  const ahead = await machineSide(db, documentId);
  const known = ahead && { paragraphs: ahead.knownParagraphs, sentences: ahead.knownSentences };
  const aligned = ahead && known && (await alignBeforeReplace(db, documentId, ahead.english, known, options.compute));
  return db.transaction().execute(async (trx) => {
    const side = await machineSide(trx, documentId);
    if (!side) return false;
    if (!options.replacePersonal && hasPersonalEnglish(side.englishNow)) throw humanEnglishRefused();
    return replaceEnglishSide(trx, documentId, side.english, {
      origin: 'machine',
      knownParagraphs: side.knownParagraphs,
      knownSentences: side.knownSentences,
      pins: side.pins,
      now: options.now,
      compute: options.compute,
      aligned: aligned ?? undefined,
    });
  });
}

/** The English side the stored machine paragraphs and the memory's English make, with its known links, and the English it would replace; null when there is none to apply. */
async function machineSide(db: Db, documentId: number) {
  const detail = await getDocument(db, documentId);
  if (!detail) return null;
  const machine = (await listMachineParagraphs(db, documentId)).filter((row) => row.source_position < detail.source.length);
  if (machine.length === 0) return null;
  const fill = documentFill(detail);
  return { englishNow: replaceableEnglish(detail, fill), ...assembleSide(fill, machine) };
}
