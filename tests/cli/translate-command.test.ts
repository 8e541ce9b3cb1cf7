import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTranslateCommand } from '../../src/cli/translate-command';
import { loadConfig } from '../../src/config';
import { openLibrary } from '../../src/library';
import { getJob } from '../../src/store/jobs';
import { makeTestDatabase, testEnv, type TestDatabase } from '../support/database';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import { importParagraphs, indonesianParagraphs } from '../support/translate';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../src/bin/sejajar.mjs');

describe('sejajar translate', () => {
  let database: TestDatabase;
  let fake: FakeDeepL;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await makeTestDatabase();
    fake = await startFakeDeepL();
    env = { ...testEnv(database), DEEPL_AUTH_KEY: fake.authKey, DEEPL_SERVER_URL: fake.url, TRANSLATE_CONCURRENCY: '1' };
    const library = await openLibrary(loadConfig(env));
    await importParagraphs(library, indonesianParagraphs(3));
    await importParagraphs(library, indonesianParagraphs(1, 'B'), ['A translation a person wrote.']);
    await importParagraphs(library, indonesianParagraphs(2, 'C'));
    await library.close();
  });
  afterAll(async () => {
    await fake.stop();
    await database.drop();
  });

  /** Runs the command in this process, capturing what it prints. */
  async function translate(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runTranslateCommand(args, {
      env,
      out: { write: (chunk: string) => ((stdout += chunk), true) },
      err: { write: (chunk: string) => ((stderr += chunk), true) },
    });
    return { code, stdout, stderr };
  }

  it('stops with the cause on a refused key, and resumes when run again', async () => {
    fake.failNext(403);
    const failed = await translate(['1']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/Translation failed after 0\/3 paragraphs.*DEEPL_AUTH_KEY.*Run the command again to resume/s);

    const resumed = await translate(['1', '--target', 'en-GB']);
    expect(resumed).toMatchObject({ code: 0, stderr: '' });
    expect(resumed.stdout.split('\n')).toEqual([
      'Translating: 0/3 paragraphs',
      'Translating: 1/3 paragraphs',
      'Translating: 2/3 paragraphs',
      'Translating: 3/3 paragraphs',
      'Translated document 1 (en-GB): 3/3 paragraphs, 3 sent to DeepL, ' + indonesianParagraphs(3).join('').length + ' characters billed.',
      '',
    ]);
    const { db, close } = await openLibrary(loadConfig(env));
    try {
      expect((await getJob(db, 1))?.status).toBe('failed');
      expect(await getJob(db, 2)).toMatchObject({ status: 'done', target_lang: 'en-GB', done_paragraphs: 3 });
    } finally {
      await close();
    }
  });

  it('refuses to replace English a person wrote without --force, and explains bad arguments', async () => {
    const refused = await translate(['2']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(await translate(['x'])).toMatchObject({ code: 2 });
    expect(await translate(['1', '--target', 'en'])).toMatchObject({ code: 2 });
  });

  // Starting tsx in a new process is slow on a busy machine, hence the longer timeout.
  it('is a command of the sejajar program', async () => {
    const { stdout } = await run('node', [bin, 'translate', '3'], { env: { ...process.env, ...env } });
    expect(stdout).toContain('Translated document 3 (en-US): 2/2 paragraphs');
  }, 60_000);
});
