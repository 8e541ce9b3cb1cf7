import { toGlossaryEntries, type ApprovedTerm } from '../core/translate/glossary-entries';
import type { GlossaryEntry } from '../core/translate/types';

/**
 * Where the approved glossary terms come from. The glossary feature supplies
 * one that reads its table; until then the app runs with noApprovedTerms, and
 * tests pass a plain list through approvedTermsFrom.
 */
export type ApprovedTermsProvider = () => Promise<ApprovedTerm[]>;

export const noApprovedTerms: ApprovedTermsProvider = async () => [];

export function approvedTermsFrom(terms: readonly ApprovedTerm[]): ApprovedTermsProvider {
  return async () => terms.map((term) => ({ source: term.source, targets: [...term.targets] }));
}

/** The approved terms as DeepL glossary entries (cleaned, unique, sorted). */
export async function loadApprovedGlossaryEntries(provider: ApprovedTermsProvider): Promise<GlossaryEntry[]> {
  return toGlossaryEntries(await provider());
}
