import type { Compute } from '../compute/compute';
import { splitSentences } from '../core/text/index';
import { hasPersonalEnglish } from '../core/machine-translation/personal-english';
import { alignBeforeReplace, replaceEnglishSide } from '../editing/english-side';
import type { Db } from '../store/database';
import { getDocument } from '../store/documents';
import { listMachineParagraphs } from '../store/machine-translations';
import { humanEnglishRefused } from './job-errors';

export function englishSentences(paragraph: string): string[] {
  const sentences = splitSentences(paragraph, 'en').map((span) => span.text);
  return sentences.length > 0 ? sentences : [paragraph.trim()];
}

/**
 * Rewrites the document's English side from its stored machine paragraphs,
 * one English paragraph per translated Indonesian paragraph, then aligns it
 * again. Paragraph links are known (each machine paragraph translates one
 * source paragraph), so they are locked and the aligner only pairs sentences.
 * Unless `replacePersonal`, refuses when a person's English is there, checked
 * in the same transaction as the write.
 */
export async function applyMachineEnglish(
  db: Db,
  documentId: number,
  options: { replacePersonal: boolean; now?: Date; compute?: Compute },
): Promise<boolean> {
  // Aligned ahead, outside the transaction (see alignBeforeReplace); the transaction reads it all again.
  const ahead = await machineSide(db, documentId);
  const aligned = ahead && (await alignBeforeReplace(db, documentId, ahead.english, ahead.knownParagraphs, options.compute));
  return db.transaction().execute(async (trx) => {
    const side = await machineSide(trx, documentId);
    if (!side) return false;
    if (!options.replacePersonal && hasPersonalEnglish(side.englishNow)) throw humanEnglishRefused();
    return replaceEnglishSide(trx, documentId, side.english, {
      origin: 'machine',
      knownParagraphs: side.knownParagraphs,
      now: options.now,
      compute: options.compute,
      aligned: aligned ?? undefined,
    });
  });
}

/** The English side the stored machine paragraphs make, its known paragraph links, and the English there now; null when there is none to apply. */
async function machineSide(db: Db, documentId: number) {
  const detail = await getDocument(db, documentId);
  if (!detail) return null;
  const machine = (await listMachineParagraphs(db, documentId)).filter((row) => row.source_position < detail.source.length);
  if (machine.length === 0) return null;
  return {
    englishNow: detail.translation.flatMap((p) => p.sentences),
    english: machine.map((row) => englishSentences(row.text)),
    knownParagraphs: machine.map((row, target) => ({ source: [row.source_position], target: [target], confidence: 1 })),
  };
}
