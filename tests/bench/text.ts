import { readFileSync } from 'node:fs';
import { segmentDocument, tokenize } from '../../src/core/text';

/** Prints how long the text pipeline takes on about 1 MB of real and of hostile input. */
const seed = readFileSync(new URL('../../seeds/intisari-csto-kazakhstan.id.txt', import.meta.url), 'utf8');
const oneMegabyte = 1 << 20;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const inputs: Record<string, string> = {
  'article lines': repeatTo(seed + '\n', oneMegabyte),
  'article one paragraph': repeatTo(seed.replace(/\n/g, ' ') + ' ', oneMegabyte),
  'article blank-line blocks': repeatTo(seed.replace(/\n/g, '\n\n') + '\n\n', oneMegabyte),
  'no spaces at all': repeatTo('abc.', oneMegabyte),
  'dots only': repeatTo('.', oneMegabyte),
  'long dotted chunk then letter': repeatTo('.', oneMegabyte - 1) + 'a',
  'initials without spaces': repeatTo('A.', oneMegabyte),
  'hyphen chain': repeatTo('a-', oneMegabyte),
  'digits and commas': repeatTo('1,', oneMegabyte),
  'at signs': repeatTo('a@b.', oneMegabyte),
  'one long run of inner spaces': 'a' + ' '.repeat(oneMegabyte) + 'b:',
};

/** CPU time rather than wall time, so that other processes on a busy machine do not count. */
function time(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

for (const [name, text] of Object.entries(inputs)) {
  const segment = time(() => segmentDocument(text, 'id'));
  const tokens = time(() => tokenize(text));
  console.log(`${name.padEnd(32)} ${(text.length / 1024).toFixed(0)} KiB  segment ${segment.toFixed(0)} ms  tokenize ${tokens.toFixed(0)} ms`);
}
