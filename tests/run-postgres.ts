/*
 * The PostgreSQL pass of `npm test`: runs the store and web suites again with
 * every test library in a fresh schema of TEST_DATABASE_URL. Without that
 * variable there is no server to test against, and the pass is skipped.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

if (!process.env.TEST_DATABASE_URL) {
  console.log('TEST_DATABASE_URL is not set: skipping the PostgreSQL pass of tests/store and tests/web.');
  process.exit(0);
}

console.log('PostgreSQL pass: tests/store and tests/web on TEST_DATABASE_URL');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/vitest.config.ts', 'tests/store', 'tests/web'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SEJAJAR_TEST_DIALECT: 'postgres' },
});
process.exit(result.status ?? 1);
