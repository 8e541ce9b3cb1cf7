/**
 * Translation check: an approved term found in the Indonesian sentences should show up in their
 * English translation through at least one of its equivalents.
 */
import type { GlossaryMatcher, GlossaryTerm, MissingTerm } from './types';

function idsIn(matches: { termIds: number[] }[]): Set<number> {
  return new Set(matches.flatMap((m) => m.termIds));
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
  const byId = new Map(terms.map((t) => [t.id, t]));
  const found = idsIn(sourceSentences.flatMap((s) => matcher.matchSource(s)));
  const approved = new Set([...found].filter((id) => byId.get(id)?.status === 'approved'));
  if (approved.size === 0) return [];
  const translated = idsIn(targetSentences.flatMap((s) => matcher.matchTarget(s, approved)));
  return [...approved]
    .filter((id) => !translated.has(id))
    .map((id) => {
      const term = byId.get(id)!;
      return { termId: id, source: term.source, targets: [...term.targets] };
    });
}
