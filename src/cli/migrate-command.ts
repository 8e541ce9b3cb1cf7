import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { databaseLocation, loadConfig } from '../config';
import { migrateToLatest } from '../store/database';
import { createKysely, describeLocation } from '../store/dialect';

/** `sejajar migrate`: brings the configured database (DATABASE_URL or DATA_DIR) up to date. */
export async function runMigrateCommand(args: string[], out: Writable = process.stdout, env = process.env): Promise<number> {
  parseArgs({ args, options: {} });
  const location = databaseLocation(loadConfig(env));
  const db = createKysely(location);
  try {
    out.write(`Database: ${describeLocation(location)}\n`);
    const { applied, total } = await migrateToLatest(db);
    for (const name of applied) out.write(`Applied ${name}\n`);
    out.write(
      applied.length === 0
        ? `Already up to date: all ${total} migrations had run.\n`
        : `Ran ${applied.length} of ${total} migrations; the schema is up to date.\n`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}
