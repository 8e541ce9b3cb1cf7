// Bundles of the TypeScript sources, run with plain node. Loading the sources
// through tsx costs every process (and every compute worker thread) tsx's own
// loader and a module graph compiled file by file: a server started through
// tsx held about 190 MB at rest, from a bundle about 120 MB, and each worker
// thread about 75 MB more through tsx. A bundle is built with esbuild on first
// use into node_modules/.cache/sejajar/ (SEJAJAR_CACHE_DIR moves it), named
// by what it was built from, and reused while none of those files has
// changed; processes building at once agree on the name and each writes the
// whole file or nothing. Packages stay outside the bundle (Node loads them
// from node_modules as before). If a bundle cannot be built or loaded, the
// caller falls back to tsx; SEJAJAR_NO_BUNDLE=1 always does.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Built-in modules through require: importing them as ES modules costs a few
// milliseconds each at start, which `sejajar align` is measured by.
const require = createRequire(import.meta.url);
const fs = require('node:fs');

/** A temporary file this old is left from a build that died; a running build is much quicker. */
const STALE_TEMP_MS = 60_000;

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const root = path.dirname(srcDir);

/** The bundles and the source each is built from. */
export const BUNDLES = {
  /** `sejajar align` and the usage text, which must start fast. */
  align: 'src/cli/fast-entry.ts',
  /** Every other command, the server among them. */
  cli: 'src/cli/bundled-entry.ts',
  /** The tasks a compute worker thread runs. */
  compute: 'src/compute/envelope.ts',
};

/** True when SEJAJAR_NO_BUNDLE asks for the sources through tsx. */
export const bundlesDisabled = () => !['', '0', undefined].includes(process.env.SEJAJAR_NO_BUNDLE);

const cacheDir = () => path.resolve(process.env.SEJAJAR_CACHE_DIR || path.join(root, 'node_modules/.cache/sejajar'));

/** The path of bundle `name` (one of BUNDLES), built first if it is missing or stale. */
async function bundleFile(name) {
  const dir = cacheDir();
  return freshBundle(dir, name) ?? (await build(dir, name, BUNDLES[name]));
}

/** The module of bundle `name` (one of BUNDLES); null if it cannot be built or loaded, or bundles are off. */
export async function loadBundle(name) {
  if (bundlesDisabled()) return null;
  try {
    return await import(pathToFileURL(await bundleFile(name)).href);
  } catch {
    return null;
  }
}

/** The bundle file, if it exists, was built for this project's place, and no file it was built from has changed since. */
function freshBundle(dir, name) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(manifest.inputs) || typeof manifest.bundle !== 'string' || manifest.root !== root) return null;
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
 * A source that finds its files through import.meta (the project's folders,
 * the compute worker's entry) would, bundled, find them beside the bundle:
 * each source file's own place is written into it instead. The bundle is
 * then tied to where the project lies, which its manifest records.
 */
const ownPlace = {
  name: 'own-place',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const code = fs.readFileSync(args.path, 'utf8');
      if (!code.includes('import.meta')) return undefined;
      return {
        loader: 'ts',
        contents: code
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      };
    });
  },
};

/**
 * Bundles `entry`, then records what it was built from: the source files
 * esbuild read, tsconfig.json and esbuild's own package.json. Older bundles
 * of the same name are removed. Returns the bundle's path.
 */
async function build(dir, name, entry) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    plugins: [ownPlace],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  // Whatever is left would describe the bundle's place, not the source file's.
  if (code.includes('import.meta')) throw new Error('the bundle would depend on where it lies');
  const extra = [path.join(root, 'tsconfig.json'), require.resolve('esbuild/package.json')].filter((f) => fs.existsSync(f));
  const inputs = stamps([...Object.keys(result.metafile.inputs), ...extra.map((f) => path.relative(root, f))]);
  const file = `${name}-${nameHash(JSON.stringify([root, inputs]))}.mjs`;
  fs.mkdirSync(dir, { recursive: true });
  writeWhole(path.join(dir, file), code);
  writeWhole(path.join(dir, `${name}.json`), JSON.stringify({ bundle: file, root, inputs }));
  for (const other of fs.readdirSync(dir)) {
    if (!other.startsWith(`${name}-`) || other === file) continue;
    try {
      const full = path.join(dir, other);
      if (other.endsWith('.mjs') || (other.endsWith('.tmp') && Date.now() - fs.statSync(full).mtimeMs > STALE_TEMP_MS)) fs.rmSync(full, { force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
  return path.join(dir, file);
}

// `node src/bin/bundle.mjs` (npm's prepare script) builds every bundle ahead
// of use, so neither the first command nor the first worker waits for one.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const name of Object.keys(BUNDLES)) await bundleFile(name);
}
