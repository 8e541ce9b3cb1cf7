/**
 * Untranslated check: English that is empty, or the Indonesian copied over unchanged. A copy of
 * two words or fewer is left alone: names, figures and titles stay as they are.
 */
import type { CheckPair, Finding } from './types';

const comparable = (sentences: readonly string[]) => sentences.join(' ').toLowerCase().replace(/\s+/g, ' ').trim();
const MIN_COPIED_WORDS = 3;
const SPACE = /\s/;

/** The first character that is not white space, lower-cased; '' when there is none. */
function firstCharacter(sentences: readonly string[]): string {
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) if (!SPACE.test(s[i]!)) return s[i]!.toLowerCase();
  }
  return '';
}

export function checkUntranslated(pair: CheckPair): Finding | null {
  if (pair.source.length === 0 || pair.target.length === 0) return null;
  const first = firstCharacter(pair.source);
  if (first === '') return null;
  const firstEnglish = firstCharacter(pair.target);
  if (firstEnglish === '') return { check: 'untranslated', link: pair.link, params: { reason: 'empty' } };
  // Most translations already begin otherwise: only the rest are compared whole.
  if (firstEnglish !== first) return null;
  const source = comparable(pair.source);
  if (comparable(pair.target) !== source) return null;
  const words = source.match(/\p{L}+/gu)?.length ?? 0;
  return words >= MIN_COPIED_WORDS ? { check: 'untranslated', link: pair.link, params: { reason: 'copied' } } : null;
}
