/**
 * The text → segment → align → glossary pipeline must do work linear in its input, whatever
 * the input: one request must not hold the server for minutes. Absolute times depend on the
 * machine, so each case is timed at a size and at four times that size in the same run, and
 * the ratio is held to a bound that linear work meets with room to spare (about 4) and
 * quadratic work does not (about 16). CPU time of this process, median of three runs, so
 * other processes on a busy machine count little.
 */
import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL_CASES, runPipeline, sampleTerms, type PathologicalCase } from './pathological-inputs';

/** Characters a side of the smaller run; the larger has four times as many. */
const SIZE = 5_000;
const GROWTH = 4;
/** Linear work grows 4 times, quadratic 16 times: 10 leaves room for timer noise and caches. */
const MAX_RATIO = 10;
const RUNS = 3;

const terms = sampleTerms();

function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median time of the pipeline on a case's input at `size`. Each side is padded with an
 * ordinary document of the same size, so that even cases whose own cost is tiny take long
 * enough to be timed; the padding grows with the case and adds only linear work.
 */
function timeAt(make: PathologicalCase['make'], size: number, firstVariant: number): number {
  const padding = ordinary(size);
  const times = Array.from({ length: RUNS }, (_, run) => {
    // A new variant each run: a word seen before, in this case or another, would come from the word caches.
    const { source, translation } = make(size, firstVariant + run);
    return cpuMs(() => runPipeline(`${source}\n\n${padding.source}`, `${translation}\n\n${padding.translation}`, terms));
  });
  return median(times);
}

const ordinary = PATHOLOGICAL_CASES.find((c) => c.name === 'a normal document')!.make;

describe('the pipeline does linear work on pathological input', () => {
  // The first run of any case pays for compiling the code; it is not measured.
  runPipeline(ordinary(SIZE).source, ordinary(SIZE).translation, terms);

  it.each(PATHOLOGICAL_CASES.map((c, k) => [c.name, c, k] as const))('%s', (_name, c, k) => {
    const size = SIZE * (c.scale ?? 1);
    const small = timeAt(c.make, size, 2 * RUNS * k);
    const large = timeAt(c.make, GROWTH * size, 2 * RUNS * k + RUNS);
    if (process.env.SHOW_RATIOS) console.log(`${c.name}: ${small.toFixed(1)} ms, ${large.toFixed(1)} ms, ratio ${(large / small).toFixed(2)}`);
    expect(large / small, `${small.toFixed(1)} ms at ${size}, ${large.toFixed(1)} ms at ${GROWTH * size}`).toBeLessThan(MAX_RATIO);
  });
});
