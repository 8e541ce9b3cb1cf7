import { describe, expect, it } from 'vitest';
import { errorRegions } from './lib/errors';
import type { SimpleLink } from './lib/gold';

/** Links written as "0+1:2" (source 0 and 1 with target 2); ":3" is an insertion, "4:" an omission. */
const links = (text: string): SimpleLink[] =>
  text.split(' ').map((l) => {
    const [s, t] = l.split(':');
    const side = (x: string | undefined) => (x ? x.split('+').map(Number) : []);
    return { source: side(s), target: side(t) };
  });

describe('errorRegions', () => {
  it.each([
    { name: 'no error', predicted: '0:0 1:1', gold: '0:0 1:1', n: 2, m: 2, kinds: [] },
    { name: 'a dropped unit merged into its neighbour', predicted: '0:0 1+2:1', gold: '0:0 1: 2:1', n: 3, m: 2, kinds: ['drop absorbed'] },
    { name: 'an added unit merged into its neighbour', predicted: '0:0 1:1+2', gold: '0:0 1:1 :2', n: 2, m: 3, kinds: ['insertion absorbed'] },
    { name: 'half of a split left unaligned', predicted: '0:0 1:1 :2', gold: '0:0 1:1+2', n: 2, m: 3, kinds: ['false skip'] },
    { name: 'a merge cut in two', predicted: '0:0 1:1', gold: '0+1:0+1', n: 2, m: 2, kinds: ['missed merge'] },
    { name: 'a 2-1 cut into 1-1s', predicted: '0:0 1:1 2:2', gold: '0+1:0 2:1 :2', n: 3, m: 3, kinds: ['insertion absorbed'] },
    { name: 'two links merged', predicted: '0+1:0+1', gold: '0:0 1:1', n: 2, m: 2, kinds: ['false merge'] },
    { name: 'a 2-1 read as two 1-1s with a skip', predicted: '0:0 1: 2:1', gold: '0+1:0 2:1', n: 3, m: 2, kinds: ['false skip'] },
    { name: 'a border in the wrong place', predicted: '0+1:0 2:1+2', gold: '0:0 1+2:1+2', n: 3, m: 3, kinds: ['shifted'] },
    { name: 'a 4-2 the aligner cannot make', predicted: '0:0 1+2+3:1', gold: '0+1+2+3:0+1', n: 4, m: 2, kinds: ['unsupported shape'] },
  ])('$name', ({ predicted, gold, n, m, kinds }) => {
    expect(errorRegions(links(predicted), links(gold), n, m).map((r) => r.kind)).toEqual(kinds);
  });

  it('keeps separate regions apart', () => {
    const regions = errorRegions(links('0+1:0 2:1 3:2+3'), links('0:0 1: 2:1 3:2 :3'), 4, 4);
    expect(regions.map((r) => r.kind)).toEqual(['drop absorbed', 'insertion absorbed']);
  });
});
