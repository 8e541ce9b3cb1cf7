import { parseArgs } from 'node:util';
import type { Db } from '../store/database';
import { getJob, type TranslationJob } from '../store/jobs';
import { JobError } from '../machine-translation/job-errors';
import { startTranslation } from '../machine-translation/start-translation';
import { isTargetLang } from '../machine-translation/target-lang';
import { commandConfig, withLibrary, type CommandIo, type Output } from './open-library';

const USAGE = 'Usage: sejajar translate DOC [--target en-US|en-GB] [--force]\n';
const WATCH_INTERVAL_MS = 1000;

/**
 * Translates a document with DeepL in this process, printing a progress
 * line. If another Sejajar instance is already running the job, follows its
 * progress instead. Running it again after a failure resumes: only what is
 * still missing is sent.
 */
export async function runTranslateCommand(args: string[], io: CommandIo = {}): Promise<number> {
  const { out = process.stdout, err = process.stderr } = io;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { target: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const documentId = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isSafeInteger(documentId) || documentId < 1) {
    err.write(USAGE);
    return 2;
  }
  const targetLang = values.target;
  if (targetLang !== undefined && !isTargetLang(targetLang)) {
    err.write(`--target must be en-US or en-GB, not "${targetLang}".\n${USAGE}`);
    return 2;
  }
  return withLibrary(commandConfig(io), async ({ db, translation }) => {
    try {
      const { job } = await startTranslation(db, translation, { documentId, force: values.force, targetLang });
      const progress = progressPrinter(out);
      const claimed = await translation.runner.runJob(job.id, progress);
      const final = claimed ? await getJob(db, job.id) : await followJob(db, job.id, progress);
      return report(final, out, err);
    } catch (error) {
      if (!(error instanceof JobError)) throw error;
      err.write(`${error.message}\n`);
      return 1;
    }
  });
}

/** Another instance holds the job: watch it until it ends. */
async function followJob(db: Db, id: number, progress: (p: { done: number; total: number }) => void) {
  for (;;) {
    const job = await getJob(db, id);
    if (!job || (job.status !== 'queued' && job.status !== 'running')) return job;
    progress({ done: job.done_paragraphs, total: job.total_paragraphs });
    await new Promise((resolve) => setTimeout(resolve, WATCH_INTERVAL_MS));
  }
}

function progressPrinter(out: Output) {
  let last = '';
  return ({ done, total }: { done: number; total: number }) => {
    const line = `Translating: ${done}/${total} paragraphs`;
    if (line === last) return;
    last = line;
    // On a terminal the line is rewritten in place; in a log every step is a line.
    out.write(out.isTTY ? `\r${line}` : `${line}\n`);
  };
}

function report(job: TranslationJob | undefined, out: Output, err: Output): number {
  if (out.isTTY) out.write('\n');
  if (!job) {
    err.write('The translation job disappeared (was the document deleted?).\n');
    return 1;
  }
  const counts = `${job.done_paragraphs}/${job.total_paragraphs} paragraphs, ${job.sent_paragraphs} sent to DeepL, ${job.billed_characters} characters billed`;
  if (job.status === 'done') {
    out.write(`Translated document ${job.document_id} (${job.target_lang}): ${counts}.\n`);
    return 0;
  }
  const reason = job.error_message ? `: ${job.error_message}` : '.';
  const hint = job.status === 'queued' ? ' It will be retried; run the command again to resume now.' : ' Run the command again to resume.';
  err.write(`Translation ${job.status === 'queued' ? 'paused' : job.status} after ${counts}${reason}${hint}\n`);
  return 1;
}
