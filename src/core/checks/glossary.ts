/**
 * Glossary check: an approved term in the Indonesian whose equivalents are all absent from the
 * English (the glossary core's checkTerms, one link at a time).
 */
import { checkTerms } from '../glossary/check';
import type { GlossaryMatcher, GlossaryTerm } from '../glossary/types';
import { isTranslated, type CheckPair, type Finding } from './types';

export interface GlossaryCheck {
  matcher: GlossaryMatcher;
  terms: readonly GlossaryTerm[];
}

export function checkGlossary(pair: CheckPair, glossary: GlossaryCheck): Finding | null {
  if (!isTranslated(pair)) return null;
  const missing = checkTerms(glossary.matcher, pair.source, pair.target, glossary.terms);
  if (missing.length === 0) return null;
  const terms = missing.map((m) => `${m.source} → ${m.targets.join(' / ')}`).join('; ');
  return { check: 'glossary', link: pair.link, params: { terms } };
}
