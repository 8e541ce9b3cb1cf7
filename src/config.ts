import os from 'node:os';
import path from 'node:path';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './import/formats/blocks';
import type { DatabaseLocation } from './store/dialect';

/** Everything Sejajar reads from the environment, with defaults that need no set-up. */
export interface Config {
  port: number;
  /** The address readers reach this server at (PUBLIC_URL, no trailing slash); null when not known. */
  publicUrl: string | null;
  dataDir: string;
  /** SQLite database file inside dataDir, used when no databaseUrl is set. */
  databaseFile: string;
  /** postgres:// URL of a shared PostgreSQL database; null keeps the embedded SQLite file. */
  databaseUrl: string | null;
  /** Most PostgreSQL connections one instance opens. */
  databasePoolSize: number;
  /** Express "trust proxy": which proxies may set X-Forwarded-For/-Proto (false: none). */
  trustProxy: boolean | number | string;
  /** Largest accepted document text (each language), in bytes of UTF-8. */
  maxDocumentBytes: number;
  /** Largest accepted request body or upload, in bytes. */
  maxRequestBytes: number;
  /** Largest URL-encoded form body (sign-in, account and admin forms), in bytes. */
  maxFormBytes: number;
  /** Most paragraphs accepted on either side of a document. */
  maxParagraphs: number;
  /** Largest accepted glossary file (CSV or TBX), in bytes. */
  maxGlossaryBytes: number;
  /** What an imported PDF, EPUB, Word, web page or subtitle file may hold: bytes, pages, archive entries and unpacked bytes, cues. */
  fileLimits: FileLimits;
  seedsDir: string;
  localesDir: string;
  viewsDir: string;
  accounts: AccountSettings;
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
  /**
   * How long a claimed translation job stays this instance's without a
   * heartbeat; after that another instance may take it over.
   */
  translateLeaseMs: number;
  /** How often a running job's lease is renewed; well under the lease. */
  translateHeartbeatMs: number;
  /** How often an instance looks for queued jobs and expired leases. */
  translatePollMs: number;
  /** Longest time a client may take to send one whole request (headers and body). */
  requestTimeoutMs: number;
  /** How often a server removes what has expired (sessions, sign-in attempts). */
  housekeepingIntervalMs: number;
  /** Most worker threads aligning, importing and exporting large documents beside the event loop. */
  workerThreads: number;
  /** The nice value (0–19) of those threads: above the server's 0, so answering is scheduled first under load. */
  workerNice: number;
  /** Most bytes of ready answers (anonymous reader pages, API documents, their compressed copies) kept in memory. */
  answerCacheBytes: number;
  /** Least severe log lines written: trace, debug, info, warn, error, fatal, or silent. */
  logLevel: string;
  /** Bearer token that opens GET /metrics on the server's own port; null keeps it closed there. */
  metricsToken: string | null;
  /** Port of a second listener on 127.0.0.1 that serves only /metrics, without a token; null for none. */
  metricsPort: number | null;
  /** After SIGTERM, how long requests in flight may take before their connections are closed. */
  shutdownTimeoutMs: number;
}

export interface AccountSettings {
  /** log2 of scrypt's cost parameter N for new password hashes. */
  scryptCost: number;
  sessionTtlMs: number;
  setupLinkTtlMs: number;
  /** Failed sign-ins allowed within the window per account from one client address (or from one known browser). */
  maxFailuresPerAccount: number;
  /** Failed sign-ins allowed within the window per client address, whichever accounts it tries. */
  maxFailuresPerAddress: number;
  /** Failed sign-ins allowed within the window per account from all clients not known to it together. */
  maxFailuresPerAccountTotal: number;
  failureWindowMs: number;
}

const HOUR = 3_600_000;
const projectRoot = path.resolve(import.meta.dirname, '..');

/** WORKER_NICE: 0 (the server's own priority) to 19 (the lowest). */
function niceFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 10;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 19) throw new Error(`WORKER_NICE must be a whole number from 0 to 19, got "${raw}"`);
  return value;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  }
  return value;
}

