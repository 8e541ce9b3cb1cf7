import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  DEFAULT_MIGRATION_LOCK_TABLE,
  DEFAULT_MIGRATION_TABLE,
  Kysely,
  OperationNodeTransformer,
  PostgresDialect,
  PostgresIntrospector,
  sql,
  SqliteDialect,
  SqliteIntrospector,
  type ColumnMetadata,
  type CreateTableBuilder,
  type DatabaseIntrospector,
  type DatabaseMetadataOptions,
  type KyselyPlugin,
  type PrimitiveValueListNode,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqliteDatabase,
  type TableMetadata,
  type ValueNode,
} from 'kysely';
import type pg from 'pg';
import { loadPackage } from '../load-package';
import { EventLoopTurns, registerTurns } from './event-loop-turns';
import { registerWriter } from './wal-checkpoints';
import { SqliteDialectWithReader } from './sqlite-reader';
import { withStatementCache } from './statement-cache';

/** pg, loaded only when a library is on PostgreSQL. */
const postgres = loadPackage<typeof pg>('pg');

/*
 * Everything that differs between SQLite and PostgreSQL lives in this file, so
 * that migrations and store code can stay free of `if (postgres)` branches.
 *
 * How a migration uses it (migrations receive `Kysely<any>`):
 *
 *   import { columnTypes } from '../dialect';
 *
 *   export async function up(db: Kysely<any>) {
 *     const t = columnTypes(db);
 *     await db.schema
 *       .createTable('glossary_terms')
 *       .$call(t.id)                                    // auto-numbered integer primary key "id"
 *       .addColumn('weight', t.real, (c) => c.notNull()) // a float: real / double precision
 *       .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1)) // a yes/no: 0 or 1 on both
 *       .addColumn('data_json', 'text')                 // JSON is kept as text on both
 *       .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(t.nowText))
 *       .execute();
 *   }
 *
 * Rules that keep SQL portable:
 * - Plain types only: 'text', 'integer' and the helpers above. No 'datetime', 'blob',
 *   'boolean', 'json', 'serial' or `autoIncrement()` written by hand.
 * - Times are ISO-8601 text written by the application (`new Date().toISOString()`);
 *   compare them as text, never with SQL date functions.
 * - Yes/no values are integers 0/1 (`flag`), compared with `= 1`; both drivers then
 *   return the same JS values.
 * - "Insert or ignore" / "upsert" through Kysely's `onConflict(...)`; new ids through
 *   `.returning('id')` (both support RETURNING).
 * - Aggregates (`count`, `sum`) come back from pg as int8/numeric; the pool below parses
 *   them as numbers, but still wrap them in Number() when reading.
 * - Case-insensitive matching: `where(col, likeOperator(db), pattern)` (LIKE on SQLite is
 *   already case-insensitive for ASCII; PostgreSQL needs ILIKE).
 * - Duplicate keys: catch with `isUniqueViolation(err)`, not by matching messages.
 * - ORDER BY on text: SQLite compares bytes, PostgreSQL uses the database collation.
 *   Order by ids/positions, or sort in JS (localeCompare) where users see the order.
 * - A comparison selected as a value (`select a = b as same`) is 0/1 on SQLite but
 *   true/false on PostgreSQL; compare in JS instead.
 * - Claims and version checks (a job taken by one worker, a save against version n):
 *   a conditional `update ... where id = ? and version = ?` and a look at
 *   `numUpdatedRows`. It is atomic on both; SQLite has no SELECT ... FOR UPDATE.
 * - State shared by several server instances (sessions, job claims, caches) goes in a
 *   table, never in process memory: with DATABASE_URL several instances share one library.
 */

export type DialectName = 'sqlite' | 'postgres';

export type DatabaseLocation =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string; poolSize?: number };

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** A database named by a SQLite file path or a postgres:// URL. */
export function parseLocation(location: string, poolSize?: number): DatabaseLocation {
  return POSTGRES_URL.test(location) ? { dialect: 'postgres', url: location, poolSize } : { dialect: 'sqlite', file: location };
}

/** The location with any password hidden, for messages. */
export function describeLocation(location: DatabaseLocation): string {
  if (location.dialect === 'sqlite') return location.file;
  const url = new URL(location.url);
  if (url.password) url.password = '***';
  return url.toString();
}

