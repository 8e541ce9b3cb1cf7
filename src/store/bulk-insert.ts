import { CompiledQuery } from 'kysely';
import type { Db } from './database';
import { dialectOf, withoutNul } from './dialect';

/**
 * Many rows into one table, for the writes that grow with a document (its
 * sentences, revisions and links: a 20,000-paragraph import writes some
 * 140,000 rows). Kysely's query builder parses and compiles every value of a
 * multi-row insert as a node of its own: on such an import that cost the
 * event loop about 0.7 s and much of the garbage its collector then
 * cleared. Here the statement's text is made once per table, columns and
 * row count, and the values are passed as they are. Statements go through
 * the same connection and plugins as every other query (the transaction,
 * the SQLite statement cache, the event loop's turns between statements).
 */

/**
 * Rows per statement. Smaller statements let the event loop turn more often
 * between them (each one holds it while SQLite writes); larger ones cost
 * less per row. Both engines allow far more bound values than this makes.
 */
export const ROWS_PER_STATEMENT = 200;

const texts = new Map<string, string>();

function statementText(db: Db, table: string, columns: readonly string[], rows: number, returning: readonly string[]): string {
  const dialect = dialectOf(db);
  const key = `${dialect}\u0000${table}\u0000${columns.join(',')}\u0000${rows}\u0000${returning.join(',')}`;
  let text = texts.get(key);
  if (text === undefined) {
    let n = 0;
    const placeholder = dialect === 'postgres' ? () => `$${++n}` : () => '?';
    const tuples = Array.from({ length: rows }, () => `(${columns.map(placeholder).join(', ')})`);
    const quoted = (names: readonly string[]) => names.map((c) => `"${c}"`).join(', ');
    text = `insert into "${table}" (${quoted(columns)}) values ${tuples.join(', ')}${returning.length ? ` returning ${quoted(returning)}` : ''}`;
    texts.set(key, text);
  }
  return text;
}

/**
 * Inserts `rows` (each a value per column, in the columns' order) and returns
 * the `returning` columns of every row inserted (in no promised order).
 */
export async function insertRows<R extends Record<string, unknown> = Record<string, unknown>>(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  returning: readonly string[] = [],
): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const count = Math.min(ROWS_PER_STATEMENT, rows.length - start);
    const values: unknown[] = new Array(count * columns.length);
    let at = 0;
    for (let i = start; i < start + count; i++) {
      const row = rows[i]!;
      if (row.length !== columns.length) throw new Error(`A row for ${table} has ${row.length} values for ${columns.length} columns.`);
      // As every other statement has it (dialect.ts): PostgreSQL text cannot hold a NUL.
      for (const value of row) values[at++] = typeof value === 'string' ? withoutNul(value) : value;
    }
    const result = await db.executeQuery<R>(CompiledQuery.raw(statementText(db, table, columns, count, returning), values));
    for (const r of result.rows) out.push(r);
  }
  return out;
}
