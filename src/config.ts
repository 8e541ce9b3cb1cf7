import path from 'node:path';

/** Everything Sejajar reads from the environment, with defaults that need no set-up. */
export interface Config {
  port: number;
  dataDir: string;
  /** SQLite database file inside dataDir. */
  databaseFile: string;
  /** Largest accepted document text (each language), in bytes of UTF-8. */
  maxDocumentBytes: number;
  /** Largest accepted request body or upload, in bytes. */
  maxRequestBytes: number;
  seedsDir: string;
  localesDir: string;
  viewsDir: string;
  /** DeepL API key; null leaves machine translation off. */
  deeplAuthKey: string | null;
  /** DeepL server, e.g. https://api-free.deepl.com; null lets the key decide. */
  deeplServerUrl: string | null;
  /** DeepL requests in flight at once per translation job. */
  translateConcurrency: number;
  /**
   * Paragraphs per DeepL request (1–50). DeepL gives one context to a whole
   * request, so with 1 every paragraph is translated with its own neighbours
   * as context; more means fewer requests but shared context.
   */
  translateTextsPerRequest: number;
}

const projectRoot = path.resolve(import.meta.dirname, '..');

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR || path.join(process.cwd(), 'data'));
  const maxDocumentBytes = intFromEnv(env, 'MAX_DOCUMENT_BYTES', 2 * 1024 * 1024);
  return {
    port: intFromEnv(env, 'PORT', 3000),
    dataDir,
    databaseFile: path.join(dataDir, 'sejajar.sqlite'),
    maxDocumentBytes,
    // Room for the source, the translation and the form around them.
    maxRequestBytes: intFromEnv(env, 'MAX_REQUEST_BYTES', 2 * maxDocumentBytes + 64 * 1024),
    seedsDir: path.join(projectRoot, 'seeds'),
    localesDir: path.join(projectRoot, 'locales'),
    viewsDir: path.join(projectRoot, 'views'),
    deeplAuthKey: env.DEEPL_AUTH_KEY?.trim() || null,
    deeplServerUrl: env.DEEPL_SERVER_URL?.trim() || null,
    translateConcurrency: intFromEnv(env, 'TRANSLATE_CONCURRENCY', 2),
    translateTextsPerRequest: Math.min(intFromEnv(env, 'TRANSLATE_TEXTS_PER_REQUEST', 1), 50),
  };
}
