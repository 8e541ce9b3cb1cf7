import type { Db } from './database';

export interface Progress {
  reviewed: number;
  total: number;
}

/** Reviewed English segments per document. */
export async function reviewProgress(db: Db): Promise<Map<number, Progress>> {
  const rows = await db
    .selectFrom('sentences')
    .select((eb) => [
      'document_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'reviewed').then(1).else(0).end()).as('reviewed'),
    ])
    .where('lang', '=', 'en')
    .groupBy('document_id')
    .execute();
  return new Map(rows.map((r) => [r.document_id, { reviewed: Number(r.reviewed ?? 0), total: Number(r.total) }]));
}
