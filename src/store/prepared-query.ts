import { CompiledQuery, type Compilable, type RootOperationNode } from 'kysely';
import type { Db } from './database';
import { dialectOf, withoutNul, type DialectName } from './dialect';

/**
 * A query of a fixed shape that runs on many requests (the document row
 * every loader reads, the glossary's version). Kysely builds and compiles a
 * query from scratch every time: for a kept reader page that was about a
 * seventh of the server's time. Here the statement is compiled once per
 * database kind, and later calls pass only their values. `build` must use
 * its arguments as the statement's parameters, in order, and nothing else;
 * this is checked on the first compile.
 */
export function preparedQuery<A extends readonly unknown[], O>(build: (db: Db, ...args: A) => Compilable<O>): (db: Db, ...args: A) => Promise<O[]> {
  const made = new Map<DialectName, { sql: string; query: RootOperationNode }>();
  return async (db, ...args) => {
    const dialect = dialectOf(db);
    let statement = made.get(dialect);
    if (statement === undefined) {
      const compiled = build(db, ...args).compile();
      const same = compiled.parameters.length === args.length && compiled.parameters.every((p, i) => p === args[i]);
      if (!same) throw new Error(`A prepared query's parameters must be its arguments in order: ${compiled.sql}`);
      statement = { sql: compiled.sql, query: compiled.query };
      made.set(dialect, statement);
    }
    // As every other query has it (dialect.ts): a NUL in a looked-up value finds nothing on both databases.
    const values = args.map((v) => (typeof v === 'string' ? withoutNul(v) : v));
    // With its own query node kept, so that the store knows it for a read (on SQLite a read goes
    // to the reading connection and does not wait behind a long write).
    const query: CompiledQuery<O> = { ...CompiledQuery.raw(statement.sql, values), query: statement.query };
    return (await db.executeQuery<O>(query)).rows;
  };
}
