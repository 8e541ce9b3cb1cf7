#!/usr/bin/env node
// The `sejajar` command runs the TypeScript sources directly through tsx, except
// `align` and the usage text: those must start fast, so they run with plain node
// from a bundle of src/cli/fast-entry.ts. The bundle is built with esbuild on
// first use into node_modules/.cache/sejajar/ (SEJAJAR_CACHE_DIR moves it) and
// reused while nothing under src/ has changed. If it cannot be built or loaded,
// tsx runs the command as before; SEJAJAR_NO_BUNDLE=1 always uses tsx.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

/** First arguments that src/cli/fast-entry.ts handles exactly as src/cli.ts does. */
const BUNDLED = new Set([undefined, 'align', '--help', '-h', 'help']);
/** A temporary file this old is left from a build that died; a running build is much quicker. */
const STALE_TEMP_MS = 60_000;

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const root = path.dirname(srcDir);

const argv = process.argv.slice(2);
const noBundle = !['', '0', undefined].includes(process.env.SEJAJAR_NO_BUNDLE);
/**
 * How much a function runs before V8 optimizes it. The command aligns one
 * document and exits, so most of its time is spent before its code is
 * optimized; with V8's default (67,584) the hot functions are optimized
 * before they have seen all the kinds of values they get, and are
 * deoptimized and compiled again. Six times the default cut the command's
 * CPU time by 15–20% on 2,900 short lines (Node 20), with no change on
 * long ones. Set before the bundle is loaded, for the bundled commands only.
 */
const INTERRUPT_BUDGET = 400_000;

const fast = BUNDLED.has(argv[0]) && !noBundle;
if (fast) v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
const bundle = fast ? await loadBundle() : null;
if (bundle) {
  bundle.runFast(argv);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli.ts');
}

/** The bundled commands, built first if the sources changed; null if that fails. */
async function loadBundle() {
  try {
    const dir = path.resolve(process.env.SEJAJAR_CACHE_DIR || path.join(root, 'node_modules/.cache/sejajar'));
    const esbuildVersion = createRequire(import.meta.url)('esbuild/package.json').version;
    const file = path.join(dir, `align-${sourceKey(esbuildVersion)}.mjs`);
    if (!fs.existsSync(file)) await build(dir, file);
    const loaded = await import(pathToFileURL(file).href);
    return typeof loaded.runFast === 'function' ? loaded : null;
  } catch {
    return null;
  }
}

/** Changes whenever a file under src/ (or tsconfig.json, or esbuild) changes: sizes and mtimes. */
function sourceKey(esbuildVersion) {
  const stamps = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else stamps.push(stamp(full));
    }
  };
  const stamp = (file) => {
    const stat = fs.statSync(file);
    return `${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}`;
  };
  walk(srcDir);
  stamps.sort();
  if (fs.existsSync(path.join(root, 'tsconfig.json'))) stamps.push(stamp(path.join(root, 'tsconfig.json')));
  stamps.push(`esbuild ${esbuildVersion}`);
  return createHash('sha256').update(stamps.join('\n')).digest('hex').slice(0, 16);
}

/**
 * Bundles src/cli/fast-entry.ts into `file`: written to a temporary file and
 * renamed, so a process running at the same time sees the whole bundle or none.
 * Older bundles are removed.
 */
async function build(dir, file) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(srcDir, 'cli/fast-entry.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  // import.meta would describe the bundle's place, not the source file's.
  if (code.includes('import.meta')) throw new Error('the bundle would depend on where it lies');
  fs.mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, code);
  fs.renameSync(temp, file);
  for (const name of fs.readdirSync(dir)) {
    const other = path.join(dir, name);
    if (!name.startsWith('align-') || other === file) continue;
    try {
      if (name.endsWith('.mjs') || (name.endsWith('.tmp') && Date.now() - fs.statSync(other).mtimeMs > STALE_TEMP_MS)) fs.rmSync(other, { force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
