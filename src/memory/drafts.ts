/**
 * Exact memory matches pre-filled as drafts when a document is imported without English: every
 * Indonesian sentence that a reviewed pair of the library holds word for word (the same text after
 * the one intake) gets that English, origin `memory`, status `draft`, so the review queue lists it
 * until someone reviews it. A private document draws on private and public documents; a public one
 * on public documents only, so that an import never carries private text into a public document.
 * (Every importer is an editor, and editors may see private documents.)
 */
import { chooseDrafts, draftSide, type DraftSide } from '../core/memory/drafts';
import type { Visibility } from '../core/model';
import type { Db } from '../store/database';
import { exactSourcePairs } from '../store/exact-pairs';

export type { DraftSide };

/** The English side the library's exact matches give these Indonesian paragraphs; null when nothing matches. */
export async function memoryDraftSide(db: Db, source: readonly { sentences: readonly string[] }[], visibility: Visibility): Promise<DraftSide | null> {
  const texts = [...new Set(source.flatMap((p) => p.sentences))];
  const pairs = await exactSourcePairs(db, texts, { includePrivate: visibility === 'private' });
  const drafts = chooseDrafts(pairs);
  return drafts.size > 0 ? draftSide(source.map((p) => p.sentences), drafts) : null;
}
