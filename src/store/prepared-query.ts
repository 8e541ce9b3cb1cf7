import { CompiledQuery, type Compilable } from 'kysely';
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
  const texts = new Map<DialectName, string>();
  return async (db, ...args) => {
    const dialect = dialectOf(db);
    let text = texts.get(dialect);
    if (text === undefined) {
      const compiled = build(db, ...args).compile();
      const same = compiled.parameters.length === args.length && compiled.parameters.every((p, i) => p === args[i]);
      if (!same) throw new Error(`A prepared query's parameters must be its arguments in order: ${compiled.sql}`);
      text = compiled.sql;
      texts.set(dialect, text);
    }
    // As every other query has it (dialect.ts): a NUL in a looked-up value finds nothing on both databases.
    const values = args.map((v) => (typeof v === 'string' ? withoutNul(v) : v));
    return (await db.executeQuery<O>(CompiledQuery.raw(text, values))).rows;
  };
}