/** Creates a Kysely instance on the given database; it does not migrate. */
export function createKysely<DB>(location: DatabaseLocation): Kysely<DB> {
  return location.dialect === 'sqlite' ? openSqliteKysely<DB>(location.file) : openPostgresKysely<DB>(location);
}

function openSqliteKysely<DB>(file: string): Kysely<DB> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Another connection (the CLI, a second server) may hold the write lock briefly.
  sqlite.pragma('busy_timeout = 5000');
  // The pages a transaction changed and still holds are written to the log when it commits, on the
  // event loop: a 20,000-paragraph import's commit took 13–22 ms with the 16 MB cache, 8 ms with
  // 4 MB (the rest written as the cache fills, a statement at a time), for 3% more time inserting.
  sqlite.pragma('cache_size = -4000');
  const writer = immediateTransactions(withStatementCache(sqlite));
  // An in-memory database exists only on its own connection; a file gets a second one for reading.
  const turns = new EventLoopTurns();
  const dialect =
    file === ':memory:' ? new SqliteDialect({ database: writer }) : new SqliteDialectWithReader(writer, withStatementCache(openReader(file)), () => sqlite.inTransaction, turns);
  const db = new Kysely<DB>({ dialect, plugins: [dropNulPlugin, turns.plugin()] });
  registerTurns(db, turns);
  if (file !== ':memory:') registerWriter(db, sqlite, file);
  return db;
}

/** A connection that only reads (query_only); not opened read-only, which in WAL mode can miss what the writer adds. */
function openReader(file: string): SQLite.Database {
  const reader = new SQLite(file);
  reader.pragma('query_only = ON');
  reader.pragma('busy_timeout = 5000');
  return reader;
}

/**
 * In WAL mode a deferred transaction that has read and then writes fails at once with SQLITE_BUSY
 * when another process wrote in between: its snapshot is stale, and busy_timeout cannot help. Two
 * servers on one library (or a server and the CLI) would hit that, so every transaction begins
 * IMMEDIATE and waits for the write lock up front instead.
 */
function immediateTransactions(database: SqliteDatabase): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare: (query) => database.prepare(query === 'begin' ? 'begin immediate' : query),
  };
}

/**
 * PostgreSQL text cannot hold U+0000 (the statement fails), SQLite's can.
 * Text that is stored has passed the one intake (core/text/normalize.ts),
 * which drops every control character; this guard is for the rest: values
 * that are only looked up (a searched word, a sign-in name), where a NUL
 * must find nothing on both databases rather than fail on one of them.
 */
class DropNulCharacters extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === 'string' ? { ...node, value: withoutNul(node.value) } : node;
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...node, values: node.values.map((v) => (typeof v === 'string' ? withoutNul(v) : v)) };
  }
}

export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

const dropNul = new DropNulCharacters();
const dropNulPlugin: KyselyPlugin = {
  transformQuery: (args) => dropNul.transformNode(args.node),
  transformResult: async (args) => args.result,
};

const INT8_OID = 20;
const NUMERIC_OID = 1700;

// count(*) is int8 and sum()/avg() of integers is numeric in PostgreSQL; pg returns both
// as strings. Library figures stay far below 2^53, so numbers are safe and match SQLite.
const numericTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return postgres().types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function openPostgresKysely<DB>(location: { url: string; poolSize?: number }): Kysely<DB> {
  const pool = new (postgres().Pool)({ connectionString: location.url, max: location.poolSize ?? 10, types: numericTypes });
  // An idle client that loses its connection (server restart) must not crash the process.
  pool.on('error', (err) => console.error(`PostgreSQL connection error: ${err.message}`));
  return new Kysely<DB>({ dialect: new CurrentSchemaPostgresDialect({ pool }), plugins: [dropNulPlugin] });
}

/**
 * Kysely's PostgreSQL introspector reads the columns of every schema in the
 * database, and fails when another schema is dropped at that moment (another
 * application, or parallel tests). The migrator introspects at every start,
 * so Sejajar looks only at its own schema: the first existing one of search_path.
 */
class CurrentSchemaPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new CurrentSchemaIntrospector(db);
  }
}

