import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/accounts/passwords';
import { openDatabase } from '../../src/store/database';
import { findUserByName } from '../../src/store/users';
import { makeTestDatabase, testEnv, type TestDatabase } from '../support/database';
import { startServerProcess } from '../support/server-process';

const bin = path.resolve(import.meta.dirname, '../../src/bin/sejajar.mjs');

function runWithInput(args: string[], input: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('sejajar user add and the first-start set-up link', () => {
  let database: TestDatabase;
  const env = (): NodeJS.ProcessEnv => testEnv(database);
  beforeAll(async () => {
    database = await makeTestDatabase();
  });
  afterAll(() => database.drop());

  it('prints a one-time set-up link at the first start of a library without users', async () => {
    const server = await startServerProcess(database, { SCRYPT_COST: '10' });
    try {
      const pattern = /http:\/\/localhost:\d+(\/setup\/[\w-]{43})/;
      await expect.poll(() => pattern.test(server.output()), { timeout: 5000 }).toBe(true);
      const link = pattern.exec(server.output());
      expect(link, server.output()).not.toBeNull();
      const page = await fetch(server.url + link![1]);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Create the first admin');
      expect((await fetch(`${server.url}/setup/${'z'.repeat(43)}`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('adds an admin with the password from standard input', async () => {
    const result = await runWithInput(['user', 'add', 'Ratna', '--admin', '--password-stdin'], 'sandi panjang sekali\n', env());
    expect(result).toMatchObject({ code: 0, stdout: 'Added admin ratna.\n' });
    const db = await openDatabase(database.location);
    try {
      const user = (await findUserByName(db, 'ratna'))!;
      expect(user.role).toBe('admin');
      expect(user.passwordHash).not.toContain('sandi');
      expect(await verifyPassword('sandi panjang sekali', user.passwordHash)).toBe(true);
    } finally {
      await db.destroy();
    }
  });

  it.each([
    [['user', 'add', 'ratna', '--password-stdin'], 'another long password', 1, /taken/],
    [['user', 'add', 'pendek', '--password-stdin'], 'short', 1, /length|characters/],
    [['user', 'add', 'tanpa-terminal'], '', 1, /use --password-stdin/],
    [['user', 'remove', 'ratna'], '', 2, /Usage: sejajar user add/],
  ])('refuses %j', async (args, input, code, message) => {
    const result = await runWithInput(args, input, env());
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});
