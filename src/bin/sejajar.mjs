#!/usr/bin/env node
// The `sejajar` command runs the TypeScript sources directly through tsx, except
// `align` and the usage text: those must start fast, so they run with plain node
// from a bundle of src/cli/fast-entry.ts. The bundle is built with esbuild on
// first use into node_modules/.cache/sejajar/ (SEJAJAR_CACHE_DIR moves it) and
// reused while none of the files it was built from has changed. If it cannot be
// built or loaded, tsx runs the command as before; SEJAJAR_NO_BUNDLE=1 always
// uses tsx.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Built-in modules through require: importing them as ES modules costs a few
// milliseconds each at start, which this command is measured by.
const require = createRequire(import.meta.url);
const fs = require('node:fs');

/** First arguments that src/cli/fast-entry.ts handles exactly as src/cli.ts does. */
const BUNDLED = new Set([undefined, 'align', '--help', '-h', 'help']);
/** Names the bundle and the files it was built from, with their sizes and mtimes. */
const MANIFEST = 'align.json';
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
if (fast) require('node:v8').setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
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
    const file = freshBundle(dir) ?? (await build(dir));
    const loaded = await import(pathToFileURL(file).href);
    return typeof loaded.runFast === 'function' ? loaded : null;
  } catch {
    return null;
  }
}

/** The bundle file, if it exists and no file it was built from has changed since. */
function freshBundle(dir) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(manifest.inputs) || typeof manifest.bundle !== 'string') return null;
  for (const [file, size, mtimeMs] of manifest.inputs) {
    const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    if (!stat || stat.size !== size || stat.mtimeMs !== mtimeMs) return null;
  }
  const file = path.join(dir, manifest.bundle);
  return fs.existsSync(file) ? file : null;
}

/** [file relative to the project, size, mtime] of each file. */
function stamps(files) {
  return files.map((file) => {
    const stat = fs.statSync(path.join(root, file));
    return [file, stat.size, stat.mtimeMs];
  });
}

/** FNV-1a: names the bundle by its inputs' stamps, so processes building at once agree on the name. */
function nameHash(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** Writes `text` to `file` through a temporary file, so a process reading it at the same time sees all of it or none. */
function writeWhole(file, text) {
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}

/**
 * Bundles src/cli/fast-entry.ts, then records what it was built from: the
 * source files esbuild read, tsconfig.json and esbuild's own package.json.
 * Older bundles are removed. Returns the bundle's path.
 */
async function build(dir) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(srcDir, 'cli/fast-entry.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  // import.meta would describe the bundle's place, not the source file's.
  if (code.includes('import.meta')) throw new Error('the bundle would depend on where it lies');
  const extra = [path.join(root, 'tsconfig.json'), require.resolve('esbuild/package.json')].filter((f) => fs.existsSync(f));
  const inputs = stamps([...Object.keys(result.metafile.inputs), ...extra.map((f) => path.relative(root, f))]);
  const name = `align-${nameHash(JSON.stringify(inputs))}.mjs`;
  fs.mkdirSync(dir, { recursive: true });
  writeWhole(path.join(dir, name), code);
  writeWhole(path.join(dir, MANIFEST), JSON.stringify({ bundle: name, inputs }));
  for (const other of fs.readdirSync(dir)) {
    if (!other.startsWith('align') || other === name || other === MANIFEST) continue;
    try {
      const full = path.join(dir, other);
      if (other.endsWith('.mjs') || (other.endsWith('.tmp') && Date.now() - fs.statSync(full).mtimeMs > STALE_TEMP_MS)) fs.rmSync(full, { force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
  return path.join(dir, name);
}
