import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const bin = path.join(projectRoot, 'src/bin/sejajar.mjs');

interface Result { code: number | null; stdout: string; stderr: string }

/** Runs the bin as a user would, with the given environment on top of this one. */
function sejajar(binFile: string, args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [binFile, ...args], { env: { ...process.env, ...env }, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

const bundles = (dir: string, name = 'align') => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith(`${name}-`) && n.endsWith('.mjs')) : []);

describe('sejajar bin: align from a prebuilt bundle', () => {
  let dir: string;
  let id: string;
  let en: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sejajar-bin-'));
    id = path.join(dir, 'id.txt');
    en = path.join(dir, 'en.txt');
    fs.writeFileSync(id, 'Rusia mengirim 3.000 tentara. Mereka tiba pada hari Senin.\n\nHujan turun di Jakarta.\nPresiden berbicara kepada wartawan.\n');
    fs.writeFileSync(en, 'Russia sent 3,000 soldiers.\nThey arrived on Monday.\nIt rained in Jakarta.\n\nThe president spoke to reporters.\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same output, exit codes and messages as the tsx path', async () => {
    const cache = path.join(dir, 'cache-same');
    const cases = [
      ['align', id, en, '--units', 'lines', '--json'],
      ['align', id, en, '--units', 'sentences', '--json'],
      ['align', id, en],
      ['align', id],
      ['align', id, path.join(dir, 'missing.txt'), '--json'],
      ['align', id, en, '--units', 'words'],
      ['--help'],
      [],
    ];
    for (const args of cases) {
      const bundled = await sejajar(bin, args, { SEJAJAR_CACHE_DIR: cache });
      const tsx = await sejajar(bin, args, { SEJAJAR_NO_BUNDLE: '1' });
      expect(bundled, args.join(' ')).toEqual(tsx);
    }
    expect(bundles(cache)).toHaveLength(1);
  }, 60_000);

  it('rebuilds the bundle after a source file changes, and reuses it until then', async () => {
    // A copy of the sources, so their mtimes can change without touching the project's.
    const project = path.join(dir, 'project');
    fs.cpSync(path.join(projectRoot, 'src'), path.join(project, 'src'), { recursive: true });
    fs.copyFileSync(path.join(projectRoot, 'tsconfig.json'), path.join(project, 'tsconfig.json'));
    fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    const copyBin = path.join(project, 'src/bin/sejajar.mjs');
    const cache = path.join(dir, 'cache-stale');
    const args = ['align', id, en, '--units', 'lines', '--json'];
    const expected = await sejajar(bin, args, { SEJAJAR_NO_BUNDLE: '1' });

    expect(await sejajar(copyBin, args, { SEJAJAR_CACHE_DIR: cache })).toEqual(expected);
    const [first] = bundles(cache);
    expect(first).toBeDefined();
    // A bundle that is still fresh is run as it is.
    fs.writeFileSync(path.join(cache, first!), "export function runFast() { process.stdout.write('cached bundle\\n'); }\n");
    expect((await sejajar(copyBin, args, { SEJAJAR_CACHE_DIR: cache })).stdout).toBe('cached bundle\n');
    // So is one whose inputs are unchanged when a file it was not built from changes.
    const server = path.join(project, 'src/server.ts');
    fs.utimesSync(server, new Date(), new Date(fs.statSync(server).mtimeMs + 60_000));
    expect((await sejajar(copyBin, args, { SEJAJAR_CACHE_DIR: cache })).stdout).toBe('cached bundle\n');

    const source = path.join(project, 'src/cli/align-command.ts');
    const later = new Date(fs.statSync(source).mtimeMs + 60_000);
    fs.utimesSync(source, later, later);
    expect(await sejajar(copyBin, args, { SEJAJAR_CACHE_DIR: cache })).toEqual(expected);
    const after = bundles(cache);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(first);
  }, 60_000);

  it('falls back to tsx when the cache folder cannot be written', async () => {
    // A folder inside a plain file cannot be made, even by root (tests may run as root, which chmod does not stop).
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const args = ['align', id, en, '--units', 'lines', '--json'];
    const result = await sejajar(bin, args, { SEJAJAR_CACHE_DIR: path.join(blocker, 'cache') });
    expect(result).toEqual(await sejajar(bin, args, { SEJAJAR_NO_BUNDLE: '1' }));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).links.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(blocker, 'cache'))).toBe(false);
  }, 60_000);

  it('runs every other command from a bundle of the whole command line, finding the project files from it', async () => {
    const cache = path.join(dir, 'cache-cli');
    const text = path.join(dir, 'doc.txt');
    fs.writeFileSync(text, 'Rusia mengirim 3.000 tentara.\n\nHujan turun di Jakarta.\n');
    const dataDir = (name: string) => ({ DATA_DIR: path.join(dir, name), DATABASE_URL: '' });
    const args = ['import', text, '--title', 'Uji'];
    const bundled = await sejajar(bin, args, { SEJAJAR_CACHE_DIR: cache, ...dataDir('bundled') });
    const tsx = await sejajar(bin, args, { SEJAJAR_NO_BUNDLE: '1', ...dataDir('tsx') });
    expect(bundled).toEqual(tsx);
    expect(bundled.code).toBe(0);
    expect(bundles(cache, 'cli')).toHaveLength(1);
    // The bundle holds the sources' own places (the migrations, views and samples are found from them), never its own.
    const code = fs.readFileSync(path.join(cache, bundles(cache, 'cli')[0]!), 'utf8');
    expect(code).not.toContain('import.meta');
    expect(code).toContain(JSON.stringify(path.join(projectRoot, 'src')));
    const unknown = await sejajar(bin, ['no-such-command'], { SEJAJAR_CACHE_DIR: cache });
    expect(unknown).toEqual(await sejajar(bin, ['no-such-command'], { SEJAJAR_NO_BUNDLE: '1' }));
  }, 60_000);
});