interface ColumnRow {
  schema: string;
  table: string;
  kind: string;
  column: string;
  data_type: string;
  data_type_schema: string;
  not_null: boolean;
  has_default: boolean;
  auto_incrementing: boolean;
  comment: string | null;
}

const KYSELY_TABLES = [DEFAULT_MIGRATION_TABLE, DEFAULT_MIGRATION_LOCK_TABLE];

class CurrentSchemaIntrospector extends PostgresIntrospector {
  constructor(private readonly db: Kysely<any>) {
    super(db);
  }

  override async getTables(options: DatabaseMetadataOptions = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow>`
      select ns.nspname as schema, c.relname as table, c.relkind as kind, a.attname as column,
             t.typname as data_type, tns.nspname as data_type_schema, a.attnotnull as not_null,
             a.atthasdef as has_default, col_description(c.oid, a.attnum) as comment,
             (a.attidentity <> '' or coalesce(pg_get_expr(d.adbin, d.adrelid) like 'nextval(%', false)) as auto_incrementing
      from pg_class c
      join pg_namespace ns on ns.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      join pg_type t on t.oid = a.atttypid
      join pg_namespace tns on tns.oid = t.typnamespace
      left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
      where ns.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm')
        -- Generated columns (the search vector) are computed by the database, never written or copied.
        and a.attgenerated = ''
      order by c.relname, a.attnum`.execute(this.db);
    const tables = new Map<string, TableMetadata & { columns: ColumnMetadata[] }>();
    for (const row of rows) {
      if (!options.withInternalKyselyTables && KYSELY_TABLES.includes(row.table)) continue;
      let table = tables.get(row.table);
      if (!table) {
        table = { name: row.table, schema: row.schema, isView: row.kind === 'v' || row.kind === 'm', columns: [] };
        tables.set(row.table, table);
      }
      table.columns.push({
        name: row.column,
        dataType: row.data_type,
        dataTypeSchema: row.data_type_schema,
        isNullable: !row.not_null,
        isAutoIncrementing: row.auto_incrementing,
        hasDefaultValue: row.has_default,
        comment: row.comment ?? undefined,
      });
    }
    return [...tables.values()];
  }
}

/** Which database a Kysely instance (or transaction) talks to. */
export function dialectOf(db: Kysely<any>): DialectName {
  const introspector = db.introspection;
  if (introspector instanceof PostgresIntrospector) return 'postgres';
  if (introspector instanceof SqliteIntrospector) return 'sqlite';
  throw new Error('Sejajar supports SQLite and PostgreSQL only.');
}

/**
 * The schema that unqualified table names resolve to on PostgreSQL (the first
 * existing entry of search_path); undefined on SQLite, which has no schemas.
 */
export async function currentSchema(db: Kysely<any>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('No schema of the PostgreSQL search_path exists; create it or fix DATABASE_URL.');
  return schema;
}

/** The user tables of the current schema (Kysely's own migration tables left out). */
export async function listUserTables(db: Kysely<any>): Promise<TableMetadata[]> {
  const schema = await currentSchema(db);
  const tables = await db.introspection.getTables();
  const fullText = await sqliteFullTextTables(db);
  return tables.filter((t) => !t.isView && t.schema === schema && !fullText.some((name) => t.name === name || t.name.startsWith(`${name}_`)));
}

