import type { Db } from './database';
import type { JobStatus } from './schema';

export interface JobTotals {
  /** Jobs in the library per status. */
  byStatus: Partial<Record<JobStatus, number>>;
  /** Characters DeepL billed over every job the library holds. */
  billedCharacters: number;
}

/** One grouped query over translation_jobs, for the metrics. */
export async function jobTotals(db: Db): Promise<JobTotals> {
  const rows = await db
    .selectFrom('translation_jobs')
    .select((eb) => ['status', eb.fn.countAll<number>().as('jobs'), eb.fn.sum<number>('billed_characters').as('billed')])
    .groupBy('status')
    .execute();
  const byStatus: JobTotals['byStatus'] = {};
  let billedCharacters = 0;
  for (const row of rows) {
    byStatus[row.status] = Number(row.jobs);
    billedCharacters += Number(row.billed ?? 0);
  }
  return { byStatus, billedCharacters };
}
