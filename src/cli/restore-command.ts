import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { databaseLocation, loadConfig } from '../config';
import { BackupFileError } from '../operations/backup-format';
import { checkBackup, LibraryNotEmptyError, restoreLibrary, type RestoreReport } from '../operations/restore';
import { describeLocation } from '../store/dialect';

const USAGE = 'Usage: sejajar restore FILE [--check]\n';

/**
 * `sejajar restore FILE`: loads a backup into the empty library the settings
 * name. `--check` reads and checks the whole file and writes nothing.
 */
export async function runRestoreCommand(args: string[], out: Writable = process.stdout, err: Writable = process.stderr, env = process.env): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { check: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    err.write(USAGE);
    return 2;
  }
  const file = positionals[0]!;
  const config = loadConfig(env);
  try {
    if (values.check) {
      describe(out, await checkBackup(file), 'holds');
      out.write('The backup is complete and its checksum matches.\n');
      return 0;
    }
    const report = await restoreLibrary(config, file);
    out.write(`Restored ${file} into ${describeLocation(databaseLocation(config))}\n`);
    describe(out, report, 'restored');
    return 0;
  } catch (error) {
    if (!(error instanceof BackupFileError || error instanceof LibraryNotEmptyError)) throw error;
    err.write(`${error.message}\n`);
    return 1;
  }
}

function describe(out: Writable, { header, rows }: RestoreReport, verb: string): void {
  const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
  out.write(`Backup of ${header.createdAt} from ${header.source}: ${verb} ${total} rows in ${Object.keys(rows).length} tables.\n`);
  for (const [table, count] of Object.entries(rows)) out.write(`  ${table}: ${count}\n`);
}
