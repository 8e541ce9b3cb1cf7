import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { once } from 'node:events';
import zlib from 'node:zlib';

/*
 * The backup file: gzip-compressed JSON lines, the same for a SQLite and a
 * PostgreSQL library, so a backup restores into either.
 *
 *   {"format":"sejajar-backup","version":1,"createdAt":...,"migrations":[...],"tables":[{"name":"users","columns":[...]}, ...]}
 *   [0,[1,"ayu","editor",...]]          one line per row: the table's index in the header, then its values
 *   ...
 *   {"end":true,"rows":{"users":3,...},"sha256":"..."}
 *
 * Tables come parents first (the copy order of store/copy-database.ts), so
 * loading them in file order satisfies every foreign key. The last line
 * holds the row count of every table and the SHA-256 of every byte before
 * it: a file cut short has no last line, a changed byte changes the sum (or
 * breaks the gzip stream), and either is refused before a row is written.
 */

export const BACKUP_FORMAT = 'sejajar-backup';
export const BACKUP_VERSION = 1;

export interface BackupTable {
  name: string;
  columns: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The database the backup was taken from: sqlite or postgres. */
  source: string;
  /** Every schema migration the library had run; a restore needs a Sejajar that knows them all. */
  migrations: string[];
  tables: BackupTable[];
}

interface BackupFooter {
  end: true;
  rows: Record<string, number>;
  sha256: string;
}

/** A value in a row: all Sejajar stores (text, integers, reals, null). */
export type BackupValue = string | number | null;

/** The file is not a backup this version can read, or it is damaged or cut short. */
export class BackupFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file} cannot be restored: ${problem}. Nothing was written.`);
    this.name = 'BackupFileError';
  }
}

/** Writes a backup file line by line, summing what it writes; the file appears under its name only once complete. */
export class BackupWriter {
  private readonly hash: Hash = createHash('sha256');
  private readonly gzip = zlib.createGzip({ level: 6 });
  private readonly output: fs.WriteStream;
  private readonly counts = new Map<string, number>();
  private readonly partial: string;
  private readonly tableIndex: Map<string, number>;
  private failure?: Error;

  constructor(
    private readonly file: string,
    private readonly header: BackupHeader,
  ) {
    this.partial = `${file}.partial`;
    this.output = fs.createWriteStream(this.partial, { mode: 0o600 });
    // A full disk or a folder that went away: kept and thrown by the next write, not left to crash the process.
    this.output.on('error', (err) => (this.failure ??= err));
    this.gzip.pipe(this.output);
    this.tableIndex = new Map(header.tables.map((t, i) => [t.name, i]));
    for (const t of header.tables) this.counts.set(t.name, 0);
  }

  async start(): Promise<void> {
    await this.line(JSON.stringify(this.header));
  }

  async rows(table: string, columns: string[], rows: Record<string, unknown>[]): Promise<void> {
    const index = this.tableIndex.get(table);
    if (index === undefined) throw new Error(`Table "${table}" is not in the backup's header.`);
    let text = '';
    for (const row of rows) text += `${JSON.stringify([index, columns.map((c) => portableValue(table, c, row[c]))])}\n`;
    await this.write(text);
    this.counts.set(table, this.counts.get(table)! + rows.length);
  }

  /** Writes the last line, flushes the file to disk and gives it its name. */
  async finish(): Promise<Record<string, number>> {
    const rows = Object.fromEntries(this.counts);
    const footer: BackupFooter = { end: true, rows, sha256: this.hash.digest('hex') };
    this.gzip.end(`${JSON.stringify(footer)}\n`);
    await once(this.output, 'close');
    if (this.failure) throw this.failure;
    const handle = await fs.promises.open(this.partial, 'r');
    await handle.sync().finally(() => handle.close());
    await fs.promises.rename(this.partial, this.file);
    return rows;
  }

  /** Removes what was written after a failure. */
  async abandon(): Promise<void> {
    this.gzip.destroy();
    this.output.destroy();
    await fs.promises.rm(this.partial, { force: true });
  }

  private async line(text: string): Promise<void> {
    await this.write(`${text}\n`);
  }

  private async write(lines: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.hash.update(lines);
    if (!this.gzip.write(lines)) await once(this.gzip, 'drain');
  }
}

function portableValue(table: string, column: string, value: unknown): BackupValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new Error(`${table}.${column} holds a ${typeof value} value, which a backup cannot carry.`);
}

export interface BackupRows {
  table: BackupTable;
  rows: BackupValue[][];
}

/**
 * Reads a backup file from the start, checking as it goes, and hands its rows
 * to `onRows` in batches of at most `batchSize` rows of one table. Throws a
 * BackupFileError for anything wrong: not gzip, not a backup, another version,
 * a damaged line, a count or checksum that does not match, no last line.
 * The checksum is known only at the end, so a caller that must not write
 * from a bad file reads it once without `onRows` first.
 */
