import { describe, expect, it } from 'vitest';
import { alignUnits } from '../../../src/core/align';
import { expectValidAlignment, PAIRS, UNRELATED } from './fixtures';

/** Long enough to leave the full search for the anchored band. */
function longPair(count: number): { source: string[]; target: string[] } {
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; k < count; k++) {
    const [s, t] = PAIRS[k % PAIRS.length]!;
    // A numbered tag makes each repetition distinct, as real documents are.
    source.push(`${s} (Bagian ${k + 1}.)`);
    target.push(`${t} (Part ${k + 1}.)`);
  }
  return { source, target };
}

describe('long documents', () => {
  it('stays valid and accurate across a long insertion that leaves the initial band', () => {
    const { source, target } = longPair(700);
    const inserted = Array.from({ length: 60 }, (_, k) => `${UNRELATED[k % 2]} Note ${k + 1000}.`);
    target.splice(300, 0, ...inserted);
    const links = alignUnits(source, target);
    expectValidAlignment(links, source.length, target.length);
    const correct = links.filter((l) => l.source.length === 1 && l.target.length === 1 && l.target[0] === l.source[0]! + (l.source[0]! >= 300 ? 60 : 0));
    expect(correct.length).toBeGreaterThan(690);
  });
});
