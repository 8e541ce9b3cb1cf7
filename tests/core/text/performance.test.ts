import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentDocument, tokenize } from '../../../src/core/text';

const seed = readFileSync(new URL('./fixtures/intisari-csto-kazakhstan.id.txt', import.meta.url), 'utf8');
const oneMegabyte = 1 << 20;
/** Hostile inputs are smaller: a quadratic pattern would still take minutes on them. */
const hostileSize = 1 << 18;
/**
 * Typical runs take 100–400 ms of CPU time (see tests/bench/text.ts). The
 * bound is looser so a busy machine does not fail the suite, while any
 * quadratic blow-up (minutes on 1 MB) still does.
 */
const budgetMs = 2000;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** CPU time rather than wall time, so that other processes on a busy machine do not count. */
function elapsedMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('text pipeline speed', () => {
  it.each([
    ['article, one paragraph per line', repeatTo(seed + '\n', oneMegabyte)],
    ['article as a single paragraph', repeatTo(seed.replace(/\n/g, ' ') + ' ', oneMegabyte)],
    ['one chunk without spaces', repeatTo('abc.', hostileSize)],
    ['dotted initials without spaces', repeatTo('A.', hostileSize)],
    ['address-like chunk', repeatTo('a@b.', hostileSize)],
    ['dots then a letter', repeatTo('.', hostileSize - 1) + 'a'],
    ['one long run of inner spaces', 'a' + ' '.repeat(hostileSize) + 'b:'],
    ['long runs of spaces and tabs per line', repeatTo('x' + ' \t'.repeat(5000) + 'y\n', hostileSize)],
  ])('%s segments and tokenizes within budget', (_name, text) => {
    let paragraphs = 0;
    let tokens = 0;
    const segmentMs = elapsedMs(() => (paragraphs = segmentDocument(text, 'id').length));
    const tokenizeMs = elapsedMs(() => (tokens = tokenize(text).length));
    expect(paragraphs).toBeGreaterThan(0);
    expect(tokens).toBeGreaterThan(0);
    expect(segmentMs).toBeLessThan(budgetMs);
    expect(tokenizeMs).toBeLessThan(budgetMs);
  });
});