/** SQLite's FTS5 tables (and, by their names, their shadow tables): indexes the triggers keep, not data. */
async function sqliteFullTextTables(db: Kysely<any>): Promise<string[]> {
  if (dialectOf(db) === 'postgres') return [];
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and sql like 'create virtual table%'`.execute(db);
  return rows.map((r) => r.name);
}

/** A search written for each engine (core/search/query.ts): an FTS5 MATCH expression and to_tsquery input. */
export interface FullTextQuery {
  fts5: string;
  tsquery: string;
}

/**
 * "Sentence `s` matches" in the database's own full-text engine (indexes of migrations 009 and 018):
 * Indonesian through the roots column, English by stem; only sentences of that language match.
 * SQLite's FTS5 tables hold one language each, and the hits are read by rowid from them; PostgreSQL's
 * one vector holds the `roots` column of both (English stems there), read with 'simple'.
 */
export function fullTextMatch(db: Kysely<any>, lang: 'id' | 'en', query: FullTextQuery): RawBuilder<boolean> {
  if (dialectOf(db) === 'postgres') return sql<boolean>`s.lang = ${sql.lit(lang)} and s.search_vector @@ to_tsquery('simple', ${query.tsquery})`;
  return lang === 'id'
    ? sql<boolean>`s.id in (select rowid from sentence_roots where sentence_roots match ${query.fts5})`
    : sql<boolean>`s.id in (select rowid from sentence_stems where sentence_stems match ${query.fts5})`;
}

/**
 * The Indonesian sentences whose roots match best, at most `limit`, as a table to join: `id` and
 * `relevance` (higher is better). A derived table rather than a list of ids, so the caller reads the
 * rows it needs in the same statement: one round trip to the server instead of two. With
 * `rankAtMost`, PostgreSQL ranks only that many of the matching rows (the first the index scan
 * gives), as ts_rank reads each row it ranks; FTS5 ranks inside its index scan and ranks them all.
 */
export function rankedRootMatches(db: Kysely<any>, query: FullTextQuery, limit: number, rankAtMost?: number): RawBuilder<{ id: number; relevance: number }> {
  if (dialectOf(db) === 'postgres') return rankedPostgres(sql`sentences`, sql`lang = 'id' and`, query, limit, rankAtMost);
  return sql`(select rowid as id, -rank as relevance from sentence_roots where sentence_roots match ${query.fts5} order by rank limit ${limit})`;
}

/** The imported memory pairs whose roots match best, at most `limit`, as a table of `id` and `relevance` (migration 014); `rankAtMost` as above. */
export function rankedMemoryPairMatches(db: Kysely<any>, query: FullTextQuery, limit: number, rankAtMost?: number): RawBuilder<{ id: number; relevance: number }> {
  if (dialectOf(db) === 'postgres') return rankedPostgres(sql`memory_pairs`, sql``, query, limit, rankAtMost);
  return sql`(select rowid as id, -rank as relevance from memory_roots where memory_roots match ${query.fts5} order by rank limit ${limit})`;
}

function rankedPostgres(table: RawBuilder<unknown>, filter: RawBuilder<unknown>, query: FullTextQuery, limit: number, rankAtMost?: number): RawBuilder<{ id: number; relevance: number }> {
  const tsquery = sql`to_tsquery('simple', ${query.tsquery})`;
  const matches =
    rankAtMost === undefined
      ? sql`(select id, search_vector from ${table} where ${filter} search_vector @@ ${tsquery})`
      : sql`(select id, search_vector from ${table} where ${filter} search_vector @@ ${tsquery} limit ${rankAtMost})`;
  return sql`(select id, ts_rank(search_vector, ${tsquery}) as relevance from ${matches} as m order by relevance desc limit ${limit})`;
}

/** The GIN indexes of the full-text search on PostgreSQL (migrations 009, 014 and 018). */
export type FullTextIndex = 'sentences_search' | 'memory_pairs_search';

/**
 * After a large write (an import): merges what the index's pending list holds into the index itself,
 * so that searches afterwards do not read through it (PostgreSQL only; SQLite's FTS5 has no such
 * list). The rows are found either way. Not inside a transaction, where a failure would undo the
 * write; a failure here (a role that does not own the index may not merge it) only leaves the list to
 * be merged once it is full or by autovacuum.
 */
export async function mergePendingEntries(db: Kysely<any>, index: FullTextIndex): Promise<void> {
  if (dialectOf(db) !== 'postgres' || db.isTransaction) return;
  await sql`select gin_clean_pending_list(${index}::regclass)`.execute(db).catch(() => undefined);
}

export interface ColumnTypes {
  /** Adds `id`, an auto-numbered integer primary key; use with `.$call(t.id)`. */
  id: <T extends string>(table: CreateTableBuilder<T, any>) => CreateTableBuilder<T, any>;
  /** A floating-point number with double precision on both databases. */
  real: 'real' | 'double precision';
  /** A yes/no value stored as 0/1 on both databases. */
  flag: 'integer';
  /** Default for a text column holding the current UTC time as ISO-8601 text. */
  nowText: RawBuilder<string>;
}

export function columnTypes(db: Kysely<any>): ColumnTypes {
  if (dialectOf(db) === 'postgres') {
    return {
      // "by default" (not "always") so that copies can keep their ids.
      id: (t) => t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity()),
      real: 'double precision',
      flag: 'integer',
      nowText: sql<string>`to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    };
  }
  return {
    // AUTOINCREMENT: ids of deleted rows are never handed out again.
    id: (t) => t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
    // SQLite's REAL is already an 8-byte float.
    real: 'real',
    flag: 'integer',
    nowText: sql<string>`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  };
}

/**
 * Runs the migrator so that two processes starting on one new library cannot
 * both create its tables. On PostgreSQL Kysely takes an advisory lock; on
 * SQLite it takes none (it assumes one process), so the whole run goes in an
 * IMMEDIATE transaction: the second process waits (busy_timeout), then finds
 * nothing left to do. SQLite DDL is transactional, so a failed run leaves no trace.
 */
export async function withMigrationLock<T>(db: Kysely<any>, migrate: () => Promise<T>): Promise<T> {
  if (dialectOf(db) === 'postgres') return migrate();
  await sql`begin immediate`.execute(db);
  try {
    const result = await migrate();
    await sql`commit`.execute(db);
    return result;
  } catch (err) {
    await sql`rollback`.execute(db);
    throw err;
  }
}

/**
 * A transaction whose reads all see one snapshot: SQLite gives that to any
 * transaction, PostgreSQL's default (read committed) does not.
 */
export function snapshotTransaction<DB>(db: Kysely<DB>) {
  const transaction = db.transaction();
  return dialectOf(db) === 'postgres' ? transaction.setIsolationLevel('repeatable read') : transaction;
}

/**
 * For claiming a row (a queued job): on PostgreSQL the chosen row is locked
 * and rows other claimers hold are skipped, so two workers never take the same
 * one under READ COMMITTED. SQLite has one writer at a time and no FOR UPDATE,
 * so the query stays as it is.
 */
export function skipLockedRows<Q extends SelectQueryBuilder<any, any, any>>(db: Kysely<any>, query: Q): Q {
  return dialectOf(db) === 'postgres' ? (query.forUpdate().skipLocked() as Q) : query;
}

/** The operator for case-insensitive LIKE matching. */
export function likeOperator(db: Kysely<any>): 'like' | 'ilike' {
  return dialectOf(db) === 'postgres' ? 'ilike' : 'like';
}

/** True when a query failed because a UNIQUE or PRIMARY KEY constraint refused a duplicate. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when a query failed because a foreign key refused it. */
export function isForeignKeyViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** A foreign key: `table` refers to rows of `references`. */
export interface ForeignKey {
  table: string;
  references: string;
}

/** Every foreign key between the given tables of the current schema. */
export async function listForeignKeys(db: Kysely<any>, tables: readonly string[]): Promise<ForeignKey[]> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<ForeignKey>`
      select c.conrelid::regclass::text as "table", c.confrelid::regclass::text as "references"
      from pg_constraint c
      where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db);
    return rows.map((r) => ({ table: unquote(r.table), references: unquote(r.references) })).filter((fk) => tables.includes(fk.table));
  }
  const keys: ForeignKey[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${table})`.execute(db);
    keys.push(...rows.map((r) => ({ table, references: r.table })));
  }
  return keys;
}

// regclass::text quotes names that need it; table names here never contain quotes.
function unquote(name: string): string {
  return name.replace(/^"|"$/g, '');
}

/** The primary-key columns of a table, in key order (empty when it has none). */
export async function primaryKeyColumns(db: Kysely<any>, table: string): Promise<string[]> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ name: string }>`
      select a.attname as name
      from pg_index i
      join lateral unnest(i.indkey) with ordinality as k(attnum, ord) on true
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where i.indrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(${table})) and i.indisprimary
      order by k.ord`.execute(db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table}) where pk > 0`.execute(db);
  return rows.sort((a, b) => a.pk - b.pk).map((r) => r.name);
}

/**
 * After rows were inserted with their ids, moves every id sequence past the
 * largest id so that new rows do not collide. SQLite does this by itself.
 */
export async function resetIdSequences(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and (is_identity = 'YES' or column_default like 'nextval(%')`.execute(db);
  for (const { table_name: table, column_name: column } of rows) {
    await sql`
      select setval(pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(${table}), ${column}),
                    coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
}
