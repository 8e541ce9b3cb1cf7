/**
 * Untranslated check: English that is empty, or the Indonesian copied over unchanged. A copy of
 * two words or fewer is left alone: names, figures and titles stay as they are.
 */
import type { CheckPair, Finding } from './types';

const comparable = (sentences: readonly string[]) => sentences.join(' ').toLowerCase().replace(/\s+/g, ' ').trim();
const MIN_COPIED_WORDS = 3;

export function checkUntranslated(pair: CheckPair): Finding | null {
  if (pair.source.length === 0 || pair.target.length === 0) return null;
  const source = comparable(pair.source);
  const target = comparable(pair.target);
  if (source === '') return null;
  if (target === '') return { check: 'untranslated', link: pair.link, params: { reason: 'empty' } };
  const words = source.match(/\p{L}+/gu)?.length ?? 0;
  if (target === source && words >= MIN_COPIED_WORDS) return { check: 'untranslated', link: pair.link, params: { reason: 'copied' } };
  return null;
}
