import type { Compute } from '../compute/compute';
import { splitSentences } from '../core/text/index';
import { hasPersonalEnglish } from '../core/machine-translation/personal-english';
import { replaceEnglishSide } from '../editing/english-side';
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
  return db.transaction().execute(async (trx) => {
    const detail = await getDocument(trx, documentId);
    if (!detail) return false;
    const machine = (await listMachineParagraphs(trx, documentId)).filter((row) => row.source_position < detail.source.length);
    if (machine.length === 0) return false;
    const englishNow = detail.translation.flatMap((p) => p.sentences);
    if (!options.replacePersonal && hasPersonalEnglish(englishNow)) throw humanEnglishRefused();

    const english = machine.map((row) => englishSentences(row.text));
    return replaceEnglishSide(trx, documentId, english, {
      origin: 'machine',
      knownParagraphs: machine.map((row, target) => ({ source: [row.source_position], target: [target], confidence: 1 })),
      now: options.now,
      compute: options.compute,
    });
  });
}
