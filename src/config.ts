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
  /** Largest accepted glossary file (CSV or TBX), in bytes. */
  maxGlossaryBytes: number;
  seedsDir: string;
  localesDir: string;
  viewsDir: string;
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
    maxGlossaryBytes: intFromEnv(env, 'MAX_GLOSSARY_BYTES', 5 * 1024 * 1024),
    seedsDir: path.join(projectRoot, 'seeds'),
    localesDir: path.join(projectRoot, 'locales'),
    viewsDir: path.join(projectRoot, 'views'),
  };
}
