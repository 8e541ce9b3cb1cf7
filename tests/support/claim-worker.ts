// A separate process claiming translation jobs from a shared SQLite file, as
// another app instance would. Prints the ids it claimed as JSON.
import { openSqlite } from '../../src/store/database';
import { claimJob, settleJob } from '../../src/store/jobs';

const [file, workerId] = process.argv.slice(2) as [string, string];
const db = openSqlite(file);
const claimed: number[] = [];
for (;;) {
  const job = await claimJob(db, { workerId, leaseMs: 60_000 });
  if (!job) break;
  claimed.push(job.id);
  await settleJob(db, job.id, workerId, { status: 'done', error: null });
}
await db.destroy();
process.stdout.write(JSON.stringify(claimed));
