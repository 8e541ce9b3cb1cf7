import { buildContext, planBatches, type PlanOptions, type PlannedBatch, type SourceParagraph } from './planner';
import { formFieldLength } from './form-size';

// planBatches' own default, which its byte budget reserves room for.
const DEFAULT_CONTEXT_BYTES = 4 * 1024;

/**
 * Plans requests for only the `missing` paragraphs of a document while
 * giving each request the paragraphs really around it as context, whether
 * those are translated already or not: re-translating one edited paragraph
 * sends that paragraph alone, with its actual neighbours as context (context
 * is not billed). `paragraphs` is the whole document in reading order.
 */
export function planMissingParagraphs(
  paragraphs: readonly SourceParagraph[],
  missing: ReadonlySet<number>,
  options: PlanOptions = {},
): PlannedBatch[] {
  const contextBytes = options.contextBytes ?? DEFAULT_CONTEXT_BYTES;
  const content = paragraphs.filter((p) => p.text.trim().length > 0);
  return missingRuns(content, missing).flatMap(({ run, before, after }) => {
    const batches = planBatches(run, options);
    if (contextBytes <= 0) return batches;
    return batches.map((batch, i) =>
      withContext(
        batch,
        i > 0 ? batches[i - 1]!.texts.at(-1)!.text : before,
        i < batches.length - 1 ? batches[i + 1]!.texts[0]!.text : after,
        contextBytes,
      ),
    );
  });
}

interface Run {
  run: SourceParagraph[];
  before?: string;
  after?: string;
}

/** Consecutive missing paragraphs, with the text just before and after each run. */
function missingRuns(content: readonly SourceParagraph[], missing: ReadonlySet<number>): Run[] {
  const runs: Run[] = [];
  let current: SourceParagraph[] = [];
  content.forEach((paragraph, i) => {
    if (missing.has(paragraph.index)) {
      current.push(paragraph);
      return;
    }
    if (current.length > 0) runs.push(describeRun(content, current, i));
    current = [];
  });
  if (current.length > 0) runs.push(describeRun(content, current, content.length));
  return runs;
}

function describeRun(content: readonly SourceParagraph[], run: SourceParagraph[], end: number): Run {
  const start = end - run.length;
  return { run, before: content[start - 1]?.text.trim(), after: content[end]?.text.trim() };
}

function withContext(batch: PlannedBatch, before: string | undefined, after: string | undefined, budget: number): PlannedBatch {
  const context = buildContext(before, after, budget);
  const oldField = batch.context === undefined ? 0 : formFieldLength('context', batch.context);
  const newField = context === undefined ? 0 : formFieldLength('context', context);
  return { ...batch, context, payloadBytes: batch.payloadBytes - oldField + newField };
}
