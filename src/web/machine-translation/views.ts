import { isTranslationError } from '../../core/machine-translation/errors';
import type { Translator, Usage } from '../../core/machine-translation/types';
import type { TranslationJob } from '../../store/jobs';
import type { Translate } from '../i18n';

const ACTIVE = new Set(['queued', 'running']);

/** A job as the page script and API clients see it; `summary` and error messages are in the reader's language. */
export function jobJson(job: TranslationJob, t: Translate) {
  const percent = job.total_paragraphs > 0 ? Math.floor((100 * job.done_paragraphs) / job.total_paragraphs) : job.status === 'done' ? 100 : 0;
  const error = job.error_code
    ? { code: job.error_code, message: t(`translate:error.${job.error_code}`, { defaultValue: job.error_message ?? '' }), detail: job.error_message }
    : null;
  const retrying = job.status === 'queued' && error !== null;
  return {
    id: job.id,
    documentId: job.document_id,
    status: job.status,
    active: ACTIVE.has(job.status),
    targetLang: job.target_lang,
    total: job.total_paragraphs,
    done: job.done_paragraphs,
    percent,
    sentParagraphs: job.sent_paragraphs,
    billedCharacters: job.billed_characters,
    error,
    retryAt: retrying ? job.run_after : null,
    summary: t(`translate:job.${retrying ? 'retrying' : job.status}`, { done: job.done_paragraphs, total: job.total_paragraphs }),
    updatedAt: job.updated_at,
  };
}

export interface UsageView {
  usage: Usage | null;
  errorCode: string | null;
  errorDetail: string | null;
}

/** Account usage for the settings page; a failure is shown there, not raised. */
export async function usageView(translator: Translator): Promise<UsageView> {
  try {
    return { usage: await translator.usage(), errorCode: null, errorDetail: null };
  } catch (error) {
    if (!isTranslationError(error)) throw error;
    return { usage: null, errorCode: error.code, errorDetail: error.message };
  }
}
