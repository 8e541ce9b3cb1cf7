import { execFile } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runCopyDbCommand } from '../../src/cli/copy-db-command';
import { runMigrateCommand } from '../../src/cli/migrate-command';
import { loadConfig } from '../../src/config';
import { importDocument } from '../../src/import/import-document';
import { openDatabase } from '../../src/store/database';
import { describeLocation } from '../../src/store/dialect';
import { makeTestDatabase, testDatabaseUrl, testEnv, type TestDatabase } from '../support/database';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../src/bin/sejajar.mjs');

// The copy goes to PostgreSQL when a test server is configured, else to a second SQLite file.
const targetDialect = testDatabaseUrl() ? 'postgres' : 'sqlite';

/** Collects what a command writes. */
function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe(`sejajar migrate and copy-db (to ${targetDialect})`, () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let sourceFile: string;
  let targetArg: string;
  beforeAll(async () => {
    source = await makeTestDatabase('sqlite');
    target = await makeTestDatabase(targetDialect);
    sourceFile = path.join(source.dataDir, 'sejajar.sqlite');
    targetArg = target.location.dialect === 'postgres' ? target.location.url : target.location.file;
  });
  afterAll(async () => {
    await source.drop();
    await target.drop();
  });

  it('migrate says what it ran, then that nothing was left to run', async () => {
    const library = await makeTestDatabase();
    onTestFinished(() => library.drop());
    const env = testEnv(library);
    const first = capture();
    expect(await runMigrateCommand([], first.stream, env)).toBe(0);
    expect(first.text()).toContain(`Database: ${describeLocation(library.location)}`);
    expect(first.text()).toMatch(/^Applied 001_documents$/m);
    const again = capture();
    expect(await runMigrateCommand([], again.stream, env)).toBe(0);
    expect(again.text()).not.toContain('Applied');
    expect(again.text()).toMatch(/Already up to date: all \d+ migrations had run/);
  });

  it('copy-db copies the library and counts the rows, then refuses to copy into it again', async () => {
    const db = await openDatabase(sourceFile);
    await importDocument(db, { title: 'Uji', source: 'Hujan turun di Jakarta.\n\nPresiden berbicara.' }, loadConfig({}));
    await db.destroy();

    const copy = await run('node', [bin, 'copy-db', '--from', sourceFile, '--to', targetArg]);
    expect(copy.stdout).toMatch(/^ {2}documents: 1 row$/m);
    expect(copy.stdout).toMatch(/^ {2}paragraphs: 2 rows$/m);
    expect(copy.stdout).toMatch(/Copied \d+ rows in \d+ tables; row counts match\./);

    const refused = await run('node', [bin, 'copy-db', '--from', sourceFile, '--to', targetArg]).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/target database is not empty \(.*documents: 1 row/) });
    // Two processes that each load TypeScript through tsx: slow on a busy machine.
  }, 90_000);

  const misuse: [string, string[], RegExp][] = [
    ['no target', ['--from', 'x.sqlite'], /Usage: sejajar copy-db/],
    ['a missing source file', ['--from', '/nonexistent/lib.sqlite', '--to', '/tmp/out.sqlite'], /No SQLite library at/],
  ];
  it.each(misuse)('copy-db explains %s', async (_name, args, message) => {
    const [out, err] = [capture(), capture()];
    expect(await runCopyDbCommand(args, out.stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(message);
    expect(out.text()).toBe('');
  });
});
