/**
 * Exact memory matches pre-filled as drafts when a document is imported without English: every
 * Indonesian sentence that a reviewed pair of the library holds word for word (the same text after
 * the one intake) gets that English, origin `memory`, status `draft`, so the review queue lists it
 * until someone reviews it. The library's own reviewed pairs come first; a pair of an imported memory
 * file fills a sentence the library has none for. A private document draws on private and public
 * documents and on memory files (offered to signed-in users only, as the memory look-up does); a
 * public one on public documents only, so that an import never carries private text into a public
 * document. (Every importer is an editor, and editors may see private documents.)
 */
import { chooseDrafts, draftSide, type DraftSide } from '../core/memory/drafts';
import type { Visibility } from '../core/model';
import { englishSentences } from '../machine-translation/machine-english';
import type { Db } from '../store/database';
import { exactMemoryFilePairs, exactSourcePairs } from '../store/exact-pairs';

export type { DraftSide };

/** The English side the library's exact matches give these Indonesian paragraphs; null when nothing matches. */
export async function memoryDraftSide(db: Db, source: readonly { sentences: readonly string[] }[], visibility: Visibility): Promise<DraftSide | null> {
  const texts = [...new Set(source.flatMap((p) => p.sentences))];
  const drafts = chooseDrafts(await exactSourcePairs(db, texts, { includePrivate: visibility === 'private' }));
  const rest = texts.filter((t) => !drafts.has(t));
  if (visibility === 'private' && rest.length > 0) {
    for (const [text, english] of await memoryFileDrafts(db, rest)) drafts.set(text, english);
  }
  return drafts.size > 0 ? draftSide(source.map((p) => p.sentences), drafts) : null;
}

/** Exact matches from imported memory files: a file's pair is a reviewed translation, its English split into sentences as an import splits it. */
async function memoryFileDrafts(db: Db, texts: readonly string[]): Promise<Map<string, string[]>> {
  const pairs = await exactMemoryFilePairs(db, texts);
  return chooseDrafts(
    pairs.map((p) => ({ sentenceId: p.id, source: p.source, target: englishSentences(p.target).map((text) => ({ text, status: 'reviewed' })) })),
  );
}
