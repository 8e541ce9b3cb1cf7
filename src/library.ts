import { createCompute, type Compute } from './compute/compute';
import { databaseLocation, type Config } from './config';
import type { Translator } from './core/machine-translation/types';
import { startHousekeeping, type Housekeeping } from './housekeeping';
import { silentLogger, type Logger } from './operations/logger';
import { migrateToLatest, type Db, type MigrationReport } from './store/database';
import { migrateUpTo } from './store/migration-state';
import { createKysely, describeLocation } from './store/dialect';
import { startBackgroundCheckpoints } from './store/wal-checkpoints';
import type { Database } from './store/schema';
import { approvedTermsInLibrary, type ApprovedTermsProvider } from './machine-translation/approved-terms';
import { createTranslation, type TranslationSetupInput, type TranslationSetup } from './machine-translation/setup';

/**
 * An open library: the one place where the configuration becomes a
 * database (PostgreSQL when DATABASE_URL is set, else the SQLite file in
 * DATA_DIR, migrated), machine translation, the housekeeping timer, and the
 * worker threads that do the heavy aligning and parsing (WORKER_THREADS).
 * The server, every command that touches the library and the tests open it
 * here, so none of them can end up on another database than the settings name.
 */
export interface Library {
  db: Db;
  config: Config;
  translation: TranslationSetup;
  /** Where imports, re-alignment and exports run their heavy, pure work. */
  compute: Compute;
  /** What bringing the schema up to date did while opening. */
  migrations: MigrationReport;
  /** Where the server's request lines and translation job steps go (silent unless a logger was given). */
  logger: Logger;
  /** Stops housekeeping, the translation job runner and the worker threads, then closes the database. Safe to call twice. */
  close(): Promise<void>;
}

export interface LibraryOptions {
  /** Prune expired rows on a timer: for the server; commands that exit at once leave it off. */
  housekeeping?: boolean;
  /** Replaces the DeepL translator made from the config (tests). */
  translator?: Translator | null;
  /** Where the DeepL glossary's terms come from; the library's approved terms by default. */
  approvedTerms?: ApprovedTermsProvider;
  runner?: TranslationSetupInput['runner'];
  /** The server's log (operations/logger.ts); commands and tests write none by default. */
  logger?: Logger;
  /** Bring the schema only up to this migration (a restore of an older backup runs the later ones over its rows). */
  schemaUpTo?: string;
}

/** The database could not be opened or brought up to date; the message names it (without its password). */
export class LibraryUnavailableError extends Error {
  constructor(where: string, cause: unknown) {
    super(`Cannot open the library at ${where}: ${reason(cause)}`, { cause });
    this.name = 'LibraryUnavailableError';
  }
}

/** Node reports a host with several addresses that all refused as an AggregateError with no message of its own. */
function reason(err: unknown): string {
  if (err instanceof AggregateError && !err.message) return reason(err.errors[0]);
  if (err instanceof Error) return err.message || (err as NodeJS.ErrnoException).code || err.name;
  return String(err);
}

export async function openLibrary(config: Config, options: LibraryOptions = {}): Promise<Library> {
  const { db, migrations } = await openMigrated(config, options.schemaUpTo);
  const compute = createCompute({ threads: config.workerThreads, nice: config.workerNice });
  const logger = options.logger ?? silentLogger();
  const translation = createTranslation({
    compute,
    db,
    config,
    approvedTerms: options.approvedTerms ?? approvedTermsInLibrary(db),
    translator: options.translator,
    runner: { logger, ...options.runner },
  });
  const housekeeping: Housekeeping | undefined = options.housekeeping ? startHousekeeping(db, config) : undefined;
  // A server's SQLite log is copied back off the event loop (store/wal-checkpoints.ts).
  const checkpoints = options.housekeeping
    ? startBackgroundCheckpoints(db, (message) => logger.warn({ message }, 'SQLite checkpoints are back on the writer'))
    : undefined;
  let closing: Promise<void> | undefined;
  const close = async () => {
    await housekeeping?.stop();
    await translation.runner.stop();
    await compute.close();
    await checkpoints?.stop();
    await db.destroy();
  };
  return { db, config, translation, compute, migrations, logger, close: () => (closing ??= close()) };
}

async function openMigrated(config: Config, upTo?: string): Promise<{ db: Db; migrations: MigrationReport }> {
  const location = databaseLocation(config);
  const db = createKysely<Database>(location);
  try {
    return { db, migrations: upTo ? await migrateUpTo(db, upTo) : await migrateToLatest(db) };
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw new LibraryUnavailableError(describeLocation(location), err);
  }
}
