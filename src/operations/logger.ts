import { pino, type DestinationStream, type Logger } from 'pino';
import type pinoPretty from 'pino-pretty';
import { loadPackage } from '../load-package';

export type { Logger };

/** pino-pretty, loaded only for readable lines (a terminal, or asked for): a service logs JSON. */
const prettyLines = loadPackage<typeof pinoPretty>('pino-pretty');

/**
 * Field names that carry secrets. Nothing in Sejajar logs them (request lines
 * name the route pattern, never the URL, headers or body), so this is the
 * second line: a value logged under one of these names is replaced.
 */
const SECRET_FIELDS = ['password', 'token', 'authorization', 'cookie', 'headers', 'body', 'text', 'source', 'translation'];
const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]);

export interface LoggerOptions {
  level: string;
  /** Where lines go; standard output when absent. */
  destination?: DestinationStream;
  /** Human-readable lines instead of JSON; by default when standard output is a terminal. */
  pretty?: boolean;
}

/**
 * The server's log: one JSON object per line (for journald, a log shipper,
 * grep and jq), or readable lines (coloured in a terminal) when standard
 * output is a terminal or `pretty` asks for them.
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings = { level: options.level, base: { pid: process.pid }, redact: { paths: REDACT_PATHS, censor: '[hidden]' }, serializers: { err: errorFields } };
  const tty = !options.destination && process.stdout.isTTY === true;
  // Written by the thread pool, not the event loop: a line per answered request cost a busy server about 4% of its time in synchronous writes.
  if (!(options.pretty ?? tty)) return pino(settings, options.destination ?? pino.destination({ dest: 1, sync: false }));
  const readable = prettyLines()({ colorize: tty, sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', destination: options.destination ?? 1 });
  return pino(settings, readable);
}

/**
 * What is logged of an error: its kind, message, code and stack. Not the
 * rest of its fields: a database error carries the statement's values
 * (PostgreSQL's `detail`: "Key (name)=(...) already exists"), which may be
 * a user's text or name.
 */
function errorFields(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const code = (err as { code?: unknown }).code;
  return { type: err.name, message: err.message, ...(code !== undefined ? { code } : {}), stack: err.stack };
}

/** A logger that writes nothing: for commands and tests that do not look at the log. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