export async function readBackup(
  file: string,
  onRows?: (batch: BackupRows) => Promise<void>,
  batchSize = 500,
): Promise<{ header: BackupHeader; rows: Record<string, number> }> {
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  let streamError: Error | undefined;
  const fail = (err: Error) => (streamError ??= err);
  input.on('error', fail);
  gunzip.on('error', fail);
  const lines = readline.createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  const hash = createHash('sha256');
  const refuse = (problem: string) => new BackupFileError(file, problem);

  let header: BackupHeader | undefined;
  let footer: BackupFooter | undefined;
  const counts = new Map<string, number>();
  let pending: BackupRows | undefined;
  const flush = async () => {
    if (pending && pending.rows.length > 0 && onRows) await onRows(pending);
    pending = undefined;
  };

  try {
    for await (const line of lines) {
      if (footer) throw refuse('there is more after its last line');
      if (!header) {
        header = parseHeader(line, refuse);
        for (const t of header.tables) counts.set(t.name, 0);
        hash.update(`${line}\n`);
        continue;
      }
      if (line.startsWith('{')) {
        footer = parseFooter(line, refuse);
        continue;
      }
      hash.update(`${line}\n`);
      const [index, values] = parseRow(line, header, refuse);
      const table = header.tables[index]!;
      counts.set(table.name, counts.get(table.name)! + 1);
      if (!onRows) continue;
      if (pending && (pending.table !== table || pending.rows.length >= batchSize)) await flush();
      pending ??= { table, rows: [] };
      pending.rows.push(values);
    }
  } catch (err) {
    if (err instanceof BackupFileError) throw err;
    throw refuse(describeStreamError(err as Error));
  } finally {
    lines.close();
    input.destroy();
  }
  if (streamError) throw refuse(describeStreamError(streamError));
  if (!header) throw refuse('it is empty');
  if (!footer) throw refuse('it is cut short (its last line, with the checksum, is missing)');
  if (footer.sha256 !== hash.digest('hex')) throw refuse('its checksum does not match its contents (the file was changed or damaged)');
  for (const [table, expected] of Object.entries(footer.rows)) {
    if (counts.get(table) !== expected) throw refuse(`it lists ${expected} rows of ${table} but holds ${counts.get(table) ?? 0}`);
  }
  await flush();
  return { header, rows: footer.rows };
}

function describeStreamError(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'Z_DATA_ERROR' && /incorrect header check/.test(err.message)) return 'it is not a Sejajar backup (not gzip-compressed)';
  if (code === 'Z_BUF_ERROR' || /unexpected end/.test(err.message)) return 'it is cut short (the compressed data ends early)';
  if (typeof code === 'string' && code.startsWith('Z_')) return `it is damaged (${err.message})`;
  return err.message;
}

function parseJson(line: string, refuse: (problem: string) => Error, what: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw refuse(`its ${what} is damaged`);
  }
}

function parseHeader(line: string, refuse: (problem: string) => Error): BackupHeader {
  const value = parseJson(line, () => refuse('it is not a Sejajar backup'), 'first line') as Partial<BackupHeader> | null;
  if (value?.format !== BACKUP_FORMAT) throw refuse('it is not a Sejajar backup');
  if (value.version !== BACKUP_VERSION) {
    throw refuse(`it is in backup format version ${String(value.version)}, and this Sejajar reads version ${BACKUP_VERSION}`);
  }
  const tablesValid =
    Array.isArray(value.tables) &&
    value.tables.every((t) => typeof t?.name === 'string' && Array.isArray(t.columns) && t.columns.every((c) => typeof c === 'string'));
  if (!tablesValid || !Array.isArray(value.migrations)) throw refuse('its header is damaged');
  return value as BackupHeader;
}

function parseFooter(line: string, refuse: (problem: string) => Error): BackupFooter {
  const value = parseJson(line, refuse, 'last line') as Partial<BackupFooter> | null;
  if (value?.end !== true || typeof value.sha256 !== 'string' || typeof value.rows !== 'object' || value.rows === null) {
    throw refuse('its last line is damaged');
  }
  return value as BackupFooter;
}

function parseRow(line: string, header: BackupHeader, refuse: (problem: string) => Error): [number, BackupValue[]] {
  const value = parseJson(line, refuse, 'data') as unknown;
  if (Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && Array.isArray(value[1])) {
    const table = header.tables[value[0] as number];
    if (table && (value[1] as unknown[]).length === table.columns.length) return value as [number, BackupValue[]];
  }
  throw refuse('a row in it is damaged');
}
