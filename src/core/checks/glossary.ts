/**
 * Glossary check: an approved term in the Indonesian whose equivalents are all absent from the
 * English (the glossary core's term checker, one link at a time).
 */
import { termChecker, type TermChecker } from '../glossary/check';
import type { GlossaryMatcher, GlossaryTerm } from '../glossary/types';
import { isTranslated, type CheckPair, type Finding } from './types';

export interface GlossaryCheck {
  matcher: GlossaryMatcher;
  terms: readonly GlossaryTerm[];
}

/** One checker per matcher and its terms: a document's thousands of links share it. */
const checkers = new WeakMap<GlossaryMatcher, { terms: readonly GlossaryTerm[]; check: TermChecker }>();

function checkerOf(glossary: GlossaryCheck): TermChecker {
  const kept = checkers.get(glossary.matcher);
  if (kept?.terms === glossary.terms) return kept.check;
  const check = termChecker(glossary.matcher, glossary.terms);
  checkers.set(glossary.matcher, { terms: glossary.terms, check });
  return check;
}

export function checkGlossary(pair: CheckPair, glossary: GlossaryCheck): Finding | null {
  if (!isTranslated(pair)) return null;
  const missing = checkerOf(glossary)(pair.source, pair.target);
  if (missing.length === 0) return null;
  const terms = missing.map((m) => `${m.source} → ${m.targets.join(' / ')}`).join('; ');
  return { check: 'glossary', link: pair.link, params: { terms } };
}
