import { limitConcurrency } from './concurrency';
import { batchToRequest, joinPieces, type ParagraphTranslation, type PlannedBatch, type TranslatedPiece } from './planner';
import type { TargetLang, Translator } from './types';

export interface RunPlanOptions {
  targetLang: TargetLang;
  glossaryId?: string;
  /** Requests in flight at once. */
  concurrency?: number;
  /**
   * Called as soon as every piece of a paragraph is translated, so the caller
   * can store it (and cache it) before the rest of the plan finishes.
   */
  onParagraph?: (translation: ParagraphTranslation) => void | Promise<void>;
  signal?: AbortSignal;
}

const DEFAULT_CONCURRENCY = 2;

/**
 * Sends every batch of a plan through `translator`. After the first failure
 * no further batch is started; requests already in flight finish (and their
 * paragraphs still reach onParagraph), then the first error is thrown. The
 * same happens when `signal` aborts, with the abort reason as the error.
 */
export async function runPlan(
  translator: Translator,
  batches: PlannedBatch[],
  options: RunPlanOptions,
): Promise<ParagraphTranslation[]> {
  const limit = limitConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
  const pending = new Map<number, TranslatedPiece[]>();
  const done: ParagraphTranslation[] = [];
  let failure: { error: unknown } | undefined;

  const runBatch = async (batch: PlannedBatch): Promise<void> => {
    if (failure) return;
    if (options.signal?.aborted) {
      failure = { error: options.signal.reason };
      return;
    }
    try {
      const results = await translator.translate(batchToRequest(batch, options.targetLang, options.glossaryId));
      if (results.length !== batch.texts.length) {
        throw new Error(`engine returned ${results.length} translations for ${batch.texts.length} texts`);
      }
      for (const [i, planned] of batch.texts.entries()) {
        const finished = collect(pending, { planned, result: results[i]! });
        if (!finished) continue;
        done.push(finished);
        await options.onParagraph?.(finished);
      }
    } catch (error) {
      failure ??= { error };
    }
  };

  await Promise.all(batches.map((batch) => limit(() => runBatch(batch))));
  if (failure) throw failure.error;
  return done.sort((a, b) => a.index - b.index);
}

/** Adds a piece; returns the whole paragraph once its last piece arrives. */
function collect(pending: Map<number, TranslatedPiece[]>, piece: TranslatedPiece): ParagraphTranslation | undefined {
  const index = piece.planned.paragraphIndex;
  const pieces = [...(pending.get(index) ?? []), piece];
  if (pieces.length < piece.planned.partCount) {
    pending.set(index, pieces);
    return undefined;
  }
  pending.delete(index);
  return joinPieces(index, pieces);
}
