import { pruneAccounts } from './accounts/prune';
import type { Config } from './config';
import type { Db } from './store/database';

/**
 * Chores a running server does on a timer: removing what has expired, so
 * tables that strangers can fill (sessions, sign-in attempts) do not grow
 * without end. Every instance on a shared library runs them; each must be
 * safe to run on several instances at once (a plain delete of expired rows is).
 */
export interface HousekeepingTask {
  name: string;
  run(db: Db, now: Date, config: Config): Promise<unknown>;
}

/** Every chore, in the order a round runs them. A new one is one more line. */
export const HOUSEKEEPING_TASKS: readonly HousekeepingTask[] = [
  { name: 'expired sessions, set-up links, sign-in counters and known browsers', run: (db, now, config) => pruneAccounts(db, now, config.accounts) },
];

export interface HousekeepingOptions {
  tasks?: readonly HousekeepingTask[];
  now?: () => Date;
  /** Where a failed chore is reported; the next round tries again. */
  report?: (message: string) => void;
}

export interface Housekeeping {
  /** Runs one round now (or waits for the one running) and resolves when it is done. */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a running round. */
  stop(): Promise<void>;
}

/** Runs a round at once and then every `config.housekeepingIntervalMs`; the timer does not keep the process alive. */
export function startHousekeeping(db: Db, config: Config, options: HousekeepingOptions = {}): Housekeeping {
  const { tasks = HOUSEKEEPING_TASKS, now = () => new Date(), report = (message: string) => console.error(message) } = options;
  let running: Promise<void> | undefined;
  let stopped = false;

  const round = async () => {
    for (const task of tasks) {
      if (stopped) return;
      try {
        await task.run(db, now(), config);
      } catch (err) {
        report(`Housekeeping: removing ${task.name} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  };
  // Rounds never overlap: a slow one (a large table on a busy database) is not joined by the next.
  const runNow = () => (running ??= round().finally(() => (running = undefined)));

  const timer = setInterval(() => void runNow(), config.housekeepingIntervalMs);
  timer.unref();
  void runNow();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
