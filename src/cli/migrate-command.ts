import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { databaseLocation, loadConfig } from '../config';
import { describeLocation } from '../store/dialect';
import { withLibrary } from './open-library';

/** `sejajar migrate`: brings the configured database (DATABASE_URL or DATA_DIR) up to date. */
export async function runMigrateCommand(args: string[], out: Writable = process.stdout, env = process.env): Promise<number> {
  parseArgs({ args, options: {} });
  const config = loadConfig(env);
  // Opening the library migrates it; what that did is reported here.
  return withLibrary(config, async ({ migrations: { applied, total } }) => {
    out.write(`Database: ${describeLocation(databaseLocation(config))}\n`);
    for (const name of applied) out.write(`Applied ${name}\n`);
    out.write(
      applied.length === 0
        ? `Already up to date: all ${total} migrations had run.\n`
        : `Ran ${applied.length} of ${total} migrations; the schema is up to date.\n`,
    );
    return 0;
  });
}
