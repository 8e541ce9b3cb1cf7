// A separate process claiming translation jobs from a shared database (a
// SQLite file or a postgres:// URL), as another app instance would. Prints the
// ids it claimed as JSON.
import { createKysely, parseLocation } from '../../src/store/dialect';
import { claimJob, settleJob } from '../../src/store/jobs';
import type { Database } from '../../src/store/schema';

const [location, workerId] = process.argv.slice(2) as [string, string];
const db = createKysely<Database>(parseLocation(location));
const claimed: number[] = [];
for (;;) {
  const job = await claimJob(db, { workerId, leaseMs: 60_000 });
  if (!job) break;
  claimed.push(job.id);
  await settleJob(db, job.id, workerId, { status: 'done', error: null });
}
await db.destroy();
process.stdout.write(JSON.stringify(claimed));
