import { glossaryLexicon } from '../core/glossary/lexicon';
import type { Db } from '../store/database';
import { listTerms } from '../store/glossary';

/** The library's approved terms as extra word pairs for the aligner: every alignment, first or again, uses them. */
export async function alignmentLexicon(db: Db): Promise<Map<string, string[]>> {
  return glossaryLexicon(await listTerms(db, { status: 'approved' }));
}
