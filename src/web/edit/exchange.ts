import { groupChaptersOf, groupStructuresOf, pairsOf, type ExchangeDocument, type SentenceStamps } from '../../core/exchange/index';
import type { SegmentStatus } from '../../core/model';
import type { DocumentDetail, StoredParagraph } from '../../store/documents';

/** Sentence ids → their first and latest revision, as the reader may see them. */
export type StampsById = ReadonlyMap<number, SentenceStamps>;

function flatten(paragraphs: StoredParagraph[], stampsById: StampsById) {
  const texts: string[] = [];
  const paragraphOf: number[] = [];
  const statuses: SegmentStatus[] = [];
  const stamps: (SentenceStamps | undefined)[] = [];
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      texts[s.position] = s.text;
      paragraphOf[s.position] = p.position;
      statuses[s.position] = s.status;
      stamps[s.position] = stampsById.get(s.id);
    }
  }
  return { texts, paragraphOf, statuses, stamps };
}

/** The stored document in the shape the export builders take. */
export function exchangeDocumentOf(detail: DocumentDetail, stampsById: StampsById = new Map()): ExchangeDocument {
  const source = flatten(detail.source, stampsById);
  const target = flatten(detail.translation, stampsById);
  return {
    title: detail.document.title,
    titleEn: detail.document.title_en,
    targetLang: detail.document.target_lang,
    pairs: pairsOf({
      sourceSentences: source.texts,
      targetSentences: target.texts,
      sourceParagraphOf: source.paragraphOf,
      targetParagraphOf: target.paragraphOf,
      paragraphLinks: detail.paragraphLinks,
      sentenceLinks: detail.sentenceLinks,
      targetStatuses: target.statuses,
      sourceStamps: source.stamps,
      targetStamps: target.stamps,
    }),
    groupStructures: groupStructuresOf(
      detail.paragraphLinks,
      detail.source.map((p) => p.structure),
      detail.translation.map((p) => p.structure),
    ),
    groupChapters: groupChaptersOf(
      detail.paragraphLinks,
      detail.source.map((p) => p.chapter),
      detail.translation.map((p) => p.chapter),
    ),
  };
}
