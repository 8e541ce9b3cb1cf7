/**
 * The QA report: every item of the queue (marked or not) as CSV, one row per item, with the
 * link's texts and who marked it when. Cells pass the exports' formula guard.
 */
import { csvCell } from '../exchange/delimited';
import type { QueueItem } from './queue';

export interface ReportRow {
  item: QueueItem;
  /** The item's kind and detail in the reader's language. */
  title: string;
  detail: string;
  source: string;
  target: string;
}

const HEADER = ['passage', 'link', 'kind', 'problem', 'detail', 'id', 'en', 'state', 'marked_by', 'marked_at'];

export function buildReport(rows: readonly ReportRow[]): string {
  const lines = rows.map(({ item, title, detail, source, target }) => [
    String(item.passage + 1),
    String(item.link + 1),
    item.kind,
    title,
    detail,
    source,
    target,
    item.mark?.state ?? 'open',
    item.mark?.author ?? '',
    item.mark?.at ?? '',
  ]);
  return [HEADER, ...lines].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