/** TRUST_PROXY: "true", a hop count, or addresses/subnets as Express understands them. */
function trustProxyFromEnv(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** PUBLIC_URL: an http(s) address; a trailing slash is dropped so paths can be appended. */
function publicUrlFromEnv(raw: string | undefined): string | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an http:// or https:// address, got "${value}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`PUBLIC_URL must be an http:// or https:// address, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

function databaseUrlFromEnv(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (!/^postgres(ql)?:\/\//i.test(raw.trim())) {
    throw new Error(`DATABASE_URL must be a postgres:// URL, got "${raw.replace(/\/\/[^@/]*@/, '//***@')}"`);
  }
  return raw.trim();
}

function scryptCostFromEnv(env: NodeJS.ProcessEnv): number {
  const cost = intFromEnv(env, 'SCRYPT_COST', 17);
  if (cost < 10 || cost > 20) throw new Error(`SCRYPT_COST must be between 10 and 20, got ${cost}`);
  return cost;
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

function logLevelFromEnv(raw: string | undefined): string {
  const level = raw?.trim().toLowerCase() || 'info';
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** A token short enough to guess would open the metrics to anyone; the value itself is never echoed. */
function metricsTokenFromEnv(raw: string | undefined): string | null {
  const token = raw?.trim() ?? '';
  if (token === '') return null;
  if (token.length < 24) throw new Error(`METRICS_TOKEN must be at least 24 characters long (it has ${token.length})`);
  return token;
}

/**
 * The file limits. A PDF, EPUB or Word file carries fonts and markup beside its
 * text, so it may be larger than the text limit, by default twice it; smaller
 * than the text limit, no file could hold a text the intake takes.
 */
function fileLimitsFromEnv(env: NodeJS.ProcessEnv, maxDocumentBytes: number): FileLimits {
  const maxFileBytes = intFromEnv(env, 'MAX_FILE_BYTES', 2 * maxDocumentBytes);
  if (maxFileBytes < maxDocumentBytes) {
    throw new Error(`MAX_FILE_BYTES must be at least MAX_DOCUMENT_BYTES (${maxDocumentBytes}), got ${maxFileBytes}`);
  }
  return {
    maxFileBytes,
    maxPages: intFromEnv(env, 'MAX_PDF_PAGES', DEFAULT_FILE_LIMITS.maxPages),
    maxEntries: intFromEnv(env, 'MAX_ARCHIVE_ENTRIES', DEFAULT_FILE_LIMITS.maxEntries),
    maxUnpackedBytes: intFromEnv(env, 'MAX_ARCHIVE_UNPACKED_BYTES', DEFAULT_FILE_LIMITS.maxUnpackedBytes),
    maxCues: intFromEnv(env, 'MAX_SUBTITLE_CUES', DEFAULT_FILE_LIMITS.maxCues),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR || path.join(process.cwd(), 'data'));
  const maxDocumentBytes = intFromEnv(env, 'MAX_DOCUMENT_BYTES', 2 * 1024 * 1024);
  return {
    port: intFromEnv(env, 'PORT', 3000),
    publicUrl: publicUrlFromEnv(env.PUBLIC_URL),
    dataDir,
    databaseFile: path.join(dataDir, 'sejajar.sqlite'),
    databaseUrl: databaseUrlFromEnv(env.DATABASE_URL),
    databasePoolSize: intFromEnv(env, 'DATABASE_POOL_SIZE', 10),
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    maxDocumentBytes,
    // Room for the source, the translation and the form around them.
    maxRequestBytes: intFromEnv(env, 'MAX_REQUEST_BYTES', 2 * maxDocumentBytes + 64 * 1024),
    maxFormBytes: intFromEnv(env, 'MAX_FORM_BYTES', 64 * 1024),
    maxParagraphs: intFromEnv(env, 'MAX_PARAGRAPHS', 20_000),
    maxGlossaryBytes: intFromEnv(env, 'MAX_GLOSSARY_BYTES', 5 * 1024 * 1024),
    fileLimits: fileLimitsFromEnv(env, maxDocumentBytes),
    seedsDir: path.join(projectRoot, 'seeds'),
    localesDir: path.join(projectRoot, 'locales'),
    viewsDir: path.join(projectRoot, 'views'),
    accounts: {
      scryptCost: scryptCostFromEnv(env),
      sessionTtlMs: intFromEnv(env, 'SESSION_TTL_HOURS', 14 * 24) * HOUR,
      setupLinkTtlMs: intFromEnv(env, 'SETUP_LINK_TTL_HOURS', 24) * HOUR,
      maxFailuresPerAccount: intFromEnv(env, 'SIGNIN_MAX_FAILURES', 5),
      maxFailuresPerAddress: intFromEnv(env, 'SIGNIN_MAX_FAILURES_PER_ADDRESS', 50),
      maxFailuresPerAccountTotal: intFromEnv(env, 'SIGNIN_MAX_FAILURES_PER_ACCOUNT', 100),
      failureWindowMs: intFromEnv(env, 'SIGNIN_WINDOW_MINUTES', 15) * 60_000,
    },
    deeplAuthKey: env.DEEPL_AUTH_KEY?.trim() || null,
    deeplServerUrl: env.DEEPL_SERVER_URL?.trim() || null,
    translateConcurrency: intFromEnv(env, 'TRANSLATE_CONCURRENCY', 2),
    translateTextsPerRequest: Math.min(intFromEnv(env, 'TRANSLATE_TEXTS_PER_REQUEST', 1), 50),
    translateLeaseMs: intFromEnv(env, 'TRANSLATE_LEASE_MS', 60_000),
    translateHeartbeatMs: intFromEnv(env, 'TRANSLATE_HEARTBEAT_MS', 15_000),
    translatePollMs: intFromEnv(env, 'TRANSLATE_POLL_MS', 3_000),
    // 60 s lets a 4 MiB body (a document and its translation) arrive at 0.6 Mbit/s, and frees a connection that trickles.
    requestTimeoutMs: intFromEnv(env, 'REQUEST_TIMEOUT_SECONDS', 60) * 1000,
    housekeepingIntervalMs: intFromEnv(env, 'HOUSEKEEPING_MINUTES', 15) * 60_000,
    // One core stays with the event loop, which answers every request.
    workerThreads: intFromEnv(env, 'WORKER_THREADS', Math.max(1, os.availableParallelism() - 1)),
    workerNice: niceFromEnv(env.WORKER_NICE),
    answerCacheBytes: intFromEnv(env, 'ANSWER_CACHE_MB', 64) * 1024 * 1024,
    logLevel: logLevelFromEnv(env.LOG_LEVEL),
    metricsToken: metricsTokenFromEnv(env.METRICS_TOKEN),
    metricsPort: env.METRICS_PORT ? intFromEnv(env, 'METRICS_PORT', 0) : null,
    shutdownTimeoutMs: intFromEnv(env, 'SHUTDOWN_TIMEOUT_SECONDS', 25) * 1000,
  };
}

/**
 * The largest body any route accepts: a request declaring more is refused
 * before it is read. Glossary files may exceed MAX_REQUEST_BYTES; the room
 * covers a multipart form's boundaries and fields around the file.
 */
export function largestRequestBody(config: Config): number {
  return Math.max(config.maxRequestBytes, config.maxGlossaryBytes + 64 * 1024);
}

/** The same settings with the library in another database: a SQLite file path or a postgres:// URL. */
export function withDatabaseAt(config: Config, location: string): Config {
  return /^postgres(ql)?:\/\//i.test(location)
    ? { ...config, databaseUrl: location }
    : { ...config, databaseUrl: null, databaseFile: location };
}

/** The library's database: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function databaseLocation(config: Config): DatabaseLocation {
  return config.databaseUrl
    ? { dialect: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
    : { dialect: 'sqlite', file: config.databaseFile };
}
