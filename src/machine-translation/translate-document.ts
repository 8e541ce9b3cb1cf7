import type { Compute } from '../compute/compute';
import { cacheKey } from '../core/machine-translation/cache-key';
import { limitConcurrency } from '../core/machine-translation/concurrency';
import { isTranslationError } from '../core/machine-translation/errors';
import { planMissingParagraphs } from '../core/machine-translation/neighbour-plan';
import { fillUnits, GAP_JOINER, partialKey, type FillUnit, type ParagraphFill } from '../core/machine-translation/memory-fill';
import { hasPersonalEnglish } from '../core/machine-translation/personal-english';
import type { ParagraphTranslation, PlanOptions } from '../core/machine-translation/planner';
import { runPlan } from '../core/machine-translation/run-plan';
import type { GlossaryRef, TargetLang, Translator } from '../core/machine-translation/types';
import type { Db } from '../store/database';
import { getDocument } from '../store/documents';
import { recordProgress, type TranslationJob } from '../store/jobs';
import {
  dropMachineParagraphsFrom,
  getCachedTranslations,
  listMachineParagraphs,
  putCachedTranslation,
  putMachineParagraph,
  readGlossaryRef,
  replaceGlossaryRef,
} from '../store/machine-translations';
import { loadApprovedGlossaryEntries, type ApprovedTermsProvider } from './approved-terms';
import { humanEnglishRefused, JobError, JobLostError } from './job-errors';
import { applyMachineEnglish, documentFill, replaceableEnglish } from './machine-english';
import { toTargetLang } from './target-lang';

export interface Progress {
  done: number;
  total: number;
}

export interface DocumentJobContext {
  db: Db;
  translator: Translator;
  approvedTerms: ApprovedTermsProvider;
  compute?: Compute;
  workerId: string;
  signal: AbortSignal;
  concurrency: number;
  plan: PlanOptions;
  /** Shortest time between two rewrites of the English side while results arrive. */
  applyEveryMs: number;
  onProgress?: (progress: Progress) => void;
}

interface Work {
  /** Every piece of the document in reading order (core/machine-translation/memory-fill.ts): gaps to translate, memory-filled Indonesian as context. */
  units: FillUnit[];
  /** The cache key of each gap unit. */
  keys: Map<number, string>;
  /** Gap units still to send. */
  missing: Set<number>;
  /** Paragraphs still lacking some gap's English, with what is there already. */
  pending: Map<number, PendingParagraph>;
  /** Paragraphs that get English from machine translation (blank ones and those the memory filled whole do not). */
  total: number;
  glossary: GlossaryRef | null;
}

/** A paragraph whose gaps arrive one by one: it is stored once every gap has its English. */
interface PendingParagraph {
  fill: ParagraphFill;
  key: string;
  texts: (string | undefined)[];
  billed: number;
  model: string | null;
}

/**
 * Translates what the job's document still lacks: paragraphs already
 * translated with the same text, target and glossary are left alone,
 * paragraphs found in the cache are taken from it, and only the rest is sent.
 * English the translation memory filled is kept: of a paragraph it filled in
 * part only the sentences around it are sent (each run of them one text, the
 * memory's Indonesian their context), and one it filled whole is not sent.
 * Results are stored as they arrive (each sent text in the cache, a paragraph
 * once all its texts are in), so a failure keeps everything finished and
 * running the job again sends only what is still missing.
 */
export async function translateDocumentJob(ctx: DocumentJobContext, job: TranslationJob): Promise<void> {
  const replacePersonal = job.force === 1;
  const detail = await getDocument(ctx.db, job.document_id);
  if (!detail) throw new JobError('document_missing', 'The document was deleted.');
  // English the translation memory filled stays (applyMachineEnglish keeps it): only the rest is sent.
  const fill = documentFill(detail);
  if (!replacePersonal && hasPersonalEnglish(replaceableEnglish(detail, fill))) throw humanEnglishRefused();
  await dropMachineParagraphsFrom(ctx.db, job.document_id, detail.source.length);

  const targetLang = toTargetLang(job.target_lang);
  let glossaryRetried = false;
  for (;;) {
    const work = await prepareWork(ctx, job, fill, targetLang);
    try {
      await sendMissing(ctx, job, work, targetLang, replacePersonal);
      await applyMachineEnglish(ctx.db, job.document_id, { replacePersonal, compute: ctx.compute });
      return;
    } catch (error) {
      await showFinished(ctx, job, replacePersonal);
      // A glossary deleted at DeepL behind our back: synchronise again (a new one is made) and go on once.
      if (glossaryRetried || !work.glossary || !isStaleGlossary(error)) throw error;
      glossaryRetried = true;
    }
  }
}

