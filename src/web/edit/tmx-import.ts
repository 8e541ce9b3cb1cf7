import { documentFromTmx, parseTmx, TmxError } from '../../core/exchange/index';
import { normalizeText } from '../../core/text/index';
import type { Db } from '../../store/database';
import { insertDocument } from '../../store/documents';
import { DomainError } from '../../core/errors';

const TITLE_LENGTH = 80;

/** Creates a document from a TMX file: its units become the sentences and the sentence links. */
export async function importTmx(db: Db, xml: string, options: { title?: string; maxBytes: number }): Promise<number> {
  if (Buffer.byteLength(xml, 'utf8') > options.maxBytes) {
    throw new DomainError('too_large', 'too_large', 'The TMX file is too large.');
  }
  let parsed;
  try {
    parsed = parseTmx(normalizeText(xml));
  } catch (err) {
    if (err instanceof TmxError) throw new DomainError('invalid', err.code, err.message);
    throw err;
  }
  const parts = documentFromTmx(parsed);
  const firstSentence = parts.source[0]?.sentences[0] ?? '';
  const title = options.title?.trim() || parsed.title || firstSentence.slice(0, TITLE_LENGTH);
  return insertDocument(db, {
    title,
    titleEn: parsed.titleEn,
    targetLang: parsed.targetLang && /^en\b/i.test(parsed.targetLang) ? parsed.targetLang : 'en-US',
    source: parts.source,
    translation: parts.translation,
    translationOrigin: 'human',
    paragraphLinks: parts.paragraphLinks,
    sentenceLinks: parts.sentenceLinks,
  });
}
