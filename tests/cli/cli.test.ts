import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openLibrary } from '../../src/library';
import { makeDataDir, makeTestDatabase, testEnv } from '../support/database';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../src/bin/sejajar.mjs');

describe('sejajar command', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeDataDir();
    fs.writeFileSync(path.join(dir, 'id.txt'), 'Rusia mengirim 3.000 tentara.\n\nHujan turun di Jakarta.\nPresiden berbicara.\n');
    fs.writeFileSync(path.join(dir, 'en.txt'), 'Russia sent 3,000 soldiers.\nIt rained in Jakarta.\n\nThe president spoke.\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ends quietly when its reader stops early (align … | head)', async () => {
    const lines = (text: string) => Array.from({ length: 3000 }, (_, k) => `${text} ${k + 1}.`).join('\n');
    fs.writeFileSync(path.join(dir, 'long-id.txt'), lines('Baris nomor'));
    fs.writeFileSync(path.join(dir, 'long-en.txt'), lines('Line number'));
    const child = spawn('node', [bin, 'align', path.join(dir, 'long-id.txt'), path.join(dir, 'long-en.txt'), '--units', 'lines']);
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += String(chunk); });
    // Like head: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('align --units lines --json prints only the links', async () => {
    const { stdout, stderr } = await run('node', [bin, 'align', path.join(dir, 'id.txt'), path.join(dir, 'en.txt'), '--units', 'lines', '--json']);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['links']);
    expect(parsed.links.map((l: { source: number[]; target: number[] }) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    for (const l of parsed.links) expect(Object.keys(l)).toEqual(['source', 'target', 'confidence']);
    expect(stderr).toBe('');
  });

  it('import stores a document in the library the settings name', async () => {
    const database = await makeTestDatabase();
    try {
      const env = { ...process.env, ...testEnv(database) };
      const { stdout } = await run('node', [bin, 'import', path.join(dir, 'id.txt'), '--translation', path.join(dir, 'en.txt'), '--title', 'Uji'], { env });
      expect(stdout).toMatch(/Imported document 1/);
      const library = await openLibrary(loadConfig(testEnv(database)));
      try {
        expect(await library.db.selectFrom('documents').select(['id', 'title']).execute()).toEqual([{ id: 1, title: 'Uji' }]);
      } finally {
        await library.close();
      }
    } finally {
      await database.drop();
    }
  }, 60_000);

  it('explains an unknown command', async () => {
    await expect(run('node', [bin, 'fly'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "fly"') });
  });
});
