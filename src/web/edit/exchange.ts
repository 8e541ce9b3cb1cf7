import { pairsOf, type ExchangeDocument } from '../../core/exchange/index';
import type { DocumentDetail, StoredParagraph } from '../../store/documents';

function flatten(paragraphs: StoredParagraph[]) {
  const texts: string[] = [];
  const paragraphOf: number[] = [];
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      texts[s.position] = s.text;
      paragraphOf[s.position] = p.position;
    }
  }
  return { texts, paragraphOf };
}

/** The stored document in the shape the export builders take. */
export function exchangeDocumentOf(detail: DocumentDetail): ExchangeDocument {
  const source = flatten(detail.source);
  const target = flatten(detail.translation);
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
    }),
  };
}
