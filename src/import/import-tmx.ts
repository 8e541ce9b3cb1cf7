import type { Visibility } from '../core/model';
import { inlineCompute, type Compute } from '../compute/compute';
import type { Db } from '../store/database';
import { insertDocument } from '../store/documents';
import { InputError } from './input-error';
import { checkParagraphs, intakeOptionalLine, intakeTitle, type ImportLimits } from './intake';

export interface TmxImportRequest {
  xml: string;
  title?: string;
  visibility?: Visibility;
  createdBy?: number | null;
}

/**
 * Creates a document from a TMX file: its units become the sentences and the
 * sentence links. The same limits, title rule, creator and visibility as a
 * text import; every unit's text goes through the intake. The file is read
 * on `compute` (a worker thread for a large one).
 */
export async function importTmx(db: Db, request: TmxImportRequest, limits: ImportLimits, compute: Compute = inlineCompute): Promise<number> {
  // A TMX file carries both sides and its markup, so it may be as large as two sides.
  if (Buffer.byteLength(request.xml, 'utf8') > 2 * limits.maxDocumentBytes) {
    throw new InputError('source_too_large', 'The TMX file is too large.', 'tmx_file', { max: 2 * limits.maxDocumentBytes });
  }
  const { parts, ...parsed } = await compute.run('readTmx', request.xml);
  checkParagraphs(parts.source, 'source', limits);
  checkParagraphs(parts.translation, 'translation', limits);
  const title = intakeTitle(intakeOptionalLine(request.title) ?? parsed.title, parts.source);
  return insertDocument(db, {
    title,
    titleEn: intakeOptionalLine(parsed.titleEn),
    targetLang: parsed.targetLang && /^en(-[A-Za-z]{2})?$/i.test(parsed.targetLang) ? parsed.targetLang : 'en-US',
    source: parts.source,
    translation: parts.translation,
    translationOrigin: 'human',
    translationStatuses: parts.translationStatuses,
    paragraphLinks: parts.paragraphLinks,
    sentenceLinks: parts.sentenceLinks,
    visibility: request.visibility ?? 'public',
    createdBy: request.createdBy ?? null,
  });
}
