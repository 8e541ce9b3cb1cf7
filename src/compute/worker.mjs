// The entry of every compute worker thread. A worker starts as plain Node
// whatever its parent runs under (tsx for `npm start` and the `sejajar`
// command, vitest in tests), so it registers tsx's loader itself before it
// loads the TypeScript tasks.
import os from 'node:os';
import { register } from 'tsx/esm/api';

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

register();
const { answerTask } = await import('./envelope.ts');

export default answerTask;
