/*
 * The PostgreSQL pass of `npm test`: runs the suites that touch a library again with
 * every test library in a fresh schema of TEST_DATABASE_URL. Without that
 * variable there is no server to test against, and the pass is skipped.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { testSchemaPrefix } from './support/database';

const root = path.resolve(import.meta.dirname, '..');
/** The suites whose libraries follow TEST_DATABASE_URL (see tests/support/database.ts). */
const SUITES = ['tests/accounts', 'tests/operations', 'tests/glossary', 'tests/editing', 'tests/learner', 'tests/search', 'tests/memory', 'tests/effort', 'tests/review', 'tests/store', 'tests/web', 'tests/import', 'tests/cli', 'tests/library.test.ts', 'tests/housekeeping.test.ts'];
const suiteNames = SUITES.join(', ');

function runSuites(run: string): number {
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/vitest.config.ts', ...SUITES], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SEJAJAR_TEST_DIALECT: 'postgres', SEJAJAR_TEST_RUN: run },
  });
  return result.status ?? 1;
}

/** Tests drop their schemas; a test killed halfway cannot, so the run sweeps up after itself. */
async function dropLeftoverSchemas(url: string, run: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select nspname as name from pg_namespace where starts_with(nspname, $1)",
      [testSchemaPrefix(run)],
    );
    for (const { name } of rows) await client.query(`drop schema "${name}" cascade`);
    return rows.length;
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log(`TEST_DATABASE_URL is not set: skipping the PostgreSQL pass of ${suiteNames}.`);
    return 0;
  }
  const run = crypto.randomBytes(3).toString('hex');
  console.log(`PostgreSQL pass: ${suiteNames} on TEST_DATABASE_URL (schemas ${testSchemaPrefix(run)}*)`);
  const status = runSuites(run);
  const leftovers = await dropLeftoverSchemas(url, run);
  if (leftovers > 0) console.log(`Dropped ${leftovers} test schema(s) that tests left behind.`);
  return status;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
