import type { KyselyPlugin } from 'kysely';

/**
 * better-sqlite3 answers synchronously, and a query's promise resolves as a
 * microtask, so a long run of queries (a 20,000-paragraph import writes some
 * 400 statements in one transaction) never lets the event loop turn: for
 * seconds nobody else is answered, not even for a static file. This plugin
 * lets the loop turn once a run of queries has held it longer than the
 * budget. Other requests' writes still wait for the writing connection
 * (Kysely's lock), so a transaction stays whole; their reads go to the
 * reading connection (sqlite-reader.ts), and what needs no database is
 * answered meanwhile.
 */
const BUDGET_MS = 10;

export function eventLoopTurns(budgetMs = BUDGET_MS): KyselyPlugin {
  /** Whether a check for the loop's next turn is pending: if not, the loop has turned since the last query. */
  let watching = false;
  let runStart = 0;
  const watch = (now: number) => {
    watching = true;
    runStart = now;
    setImmediate(() => {
      watching = false;
    });
  };
  return {
    transformQuery: (args) => args.node,
    async transformResult(args) {
      const now = performance.now();
      if (!watching) watch(now);
      // The pending check runs first (immediates run in order), so the next query starts a new run.
      else if (now - runStart > budgetMs) await new Promise((resolve) => setImmediate(resolve));
      return args.result;
    },
  };
}
