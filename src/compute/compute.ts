import Tinypool from 'tinypool';
import { unwrapAnswer, type TaskAnswer, type TaskMessage } from './envelope';
import { KEEPS_WORKER_STATE, runTask, taskSize, taskTransfer, unpackResult, type TaskInput, type TaskName, type TaskOutput } from './tasks';

/**
 * Where the heavy, pure work runs (compute/tasks.ts: segmenting and aligning
 * an import, re-aligning, reading TMX, building exports). The server's
 * library runs large tasks in worker threads, so that while a 2 MiB
 * document is aligned the event loop goes on answering other requests; the
 * caller awaits the result as before. Database work stays with the caller.
 */
export interface Compute {
  run<N extends TaskName>(name: N, input: TaskInput<N>): Promise<TaskOutput<N>>;
  /** Ends the worker threads; tasks still waiting are refused. Safe to call twice. */
  close(): Promise<void>;
  /** What the pool holds now, for readiness and metrics. */
  stats(): ComputeStats;
}

export interface ComputeStats {
  /** False once closed: no more work is taken. */
  open: boolean;
  /** Worker threads running now (0 until the first large task, and after a minute without work). */
  threads: number;
  /** Tasks waiting for a free worker. */
  queued: number;
  /** Tasks a worker finished since the pool started. */
  completed: number;
}

/**
 * Every task on the calling thread: for a caller that serves nobody
 * meanwhile (a command, the samples loaded at start) and service tests.
 */
export const inlineCompute: Compute = {
  run: async (name, input) => runTask(name, input),
  close: async () => undefined,
  stats: () => ({ open: true, threads: 0, queued: 0, completed: 0 }),
};

/**
 * Tasks carrying less text than this (in characters, both sides together)
 * run on the calling thread. On the shared two-core test machine a 16,000-
 * character news text segmented and aligned in 6–20 ms inline, about what
 * the round trip to a warm worker costs (7–10 ms); smaller ones are quicker
 * here, and a cold worker (0.3–0.6 s to load the sources) is never started
 * for them. A few milliseconds on the event loop is within what a request
 * costs anyway.
 */
export const INLINE_BELOW_CHARS = 16_384;

/** The workers' nice value unless one is given: see worker.mjs. */
const DEFAULT_NICE = 10;

/**
 * The workers' young generation, in MB. V8's default lets it grow to 32 MB
 * and more, which a worker keeps resident for as long as it lives: aligning
 * a 20,000-paragraph import left a worker about 30 MB larger than with 8,
 * in the same time (the objects a task keeps are long-lived anyway).
 */
const YOUNG_GENERATION_MB = 8;

/**
 * After a task carrying at least this much text (characters: a report of
 * about a hundred pages, both sides), when no other
 * task runs or waits, the workers are ended and the next task starts a fresh
 * one. V8 keeps the heap a large task grew (a 20,000-paragraph import: about
 * 100 MB) and grows it further on the next: the server's memory rose with
 * every long import. Starting a worker from its bundle takes a fraction of
 * what such a task takes. Tasks that keep something in their worker for the
 * next time (KEEPS_WORKER_STATE) never end it.
 */
const FRESH_WORKER_AFTER_CHARS = 250_000;

/** A worker left without work this long ends; the next large task starts one again. */
const IDLE_MS = 60_000;

export interface ComputeOptions {
  /** Most worker threads at once (WORKER_THREADS). */
  threads: number;
  /** The workers' nice value (WORKER_NICE; worker.mjs); 10 when absent. */
  nice?: number;
  inlineBelow?: number;
}

const WORKER = new URL('./worker.mjs', import.meta.url);

/** A pool of worker threads, started on the first large task rather than with the library (most commands never need one). */
export function createCompute(options: ComputeOptions): Compute {
  const inlineBelow = options.inlineBelow ?? INLINE_BELOW_CHARS;
  let pool: Tinypool | undefined;
  let closed = false;
  let inFlight = 0;
  const poolOf = () =>
    (pool ??= new Tinypool({
      filename: WORKER.href,
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: IDLE_MS,
      // Not the parent's flags: a worker loads its tasks itself (worker.mjs), however the parent was started.
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      argv: [`--nice=${options.nice ?? DEFAULT_NICE}`],
    }));
  return {
    async run(name, input) {
      if (closed) throw new Error('The library is closed: no more work is taken.');
      const size = taskSize(name, input);
      if (size < inlineBelow) return runTask(name, input);
      const message: TaskMessage<typeof name> = { name, input };
      const running = poolOf();
      inFlight++;
      try {
        return unpackResult(name, unwrapAnswer((await running.run(message, { transferList: taskTransfer(name, input) })) as TaskAnswer));
      } finally {
        inFlight--;
        if (inFlight === 0 && pool === running && size >= FRESH_WORKER_AFTER_CHARS && !KEEPS_WORKER_STATE.has(name)) {
          pool = undefined;
          void running.destroy();
        }
      }
    },
    async close() {
      closed = true;
      const open = pool;
      pool = undefined;
      await open?.destroy();
    },
    stats: () => ({ open: !closed, threads: pool?.threads.length ?? 0, queued: pool?.queueSize ?? 0, completed: pool?.completed ?? 0 }),
  };
}
