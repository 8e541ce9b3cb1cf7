import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { databaseLocation, loadConfig } from '../config';
import { backupLibrary } from '../operations/backup';
import { describeLocation } from '../store/dialect';

const USAGE = 'Usage: sejajar backup FILE\n';

/** `sejajar backup FILE`: a consistent backup of the library the settings name, taken while servers keep running. */
export async function runBackupCommand(args: string[], out: Writable = process.stdout, err: Writable = process.stderr, env = process.env): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) {
    err.write(USAGE);
    return 2;
  }
  const config = loadConfig(env);
  const started = Date.now();
  const report = await backupLibrary(config, positionals[0]!);
  const total = Object.values(report.rows).reduce((sum, n) => sum + n, 0);
  out.write(`Backed up ${describeLocation(databaseLocation(config))} to ${report.file}\n`);
  out.write(`${total} rows in ${Object.keys(report.rows).length} tables, in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  return 0;
}
