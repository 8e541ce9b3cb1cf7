import type { Compute } from '../compute/compute';
import type { Config } from '../config';
import type { Translator } from '../core/machine-translation/types';
import type { Db } from '../store/database';
import { noApprovedTerms, type ApprovedTermsProvider } from './approved-terms';
import { createDeepLTranslator } from './deepl';
import { TranslationJobRunner, type RunnerOptions } from './jobs';

/** Everything the app needs for machine translation, built once per process. */
export interface TranslationSetup {
  /** null when DEEPL_AUTH_KEY is not set. */
  translator: Translator | null;
  runner: TranslationJobRunner;
  approvedTerms: ApprovedTermsProvider;
  /** DEEPL_SERVER_URL, or null for deepl-node's choice from the key. */
  serverUrl: string | null;
}

export interface TranslationSetupInput {
  db: Db;
  config: Config;
  approvedTerms?: ApprovedTermsProvider;
  /** Replaces the DeepL translator made from the config (tests). */
  translator?: Translator | null;
  runner?: Omit<RunnerOptions, 'db' | 'translator' | 'approvedTerms' | 'compute'>;
  compute?: Compute;
}

export function createTranslation(input: TranslationSetupInput): TranslationSetup {
  const { config } = input;
  const translator =
    input.translator !== undefined
      ? input.translator
      : config.deeplAuthKey
        ? createDeepLTranslator({ authKey: config.deeplAuthKey, serverUrl: config.deeplServerUrl ?? undefined })
        : null;
  const approvedTerms = input.approvedTerms ?? noApprovedTerms;
  const runner = new TranslationJobRunner({
    concurrency: config.translateConcurrency,
    plan: { maxTexts: config.translateTextsPerRequest },
    leaseMs: config.translateLeaseMs,
    heartbeatMs: config.translateHeartbeatMs,
    pollMs: config.translatePollMs,
    ...input.runner,
    db: input.db,
    translator,
    approvedTerms,
    compute: input.compute,
  });
  return { translator, runner, approvedTerms, serverUrl: config.deeplServerUrl };
}