/** After a failure the paragraphs that did arrive still go into the document, so nothing finished is hidden. */
async function showFinished(ctx: DocumentJobContext, job: TranslationJob, replacePersonal: boolean): Promise<void> {
  try {
    await applyMachineEnglish(ctx.db, job.document_id, { replacePersonal, compute: ctx.compute });
  } catch (error) {
    // The failure that stopped the job is the one to report; this one only delays showing the results.
    console.error(`Translation job ${job.id}: could not update the English side:`, error);
  }
}

function isStaleGlossary(error: unknown): boolean {
  if (!isTranslationError(error) || error.code !== 'bad_request') return false;
  const detail = error.cause instanceof Error ? error.cause.message : '';
  return error.status === 404 || /glossary/i.test(detail);
}

async function prepareWork(ctx: DocumentJobContext, job: TranslationJob, fill: ParagraphFill[], targetLang: TargetLang): Promise<Work> {
  const glossary = await syncGlossary(ctx);
  const units = fillUnits(fill);
  const unitKey = (text: string) => cacheKey({ text: text.trim(), targetLang, glossaryVersion: glossary?.version ?? null, options: { engine: ctx.translator.engine } });
  const keys = new Map(units.filter((u) => u.gap !== null).map((u) => [u.index, unitKey(u.text)]));
  const gapUnits = new Map<number, FillUnit[]>();
  for (const unit of units) {
    if (unit.gap === null) continue;
    const gaps = gapUnits.get(unit.paragraph) ?? [];
    gaps.push(unit);
    gapUnits.set(unit.paragraph, gaps);
  }
  const translated = fill.filter((p) => gapUnits.has(p.index));
  // A whole paragraph's row has the key of its text, as it always had; a partly filled one's names its shape and gaps.
  const paragraphKey = (p: ParagraphFill) => {
    const gapKeys = gapUnits.get(p.index)!.map((u) => keys.get(u.index)!);
    return p.partial ? partialKey(p, cacheKey({ text: gapKeys.join(','), targetLang, options: { gaps: gapKeys.length } })) : gapKeys[0]!;
  };

  const stored = new Map((await listMachineParagraphs(ctx.db, job.document_id)).map((row) => [row.source_position, row.cache_key]));
  const unstored = translated.map((p) => ({ fill: p, key: paragraphKey(p) })).filter((p) => stored.get(p.fill.index) !== p.key);
  const cached = await getCachedTranslations(ctx.db, unstored.flatMap((p) => gapUnits.get(p.fill.index)!.map((u) => keys.get(u.index)!)));
  const missing = new Set<number>();
  const pending = new Map<number, PendingParagraph>();
  for (const paragraph of unstored) {
    const gaps = gapUnits.get(paragraph.fill.index)!;
    const hits = gaps.map((u) => cached.get(keys.get(u.index)!));
    const state: PendingParagraph = { ...paragraph, texts: hits.map((h) => h?.text), billed: 0, model: hits.find((h) => h)?.model ?? null };
    gaps.forEach((u, i) => {
      if (!hits[i]) missing.add(u.index);
    });
    if (hits.every((h) => h)) await storeParagraph(ctx, job, state, targetLang);
    else pending.set(paragraph.fill.index, state);
  }
  const progress = { total: translated.length, done: translated.length - pending.size };
  await writeProgress(ctx, job, progress, {});
  return { units, keys, missing, pending, total: translated.length, glossary };
}

