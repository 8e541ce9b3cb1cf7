import type { Origin, Visibility } from '../../src/core/model';
import type { Db } from '../../src/store/database';
import { insertDocument } from '../../src/store/documents';

/** A document of one-sentence paragraphs, each Indonesian sentence linked to its English. */
export function insertSentencePairs(db: Db, title: string, pairs: readonly [string, string][], options: { origin: Exclude<Origin, 'source'>; visibility?: Visibility }) {
  return insertDocument(db, {
    title,
    visibility: options.visibility ?? 'public',
    source: pairs.map(([s]) => ({ text: s, sentences: [s] })),
    translation: pairs.map(([, e]) => ({ text: e, sentences: [e] })),
    translationOrigin: options.origin,
    paragraphLinks: pairs.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
    sentenceLinks: pairs.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
  });
}
