import type { TargetLang } from '../core/machine-translation/types';

export const TARGET_LANGS: readonly TargetLang[] = ['en-US', 'en-GB'];
export const DEFAULT_TARGET_LANG: TargetLang = 'en-US';

export function isTargetLang(value: unknown): value is TargetLang {
  return typeof value === 'string' && (TARGET_LANGS as readonly string[]).includes(value);
}

/** A stored target language; anything unexpected falls back to the default rather than failing a job. */
export function toTargetLang(value: string | null | undefined): TargetLang {
  return isTargetLang(value) ? value : DEFAULT_TARGET_LANG;
}
