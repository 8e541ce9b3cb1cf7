import type { KyselyPlugin } from 'kysely';

/**
 * better-sqlite3 answers synchronously, and a query's promise resolves as a
 * microtask, so a long run of queries (a 20,000-paragraph import writes some
 * 400 statements in one transaction) never lets the event loop turn: for
 * seconds nobody else is answered, not even for a static file. The loop is
 * let turn once a run of queries has held it longer than the budget. Other
 * requests' writes still wait for the writing connection (Kysely's lock), so
 * a transaction stays whole; their reads go to the reading connection
 * (sqlite-reader.ts), and what needs no database is answered meanwhile.
 *
 * The check runs after every statement (the plugin) and, on a database with
 * a reading connection, before every statement too: several runs going on at
 * once (the pages of a long document's tables, read side by side) all come
 * back on the same turn of the loop, and checked only afterwards each would
 * run one more statement before giving way.
 *
 * The budget is spent twice in a turn at most (once where requests arrive,
 * once where the runs that gave way resume); with 10 ms a server reading for
 * 50 visitors, saving for 5 editors and importing a 20,000-paragraph document
 * had an event-loop delay of 14 ms at the median and 35 ms at the 99th
 * percentile (bench:load), with 5 ms 8.5 and 30 ms, and its readers' p99 fell
 * from 105 to 76 ms.
 */
export const BUDGET_MS = 5;

export class EventLoopTurns {
  /** Whether a check for the loop's next turn is pending: if not, the loop has turned since the last query. */
  private watching = false;
  private runStart = 0;
  private holding = 0;

  constructor(private readonly budgetMs = BUDGET_MS) {}

  /**
   * Runs `work` (a few short reads) without letting the loop turn between its statements: on
   * SQLite, where every statement answers at once, nothing else runs between them, so they read
   * one state of the database, as a transaction would, without holding a connection open.
   */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    this.holding++;
    try {
      return await work();
    } finally {
      this.holding--;
    }
  }

  /** A promise to await before going on when the current run has held the loop past the budget; else undefined. */
  turnIfLong(): Promise<void> | undefined {
    if (this.holding > 0) return undefined;
    const now = performance.now();
    if (!this.watching) {
      this.watch(now);
      return undefined;
    }
    // The pending check runs first (immediates run in order), so the next query starts a new run.
    if (now - this.runStart > this.budgetMs) return new Promise((resolve) => setImmediate(resolve));
    return undefined;
  }

  /** The check after every statement. */
  plugin(): KyselyPlugin {
    return {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        await this.turnIfLong();
        return args.result;
      },
    };
  }

  private watch(now: number): void {
    this.watching = true;
    this.runStart = now;
    setImmediate(() => {
      this.watching = false;
    });
  }
}

const turnsOfDatabase = new WeakMap<object, EventLoopTurns>();

/** Remembers a database's turns (dialect.ts), for `holdTurns`. */
export function registerTurns(db: object, turns: EventLoopTurns): void {
  turnsOfDatabase.set(db, turns);
}

/**
 * `work` with the database's turns held (see EventLoopTurns.hold); on a database without them
 * (PostgreSQL, whose statements answer on later turns anyway, or a transaction) it just runs.
 */
export function holdTurns<T>(db: object, work: () => Promise<T>): Promise<T> {
  const turns = turnsOfDatabase.get(db);
  return turns ? turns.hold(work) : work();
}
