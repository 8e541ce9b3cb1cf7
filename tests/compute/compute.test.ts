import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCompute, inlineCompute, type Compute } from '../../src/compute/compute';
import { runTask, type TaskInput } from '../../src/compute/tasks';
import { DomainError } from '../../src/core/errors';
import { TmxError } from '../../src/core/exchange/index';
import { InputError } from '../../src/import/input-error';
import { loadConfig } from '../../src/config';
import { openLibrary, type Library } from '../../src/library';
import { ENGLISH, INDONESIAN, repeatTo } from '../core/pathological-inputs';
import { makeTestDatabase, testEnv, type TestDatabase } from '../support/database';

const limits = { maxDocumentBytes: 1 << 20, maxParagraphs: 20_000 };

/** A news text and its translation of about `size` characters a side: above the inline threshold. */
function importInput(size: number): TaskInput<'prepareImport'> {
  return { request: { source: repeatTo(`${INDONESIAN}\n`, size), translation: repeatTo(`${ENGLISH}\n`, size) }, limits, lexicon: new Map([['pasukan', ['forces']]]) };
}

/** How many times the calling thread's event loop turned while `work` was pending: none when it ran on this thread. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let pending = true;
  const spin = () => {
    if (!pending) return;
    turns++;
    setImmediate(spin);
  };
  const running = work();
  setImmediate(spin);
  const value = await running.finally(() => {
    pending = false;
  });
  return { value, turns };
}

async function caught(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    () => expect.fail('expected a refusal'),
    (err: unknown) => err,
  );
}

describe('compute pool', () => {
  let compute: Compute | undefined;
  afterEach(async () => {
    await compute?.close();
    compute = undefined;
  });

  it('runs a large import in a worker thread while this thread turns, with the same result as on this thread', async () => {
    compute = createCompute({ threads: 1, nice: 0 });
    const input = importInput(100_000);
    const { value, turns } = await turnsDuring(() => compute!.run('prepareImport', input));
    expect(turns).toBeGreaterThan(0);
    expect(value).toEqual(runTask('prepareImport', input));
  });

  it.runIf(process.platform === 'linux')('runs its workers at a lower CPU priority than the answering thread', { timeout: 60_000 }, async () => {
    const niceOf = (tid: string) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    const threads = () => new Map(fs.readdirSync('/proc/self/task').map((tid) => [tid, niceOf(tid)]));
    const small: TaskInput<'intakeSide'> = { text: 'Hujan turun.', side: 'source', limits };
    const before = threads();
    compute = createCompute({ threads: 1, inlineBelow: 0 });
    await compute.run('intakeSide', small);
    expect(niceOf(String(process.pid))).toBe(0);
    // The worker's own thread is the one lowered (Linux keeps nice per thread); the helpers V8 and libuv started keep the default.
    expect([...threads()].some(([tid, nice]) => !before.has(tid) && nice === 10)).toBe(true);
    await compute.close();
    compute = createCompute({ threads: 1, inlineBelow: 0, nice: 17 });
    await compute.run('intakeSide', small);
    expect([...threads()].some(([tid, nice]) => !before.has(tid) && nice === 17)).toBe(true);
  });

  it('ends its worker after a task of 250,000 characters or more, and starts a fresh one for the next', { timeout: 60_000 }, async () => {
    compute = createCompute({ threads: 1, nice: 0 });
    await compute.run('prepareImport', importInput(60_000));
    // A smaller task keeps its worker.
    expect(compute.stats().threads).toBe(1);
    const large = importInput(130_000);
    const value = await compute.run('prepareImport', large);
    expect(value.source.length).toBeGreaterThan(0);
    expect(compute.stats().threads).toBe(0);
    const again = await compute.run('prepareImport', importInput(60_000));
    expect(again).toEqual(runTask('prepareImport', importInput(60_000)));
    expect(compute.stats().threads).toBe(1);
  });

  it('runs a task below the threshold on this thread', async () => {
    compute = createCompute({ threads: 1, nice: 0 });
    const { turns } = await turnsDuring(() => compute!.run('prepareImport', importInput(2_000)));
    expect(turns).toBe(0);
  });

  it('rebuilds a refusal thrown in a worker as the class, kind, code, message and field it had', async () => {
    compute = createCompute({ threads: 1, inlineBelow: 0, nice: 0 });
    const brokenTmx = `<?xml version="1.0"?><tmx version="1.4"><body><tu><tuv xml:lang="id"><seg>Satu</seg></tuv></tu></body>`;
    const tooMany = { ...importInput(5_000), limits: { ...limits, maxParagraphs: 3 } };
    for (const [name, input, type] of [
      ['readTmx', brokenTmx, TmxError],
      ['prepareImport', tooMany, InputError],
    ] as const) {
      const inWorker = await caught(compute.run(name, input as never));
      const here = await caught(inlineCompute.run(name, input as never));
      expect(inWorker).toBeInstanceOf(type);
      expect(inWorker).toBeInstanceOf(DomainError);
      const fields = (e: unknown) => {
        const { name: n, kind, code, message, params, field } = e as DomainError;
        return { n, kind, code, message, params, field };
      };
      expect(fields(inWorker)).toEqual(fields(here));
    }
  });

  it('refuses work once closed, and a task in flight ends with the pool instead of hanging', async () => {
    compute = createCompute({ threads: 1, nice: 0 });
    const inFlight = caught(compute.run('prepareImport', importInput(200_000)));
    await compute.close();
    expect(await inFlight).toBeInstanceOf(Error);
    await expect(compute.run('prepareImport', importInput(100))).rejects.toThrow(/closed/);
  });
});

/** The threads of this process (Linux): a worker thread is one of them until it ends. */
const threadCount = () => Number(/^Threads:\s+(\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]);

describe('the library and its pool', () => {
  let database: TestDatabase | undefined;
  let library: Library | undefined;
  afterEach(async () => {
    await library?.close();
    await database?.drop();
    library = database = undefined;
  });

  it('sizes the pool by WORKER_THREADS, and library.close() ends its threads, leaving no handle open', async () => {
    database = await makeTestDatabase();
    library = await openLibrary(loadConfig({ ...testEnv(database), WORKER_THREADS: '1' }));
    expect(library.config.workerThreads).toBe(1);
    const before = threadCount();
    const resources = process.getActiveResourcesInfo();
    await library.compute.run('prepareImport', importInput(50_000));
    expect(threadCount()).toBeGreaterThan(before);
    await library.close();
    expect(threadCount()).toBeLessThanOrEqual(before);
    // No more thread handles than before the pool started: a port of the test runner's own may close meanwhile.
    const threadHandles = (list: string[]) => list.filter((r) => r === 'MessagePort' || r === 'Worker').length;
    expect(threadHandles(process.getActiveResourcesInfo())).toBeLessThanOrEqual(threadHandles(resources));
    await expect(library.compute.run('prepareImport', importInput(50_000))).rejects.toThrow(/closed/);
  });
});
