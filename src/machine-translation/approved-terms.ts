import { toGlossaryEntries, type ApprovedTerm } from '../core/machine-translation/glossary-entries';
import type { GlossaryEntry } from '../core/machine-translation/types';
import type { Db } from '../store/database';
import { listTerms } from '../store/glossary';

/**
 * Where the approved glossary terms come from: the library's glossary
 * (approvedTermsInLibrary), or a plain list in tests (approvedTermsFrom).
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

/**
 * The approved terms that apply to every document. A DeepL glossary serves
 * all documents alike, so terms scoped to one document stay out of it.
 */
export function approvedTermsInLibrary(db: Db): ApprovedTermsProvider {
  return async () => {
    const terms = await listTerms(db, { status: 'approved', scope: 'general' });
    return terms.map((term) => ({ source: term.source, targets: [...term.targets] }));
  };
}
