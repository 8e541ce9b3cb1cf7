import { describe, expect, it } from 'vitest';
import { alignUnits, type Link } from '../../../src/core/align';
import { en, expectValidAlignment, id, PAIRS, UNRELATED } from './fixtures';

const shapes = (links: Link[]) => links.map((l) => `${l.source.join('+')}:${l.target.join('+')}`);

describe('alignUnits', () => {
  it('handles empty inputs', () => {
    expect(alignUnits([], [])).toEqual([]);
    expect(shapes(alignUnits([id(0), id(1)], []))).toEqual(['0:', '1:']);
    expect(shapes(alignUnits([], [en(0)]))).toEqual([':0']);
  });

  it('aligns a parallel text one to one', () => {
    const links = alignUnits(PAIRS.map((p) => p[0]), PAIRS.map((p) => p[1]));
    expect(shapes(links)).toEqual(PAIRS.map((_, k) => `${k}:${k}`));
    expectValidAlignment(links, PAIRS.length, PAIRS.length);
  });

  it('finds merges and splits', () => {
    const source = [id(0), id(1), id(2), id(3), id(4), id(5), id(6)];
    const target = [en(0), `${en(1)} ${en(2)}`, en(3), en(4), en(5).slice(0, 30), en(5).slice(30), en(6)];
    expect(shapes(alignUnits(source, target))).toEqual(['0:0', '1+2:1', '3:2', '4:3', '5:4+5', '6:6']);
  });

  it('leaves omitted and inserted units unaligned instead of merging them', () => {
    const source = [id(0), id(1), id(2), id(3), id(4), id(5), id(6), id(7)];
    const target = [en(0), en(1), en(3), UNRELATED[0]!, en(4), en(5), en(6), en(7)];
    expect(shapes(alignUnits(source, target))).toEqual(['0:0', '1:1', '2:', '3:2', ':3', '4:4', '5:5', '6:6', '7:7']);
  });

  it('keeps locked links unchanged and aligns around them', () => {
    const source = PAIRS.slice(0, 6).map((p) => p[0]);
    const target = PAIRS.slice(0, 6).map((p) => p[1]);
    const locked: Link[] = [
      { source: [1, 2], target: [1], confidence: 1 },
      { source: [], target: [2], confidence: 1 },
      { source: [4], target: [], confidence: 0.5 },
    ];
    const links = alignUnits(source, target, { locked });
    for (const l of locked) expect(links).toContainEqual(l);
    expectValidAlignment(links, 6, 6);
    expect(shapes(links)).toEqual(expect.arrayContaining(['0:0', '3:3', ':4', '5:5']));
    expect(links).toHaveLength(7);
  });

  it('rejects crossing locked links', () => {
    const locked: Link[] = [
      { source: [0], target: [1], confidence: 1 },
      { source: [1], target: [0], confidence: 1 },
    ];
    expect(() => alignUnits([id(0), id(1)], [en(0), en(1)], { locked })).toThrow(RangeError);
  });

  it('uses an extra lexicon', () => {
    const source = ['Gajah itu besar.', 'Kucing itu kecil.'];
    const target = ['The cat is small.'];
    const withLexicon = alignUnits(source, target, { lexicon: new Map([['gajah', ['elephant']]]) });
    expect(shapes(withLexicon)).toEqual(['0:', '1:0']);
  });

  it('gives wrong-looking links lower confidence', () => {
    const source = [id(0), id(1), id(2), id(3)];
    const target = [en(0), en(1), UNRELATED[1]!, en(3)];
    const links = alignUnits(source, target);
    const good = links.filter((l) => l.source.length === 1 && l.target.length === 1 && l.source[0] === l.target[0] && l.source[0] !== 2);
    const doubtful = links.filter((l) => l.source.includes(2) || l.target.includes(2));
    expect(Math.min(...good.map((l) => l.confidence))).toBeGreaterThan(Math.max(...doubtful.map((l) => l.confidence)));
  });
});

describe('alignUnits invariants on random edits', () => {
  function random(seed: number): () => number {
    let s = seed;
    return () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  }

  it.each(Array.from({ length: 25 }, (_, k) => k + 1))('seed %i', (seed) => {
    const r = random(seed);
    const source: string[] = [];
    const target: string[] = [];
    for (let k = 0; k < 4 + Math.floor(r() * 20); k++) {
      const [s, t] = PAIRS[Math.floor(r() * PAIRS.length)]!;
      const x = r();
      if (x < 0.1) source.push(s);
      else if (x < 0.2) target.push(t);
      else if (x < 0.3) { source.push(s); target.push(...t.split(', ')); }
      else { source.push(s); target.push(t); }
    }
    const locked: Link[] = r() < 0.5 && source.length > 2 && target.length > 2 ? [{ source: [1], target: [1], confidence: 1 }] : [];
    const links = alignUnits(source, target, { locked });
    expectValidAlignment(links, source.length, target.length);
    for (const l of locked) expect(links).toContainEqual(l);
  });
});
