// The entry of every compute worker thread. A worker starts as plain Node
// whatever its parent runs under (the bundled command, tsx, vitest in tests),
// so it loads the tasks itself: from a bundle of the sources (../bin/bundle.mjs;
// tsx's loader would cost every worker about 75 MB more), or through tsx when
// no bundle can be had.
import os from 'node:os';
import { loadBundle } from '../bin/bundle.mjs';

// Answering comes before heavy work. On two cores a worker aligning a long
// import competes with the event loop for the CPU, and every request waited
// for the scheduler's turn. Linux keeps the nice value per thread, so this
// lowers the worker alone: when the machine is idle the work runs at full
// speed, under load the answering thread is scheduled first. Where the
// system refuses (another kernel, a container rule), the worker runs as before.
// The value comes from the pool (WORKER_NICE, compute.ts) as `--nice=N`.
const niceArg = process.argv.find((arg) => arg.startsWith('--nice='));
const nice = niceArg ? Number(niceArg.slice('--nice='.length)) : 10;
try {
  if (nice > 0) os.setPriority(0, nice);
} catch {
  // Same priority as the server: slower answers under load, nothing else.
}

async function loadTasks() {
  const bundled = await loadBundle('compute');
  if (bundled && typeof bundled.answerTask === 'function') return bundled;
  const { register } = await import('tsx/esm/api');
  register();
  return import('./envelope.ts');
}

const { answerTask } = await loadTasks();

export default answerTask;
