import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { copyDatabase, TargetNotEmptyError } from '../store/copy-database';
import { createKysely, describeLocation, parseLocation } from '../store/dialect';

const USAGE = 'Usage: sejajar copy-db --from SQLITE_FILE --to postgres://USER@HOST:PORT/DATABASE\n';

/** `sejajar copy-db`: moves a whole library into an empty database, usually SQLite to PostgreSQL. */
export async function runCopyDbCommand(args: string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    err.write(USAGE);
    return 2;
  }
  const from = parseLocation(values.from);
  if (from.dialect === 'sqlite' && !fs.existsSync(from.file)) {
    err.write(`No SQLite library at ${from.file}.\n`);
    return 2;
  }
  const to = parseLocation(values.to);
  const [source, target] = [createKysely(from), createKysely(to)];
  try {
    out.write(`Copying ${describeLocation(from)} to ${describeLocation(to)}\n`);
    const { tables } = await copyDatabase(source, target, {
      onTable: ({ table, rows }) => out.write(`  ${table}: ${rows} ${rows === 1 ? 'row' : 'rows'}\n`),
    });
    const total = tables.reduce((sum, t) => sum + t.rows, 0);
    out.write(`Copied ${total} rows in ${tables.length} tables; row counts match.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof TargetNotEmptyError)) throw error;
    err.write(`${error.message}\n`);
    return 1;
  } finally {
    await Promise.all([source.destroy(), target.destroy()]);
  }
}