/** A paragraph whose every gap has its English: its row in machine_paragraphs (memory-fill.ts says how a partly filled one's reads). */
async function storeParagraph(ctx: DocumentJobContext, job: TranslationJob, paragraph: PendingParagraph, targetLang: TargetLang): Promise<void> {
  await putMachineParagraph(ctx.db, {
    documentId: job.document_id,
    sourcePosition: paragraph.fill.index,
    cacheKey: paragraph.key,
    text: paragraph.texts.join(GAP_JOINER),
    engine: ctx.translator.engine,
    model: paragraph.model,
    targetLang,
    jobId: job.id,
    billedCharacters: paragraph.billed,
  });
}

/** Makes the DeepL glossary hold the approved terms; DeepL is asked to change it only when they changed. */
/**
 * Makes the engine's glossary match the approved terms and stores its ref. Two jobs (in one
 * process or two) may sync at the same moment and both create a glossary: the ref is stored only
 * if nobody changed it meanwhile, and the loser deletes the glossary it made and syncs again
 * against the winner's, so the library never leaves a glossary behind at DeepL.
 */
async function syncGlossary(ctx: DocumentJobContext, attempts = 3): Promise<GlossaryRef | null> {
  if (!ctx.translator.syncGlossary) return null;
  const entries = await loadApprovedGlossaryEntries(ctx.approvedTerms);
  const stored = await readGlossaryRef(ctx.db);
  const ref = await ctx.translator.syncGlossary(entries, stored.ref);
  if (JSON.stringify(ref) === JSON.stringify(stored.ref) || (await replaceGlossaryRef(ctx.db, stored, ref))) return ref;
  if (ref && ref.id !== stored.ref?.id) await ctx.translator.dropGlossary?.(ref);
  if (attempts <= 1) throw new Error('the DeepL glossary kept changing while it was being synchronised');
  return syncGlossary(ctx, attempts - 1);
}

async function sendMissing(ctx: DocumentJobContext, job: TranslationJob, work: Work, targetLang: TargetLang, replacePersonal: boolean) {
  if (work.missing.size === 0) return;
  // Memory-filled Indonesian is in the plan's reading order too: never sent, it is the context of the gaps beside it.
  const batches = planMissingParagraphs(work.units, work.missing, ctx.plan);
  const serial = limitConcurrency(1);
  let done = work.total - work.pending.size;
  let lastApply = Date.now();
  let pause = ctx.applyEveryMs;

  const store = async (translation: ParagraphTranslation) => {
    const unit = work.units[translation.index]!;
    const model = translation.model ?? null;
    await putCachedTranslation(ctx.db, {
      key: work.keys.get(unit.index)!,
      engine: ctx.translator.engine,
      model,
      targetLang,
      glossaryVersion: work.glossary?.version ?? null,
      text: translation.text,
      billedCharacters: translation.billedCharacters,
    });
    const paragraph = work.pending.get(unit.paragraph)!;
    paragraph.texts[unit.gap!] = translation.text;
    paragraph.billed += translation.billedCharacters;
    paragraph.model ??= model;
    const complete = paragraph.texts.every((t) => t !== undefined);
    if (complete) {
      await storeParagraph(ctx, job, paragraph, targetLang);
      work.pending.delete(unit.paragraph);
      done += 1;
    }
    await writeProgress(ctx, job, { done, total: work.total }, { addSent: complete ? 1 : 0, addBilled: translation.billedCharacters });
    if (complete && Date.now() - lastApply >= pause) {
      const started = Date.now();
      await applyMachineEnglish(ctx.db, job.document_id, { replacePersonal, compute: ctx.compute });
      lastApply = Date.now();
      // Aligning a long document takes a while: keep that under a fifth of the job's time.
      pause = Math.max(ctx.applyEveryMs, 5 * (lastApply - started));
    }
  };

  await runPlan(ctx.translator, batches, {
    targetLang,
    glossaryId: work.glossary?.id,
    concurrency: ctx.concurrency,
    signal: ctx.signal,
    onParagraph: (translation) => serial(() => store(translation)),
  });
}

async function writeProgress(
  ctx: DocumentJobContext,
  job: TranslationJob,
  progress: Progress,
  counts: { addSent?: number; addBilled?: number },
): Promise<void> {
  const owned = await recordProgress(ctx.db, job.id, ctx.workerId, { ...progress, ...counts });
  if (!owned) throw new JobLostError();
  ctx.onProgress?.(progress);
}
