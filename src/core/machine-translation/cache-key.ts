import { createHash } from 'node:crypto';
import type { TargetLang } from './types';

export type CacheOptionValue = string | number | boolean | null | undefined;

export interface CacheKeyInput {
  text: string;
  targetLang: TargetLang;
  /** glossaryVersion() of the glossary used, or null/undefined for none. */
  glossaryVersion?: string | null;
  /** Anything else that changes the output (engine, model, formality…). Undefined values are ignored. */
  options?: Record<string, CacheOptionValue>;
}

/** Bump when the meaning of a key changes, so old cache rows stop matching. */
const KEY_SCHEME = 1;

/**
 * Stable sha256 hex key for a cached translation: the same inputs give the
 * same key whatever the order of `options`' properties.
 */
export function cacheKey(input: CacheKeyInput): string {
  const canonical = JSON.stringify([
    KEY_SCHEME,
    input.text,
    input.targetLang,
    input.glossaryVersion ?? null,
    canonicalOptions(input.options ?? {}),
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

function canonicalOptions(options: Record<string, CacheOptionValue>): Array<[string, CacheOptionValue]> {
  return Object.keys(options)
    .filter((name) => options[name] !== undefined)
    .sort()
    .map((name) => [name, options[name]]);
}
