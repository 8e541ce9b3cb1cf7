import { gapsOf, keptEnglish } from '../core/machine-translation/memory-fill';
import type { Db } from '../store/database';
import { getDocument } from '../store/documents';
import { billedCharactersForDocument, enqueueJob, latestJobForDocument, type TranslationJob } from '../store/jobs';
import { setDocumentTargetLang } from '../store/machine-translations';
import { humanEnglishRefused, JobError, notConfigured } from './job-errors';
import { documentFill, hasReplaceablePersonalEnglish } from './machine-english';
import type { TranslationSetup } from './setup';
import { toTargetLang } from './target-lang';
import type { TargetLang } from '../core/machine-translation/types';

export interface StartRequest {
  documentId: number;
  /** The person confirmed that machine output may replace English a person wrote. */
  force: boolean;
  /** Changes the document's target before queueing. */
  targetLang?: TargetLang;
  author?: string | null;
}

/**
 * Queues machine translation of a document (or returns the job already
 * queued or running for it) and wakes the runner. Refuses when DeepL is not
 * configured, and when the document has English a person wrote unless the
 * replacement was confirmed. English the translation memory filled is kept
 * (translate-document.ts), so it neither counts as such nor as work to do.
 */
export async function startTranslation(
  db: Db,
  setup: Pick<TranslationSetup, 'translator' | 'runner'>,
  request: StartRequest,
): Promise<{ job: TranslationJob; created: boolean }> {
  if (!setup.translator) throw notConfigured();
  if (request.targetLang) await setDocumentTargetLang(db, request.documentId, request.targetLang);
  const detail = await getDocument(db, request.documentId);
  if (!detail) throw new JobError('document_missing', `There is no document ${request.documentId}.`);
  if (!request.force && hasReplaceablePersonalEnglish(detail)) throw humanEnglishRefused();
  const result = await enqueueJob(db, {
    documentId: request.documentId,
    targetLang: toTargetLang(detail.document.target_lang),
    force: request.force,
    totalParagraphs: documentFill(detail).filter((p) => gapsOf(p).length > 0).length,
    author: request.author ?? null,
  });
  setup.runner.kick();
  return result;
}

export interface DocumentTranslationStatus {
  configured: boolean;
  targetLang: TargetLang;
  billedCharacters: number;
  hasPersonalEnglish: boolean;
  /** English sentences the translation memory filled, which machine translation keeps. */
  memorySentences: number;
  job: TranslationJob | null;
}

export async function documentTranslationStatus(
  db: Db,
  setup: Pick<TranslationSetup, 'translator'>,
  documentId: number,
): Promise<DocumentTranslationStatus | undefined> {
  const detail = await getDocument(db, documentId);
  if (!detail) return undefined;
  return {
    configured: setup.translator !== null,
    targetLang: toTargetLang(detail.document.target_lang),
    billedCharacters: await billedCharactersForDocument(db, documentId),
    hasPersonalEnglish: hasReplaceablePersonalEnglish(detail),
    memorySentences: keptEnglish(documentFill(detail)).size,
    job: (await latestJobForDocument(db, documentId)) ?? null,
  };
}
