/**
 * Translation check: an approved term found in the Indonesian sentences should show up in their
 * English translation through at least one of its equivalents.
 */
import type { GlossaryMatcher, GlossaryTerm, MissingTerm } from './types';

/** The approved terms present in a link's source sentences none of whose equivalents its target sentences hold. */
export type TermChecker = (sourceSentences: readonly string[], targetSentences: readonly string[]) => MissingTerm[];

/**
 * A check over many links with one glossary: the approved terms are looked up once here, not per
 * link, and the English is matched only when the Indonesian holds an approved term (few links do).
 */
export function termChecker(matcher: GlossaryMatcher, terms: readonly GlossaryTerm[]): TermChecker {
  // By id as a term is known by it (the last of a repeated id wins), then kept when approved.
  const approvedById = new Map([...new Map(terms.map((t) => [t.id, t]))].filter(([, t]) => t.status === 'approved'));
  return (sourceSentences, targetSentences) => {
    const approved = new Set<number>();
    for (const sentence of sourceSentences) {
      for (const match of matcher.matchSource(sentence)) for (const id of match.termIds) if (approvedById.has(id)) approved.add(id);
    }
    if (approved.size === 0) return [];
    const translated = new Set<number>();
    for (const sentence of targetSentences) for (const match of matcher.matchTarget(sentence, approved)) for (const id of match.termIds) translated.add(id);
    const missing: MissingTerm[] = [];
    for (const id of approved) {
      if (translated.has(id)) continue;
      const term = approvedById.get(id)!;
      missing.push({ termId: id, source: term.source, targets: [...term.targets] });
    }
    return missing;
  };
}

/**
 * The approved terms present in the source sentences none of whose equivalents appears in the
 * target sentences (the two lists are one aligned unit), in order of first appearance.
 */
export function checkTerms(
  matcher: GlossaryMatcher,
  sourceSentences: readonly string[],
  targetSentences: readonly string[],
  terms: readonly GlossaryTerm[],
): MissingTerm[] {
  return termChecker(matcher, terms)(sourceSentences, targetSentences);
}
