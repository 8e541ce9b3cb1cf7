import type { Compute } from '../compute/compute';
import { cacheKey } from '../core/machine-translation/cache-key';
import { limitConcurrency } from '../core/machine-translation/concurrency';
import { isTranslationError } from '../core/machine-translation/errors';
import { planMissingParagraphs } from '../core/machine-translation/neighbour-plan';
import { hasPersonalEnglish } from '../core/machine-translation/personal-english';
import type { ParagraphTranslation, PlanOptions, SourceParagraph } from '../core/machine-translation/planner';
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
import { applyMachineEnglish } from './machine-english';
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
  paragraphs: SourceParagraph[];
  keys: Map<number, string>;
  missing: Set<number>;
  glossary: GlossaryRef | null;
}

/**
 * Translates what the job's document still lacks: paragraphs already
 * translated with the same text, target and glossary are left alone,
 * paragraphs found in the cache are taken from it, and only the rest is sent.
 * Results are stored as they arrive, so a failure keeps everything finished
 * and running the job again sends only what is still missing.
 */
export async function translateDocumentJob(ctx: DocumentJobContext, job: TranslationJob): Promise<void> {
  const replacePersonal = job.force === 1;
  const detail = await getDocument(ctx.db, job.document_id);
  if (!detail) throw new JobError('document_missing', 'The document was deleted.');
  if (!replacePersonal && hasPersonalEnglish(detail.translation.flatMap((p) => p.sentences))) throw humanEnglishRefused();
  await dropMachineParagraphsFrom(ctx.db, job.document_id, detail.source.length);

  const targetLang = toTargetLang(job.target_lang);
  const source = detail.source.map((p) => ({ index: p.position, text: p.text }));
  let glossaryRetried = false;
  for (;;) {
    const work = await prepareWork(ctx, job, source, targetLang);
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

async function prepareWork(ctx: DocumentJobContext, job: TranslationJob, source: SourceParagraph[], targetLang: TargetLang): Promise<Work> {
  const glossary = await syncGlossary(ctx);
  const paragraphs = source.filter((p) => p.text.trim().length > 0);
  const keys = new Map(
    paragraphs.map((p) => [
      p.index,
      cacheKey({ text: p.text.trim(), targetLang, glossaryVersion: glossary?.version ?? null, options: { engine: ctx.translator.engine } }),
    ]),
  );
  const stored = new Map((await listMachineParagraphs(ctx.db, job.document_id)).map((row) => [row.source_position, row.cache_key]));
  const unstored = paragraphs.filter((p) => stored.get(p.index) !== keys.get(p.index));
  const cached = await getCachedTranslations(ctx.db, unstored.map((p) => keys.get(p.index)!));
  const missing = new Set<number>();
  for (const paragraph of unstored) {
    const key = keys.get(paragraph.index)!;
    const hit = cached.get(key);
    if (!hit) {
      missing.add(paragraph.index);
      continue;
    }
    await putMachineParagraph(ctx.db, {
      documentId: job.document_id,
      sourcePosition: paragraph.index,
      cacheKey: key,
      text: hit.text,
      engine: ctx.translator.engine,
      model: hit.model,
      targetLang,
      jobId: job.id,
      billedCharacters: 0,
    });
  }
  const progress = { total: paragraphs.length, done: paragraphs.length - missing.size };
  await writeProgress(ctx, job, progress, {});
  return { paragraphs, keys, missing, glossary };
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
  const batches = planMissingParagraphs(work.paragraphs, work.missing, ctx.plan);
  const serial = limitConcurrency(1);
  let done = work.paragraphs.length - work.missing.size;
  let lastApply = Date.now();
  let pause = ctx.applyEveryMs;

  const store = async (translation: ParagraphTranslation) => {
    const key = work.keys.get(translation.index)!;
    const model = translation.model ?? null;
    await putCachedTranslation(ctx.db, {
      key,
      engine: ctx.translator.engine,
      model,
      targetLang,
      glossaryVersion: work.glossary?.version ?? null,
      text: translation.text,
      billedCharacters: translation.billedCharacters,
    });
    await putMachineParagraph(ctx.db, {
      documentId: job.document_id,
      sourcePosition: translation.index,
      cacheKey: key,
      text: translation.text,
      engine: ctx.translator.engine,
      model,
      targetLang,
      jobId: job.id,
      billedCharacters: translation.billedCharacters,
    });
    done += 1;
    await writeProgress(ctx, job, { done, total: work.paragraphs.length }, { addSent: 1, addBilled: translation.billedCharacters });
    if (Date.now() - lastApply >= pause) {
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
