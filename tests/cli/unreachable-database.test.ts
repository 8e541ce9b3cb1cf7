import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { runImportCommand } from '../../src/cli/import-command';
import { runMigrateCommand } from '../../src/cli/migrate-command';
import { runTranslateCommand } from '../../src/cli/translate-command';
import { runUserCommand } from '../../src/cli/user-command';
import { makeDataDir } from '../support/database';

const bin = path.resolve(import.meta.dirname, '../../src/bin/sejajar.mjs');

// Port 1 on the loopback address: nothing listens there, so every connection is refused at once.
const UNREACHABLE = 'postgres://nobody:secret@127.0.0.1:1/x';

/** Collects what a command writes. */
function sink() {
  let text = '';
  return { write: (chunk: string) => ((text += chunk), true), text: () => text };
}

/**
 * A command given a DATABASE_URL it cannot reach must say so and stop: not
 * carry on with a SQLite file of its own in DATA_DIR, where the change would
 * land in a library that no server reads.
 */
describe('commands with an unreachable DATABASE_URL', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    dataDir = makeDataDir();
    env = { DATA_DIR: dataDir, DATABASE_URL: UNREACHABLE, SCRYPT_COST: '10' };
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const expectNothingWritten = () => expect(fs.readdirSync(dataDir)).toEqual([]);
  const clearMessage = /Cannot open the library at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED/;

  it('sejajar user add exits with the reason and adds nobody anywhere', async () => {
    const child = spawn(process.execPath, [bin, 'user', 'add', 'ratna', '--admin', '--password-stdin'], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end('sandi panjang sekali\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(clearMessage);
    expect(stderr).not.toContain('secret');
    expectNothingWritten();
  }, 60_000);

  it('user, import, migrate and translate refuse alike', async () => {
    const file = path.join(dataDir, '..', `${path.basename(dataDir)}-id.txt`);
    fs.writeFileSync(file, 'Hujan turun di Jakarta.\n');
    onTestFinished(() => fs.rmSync(file, { force: true }));
    const out = sink();
    const attempts: [string, () => Promise<number>][] = [
      ['user', () => runUserCommand(['add', 'ratna', '--password-stdin'], { env, out })],
      ['import', () => runImportCommand([file], { env, out })],
      ['migrate', () => runMigrateCommand([], out as never, env)],
      ['translate', () => runTranslateCommand(['1'], { env, out })],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt(), name).rejects.toThrow(clearMessage);
    }
    expect(out.text()).toBe('');
    expectNothingWritten();
  });
});
