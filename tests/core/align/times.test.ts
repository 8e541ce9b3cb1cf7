import { describe, expect, it } from 'vitest';
import { alignDocument, type Link } from '../../../src/core/align';
import { sentenceSpans, timeKeys } from '../../../src/core/align/times';
import { cue, DIALOGUE, englishSubtitles } from '../../support/subtitle-dialogue';

describe('timeKeys', () => {
  it('gives one key per half-second slot whose middle the span covers', () => {
    expect(timeKeys({ start: 1000, end: 2600 })).toEqual(['s:2', 's:3', 's:4']);
    // 200 ms earlier or later, the same slots: a small difference between two timings changes little.
    expect(timeKeys({ start: 1200, end: 2700 })).toEqual(['s:2', 's:3', 's:4']);
    expect(timeKeys({ start: 800, end: 2400 })).toEqual(['s:2', 's:3', 's:4']);
    expect(timeKeys({ start: 1300, end: 2900 })).toEqual(['s:3', 's:4', 's:5']);
  });

  it('gives none for no time or an empty span, and a bounded number for a span of hours', () => {
    expect(timeKeys(null)).toEqual([]);
    expect(timeKeys({ start: 5000, end: 5000 })).toEqual([]);
    expect(timeKeys({ start: 0, end: 36_000_000 }).length).toBe(240);
  });
});

describe('sentenceSpans', () => {
  it('shares a cue’s time among its sentences by their length', () => {
    expect(sentenceSpans({ start: 0, end: 3000 }, ['Ya.', 'Aku ikut sekarang.'])).toEqual([
      { start: 0, end: 3000 * (3 / 21) },
      { start: 3000 * (3 / 21), end: 3000 },
    ]);
    expect(sentenceSpans(null, ['a', 'b'])).toEqual([null, null]);
  });
});

const shapes = (links: Link[]) => links.map((l) => `${l.source.join('+')}:${l.target.join('+')}`);

describe('cue times as alignment evidence', () => {
  const source = DIALOGUE.map(([indonesian]) => [indonesian]);
  const sourceTimes = DIALOGUE.map((_, i) => cue(i));
  const cases = DIALOGUE.flatMap((_, dropped) => [2, 7, 14].filter((merged) => dropped !== merged && dropped !== merged - 1).map((merged) => [dropped, merged] as const));

  it('aligns every variant with one cue merged and one dropped exactly, and many fewer without the times', () => {
    let rightWith = 0;
    let rightWithout = 0;
    let links = 0;
    for (const [dropped, merged] of cases) {
      const { target, times, gold } = englishSubtitles(dropped, merged);
      const right = (found: Link[]) => shapes(found).filter((s) => gold.includes(s)).length;
      const timed = alignDocument(source, target, { times: { source: sourceTimes, target: times } }).paragraphs;
      expect(shapes(timed)).toEqual(gold);
      rightWith += right(timed);
      rightWithout += right(alignDocument(source, target).paragraphs);
      links += gold.length;
    }
    expect(rightWith).toBe(links);
    // Measured: 968 of 1,026 links right on text alone.
    expect(rightWithout).toBeLessThan(links - 30);
  });

  it('ignores times only one side has', () => {
    const { target } = englishSubtitles(11, 7);
    const oneSided = alignDocument(source, target, { times: { source: sourceTimes, target: target.map(() => null) } });
    expect(oneSided).toEqual(alignDocument(source, target));
  });
});
