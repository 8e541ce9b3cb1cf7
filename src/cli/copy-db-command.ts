import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { databaseLocation, loadConfig, withDatabaseAt, type Config } from '../config';
import { copyDatabase, TargetNotEmptyError } from '../store/copy-database';
import { describeLocation } from '../store/dialect';
import { withLibrary } from './open-library';

const USAGE = 'Usage: sejajar copy-db --from SQLITE_FILE --to postgres://USER@HOST:PORT/DATABASE\n';

/** `sejajar copy-db`: moves a whole library into an empty database, usually SQLite to PostgreSQL. */
export async function runCopyDbCommand(args: string[], out: Writable = process.stdout, err: Writable = process.stderr, env = process.env): Promise<number> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    err.write(USAGE);
    return 2;
  }
  const settings = loadConfig(env);
  const [from, to] = [withDatabaseAt(settings, values.from), withDatabaseAt(settings, values.to)];
  // Opening a library creates a missing SQLite file; a mistyped source must not become an empty copy.
  if (!from.databaseUrl && !fs.existsSync(from.databaseFile)) {
    err.write(`No SQLite library at ${from.databaseFile}.\n`);
    return 2;
  }
  // The target is opened (and migrated) first: copyDatabase refuses it if it holds any rows.
  return withLibrary(to, (target) =>
    withLibrary(from, async (source) => {
      out.write(`Copying ${where(from)} to ${where(to)}\n`);
      try {
        const { tables } = await copyDatabase(source.db, target.db, {
          onTable: ({ table, rows }) => out.write(`  ${table}: ${rows} ${rows === 1 ? 'row' : 'rows'}\n`),
        });
        const total = tables.reduce((sum, t) => sum + t.rows, 0);
        out.write(`Copied ${total} rows in ${tables.length} tables; row counts match.\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof TargetNotEmptyError)) throw error;
        err.write(`${error.message}\n`);
        return 1;
      }
    }),
  );
}

const where = (config: Config) => describeLocation(databaseLocation(config));
