/**
 * The learner's scripts and styles as a browser receives them. Built once when the app starts:
 * esbuild minifies them and joins the small files of one part into one, each is named by a hash
 * of its content (so a browser may keep it for a year without asking again), and each is
 * compressed once, brotli and gzip, off the event loop (zlib's threads), so sending one is a write.
 *
 * Two parts: what the reader page needs as it opens (reading modes and comfort settings, long
 * texts, the loader, and every style, the popover's too), and what the reader's first move brings
 * (the word popover's script, statuses and listening): a visit that only reads pays for the first
 * part alone (learn-load.js). The popover's styles come with the page: a stylesheet added at the
 * first tap would have the browser restyle a long page before it could show the popover.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { transform } from 'esbuild';
import { Router } from 'express';
import { chooseEncoding, type Encoding } from '../page-cache';

/** The built files by the name templates use (`learnerAssets['reader.js']`), each from its sources in views/assets, in order. */
const WORDS_PART = { 'words.js': ['learn-words.js', 'learn-speech.js'] };
const READER_PART = { 'reader.js': ['learn-settings.js', 'learn-long.js', 'learn-load.js'], 'reader.css': ['learn.css', 'learn-words.css'] };
export type LearnerAssetName = keyof typeof WORDS_PART | keyof typeof READER_PART;

const PREFIX = '/assets/learn/';

interface BuiltFile {
  type: string;
  bodies: Record<Encoding | 'identity', Buffer>;
}

export interface LearnerAssets {
  /** Address of each built file, for the templates (app.locals.learnerAssets). */
  urls: Record<LearnerAssetName, string>;
  files: Map<string, BuiltFile>;
}

const built = new Map<string, Promise<LearnerAssets>>();

/** The learner's assets made from `viewsDir`, built once per process (tests make many apps). */
export function learnerAssets(viewsDir: string): Promise<LearnerAssets> {
  let assets = built.get(viewsDir);
  if (!assets) {
    assets = buildAssets(path.join(viewsDir, 'assets'));
    built.set(viewsDir, assets);
    assets.catch(() => built.delete(viewsDir));
  }
  return assets;
}

async function buildAssets(dir: string): Promise<LearnerAssets> {
  const files = new Map<string, BuiltFile>();
  const urls = {} as Record<LearnerAssetName, string>;
  const add = async (part: Record<string, string[]>, define: Record<string, string>) => {
    for (const [name, sources] of Object.entries(part)) {
      const { file, url } = await buildFile(dir, name, sources, define);
      files.set(path.basename(url), file);
      urls[name as LearnerAssetName] = url;
    }
  };
  await add(WORDS_PART, {});
  // The loader names the second part's script by its hashed address.
  await add(READER_PART, { LEARN_WORDS_SCRIPT: JSON.stringify(urls['words.js']) });
  return { urls, files };
}

async function buildFile(dir: string, name: string, sources: string[], define: Record<string, string>): Promise<{ file: BuiltFile; url: string }> {
  const texts = await Promise.all(sources.map((source) => fs.readFile(path.join(dir, source), 'utf8')));
  const css = name.endsWith('.css');
  // Each script is its own function expression; the semicolon keeps two of them apart.
  const minified = await transform(texts.join(css ? '\n' : ';\n'), { loader: css ? 'css' : 'js', minify: true, target: css ? 'chrome100' : 'es2017', define });
  const body = Buffer.from(minified.code);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
  const [br, gzip] = await Promise.all([
    promisify(zlib.brotliCompress)(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    promisify(zlib.gzip)(body, { level: 9 }),
  ]);
  const [base, ext] = name.split('.');
  const type = css ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  return { file: { type, bodies: { identity: body, br, gzip } }, url: `${PREFIX}${base}.${hash}.${ext}` };
}

/** Serves the built files: the encoding the browser accepts, kept for a year (a new content is a new name). */
export function learnerAssetsRouter(assets: LearnerAssets): Router {
  const router = Router();
  router.get(`${PREFIX}:file`, (req, res, next) => {
    const file = assets.files.get(req.params.file);
    if (!file) {
      next();
      return;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const body = file.bodies[encoding ?? 'identity'];
    res.setHeader('Content-Type', file.type);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.end(body);
  });
  return router;
}
