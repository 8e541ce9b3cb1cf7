import type { TFunction } from 'i18next';
import { visibleAuthor, type Viewer } from '../../core/model';
import type { QueueItem } from '../../core/review/queue';
import type { DocumentDetail } from '../../store/documents';

/** A queue item as the page and the API show it: its kind and detail in the reader's language, and the link's texts. */
export interface ItemView {
  key: string;
  kind: string;
  link: number;
  passage: number;
  sentence: number | null;
  title: string;
  detail: string;
  source: string;
  target: string;
  mark: { state: string; author: string | null; at: string } | null;
}

/** The link's texts by link index, read once for all the items. */
export function linkTexts(detail: DocumentDetail): (link: number) => { source: string; target: string } {
  const text = (side: DocumentDetail['source']) => new Map(side.flatMap((p) => p.sentences).map((s) => [s.position, s.text]));
  const source = text(detail.source);
  const target = text(detail.translation);
  return (index) => {
    const link = detail.sentenceLinks[index];
    const join = (positions: number[] | undefined, at: Map<number, string>) => (positions ?? []).map((p) => at.get(p) ?? '').join(' ');
    return { source: join(link?.source, source), target: join(link?.target, target) };
  };
}

export function itemView(item: QueueItem, t: TFunction, texts: ReturnType<typeof linkTexts>, viewer: Viewer): ItemView {
  const variant = item.kind === 'untranslated' ? `_${item.params.reason}` : '';
  return {
    key: item.key,
    kind: item.kind,
    link: item.link,
    passage: item.passage,
    sentence: item.sentence,
    title: t(`review:kinds.${item.kind}`),
    detail: t(`review:details.${item.kind}${variant}`, { ...item.params, interpolation: { escapeValue: false } }),
    ...texts(item.link),
    mark: item.mark && { state: item.mark.state, author: visibleAuthor(viewer, item.mark.author), at: item.mark.at },
  };
}
