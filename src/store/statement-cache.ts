import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 compiles SQL on every prepare(), and Kysely prepares each query afresh; a
 * reader page runs the same dozen query shapes every time, so prepared statements are kept,
 * the least recently used dropped first. No statement serves two queries at once: Kysely runs
 * one query at a time on the single SQLite connection.
 */
export function withStatementCache(db: SQLite.Database, limit = 500): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => void db.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) {
        // Re-inserted so that Map order stays least recently used first.
        statements.delete(sql);
      } else {
        statement = db.prepare(sql);
        if (statements.size >= limit) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
