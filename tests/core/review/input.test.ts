import { describe, expect, it } from 'vitest';
import { reviewInput, type ReviewSentence } from '../../../src/core/review/input';

const s = (id: number, position: number, text: string, status: ReviewSentence['status'] = 'draft'): ReviewSentence => ({ id, position, text, status });

describe('reviewInput', () => {
  it('gives each link its texts for the checks and its sentences for the queue', () => {
    const { pairs, links } = reviewInput({
      source: [s(1, 0, 'Satu.', 'source'), s(2, 1, 'Dua.', 'source'), s(3, 2, 'Tiga.', 'source')],
      target: [s(11, 0, 'One and two.', 'machine'), s(12, 1, 'Three.')],
      sentenceLinks: [
        { source: [0, 1], target: [0], confidence: 0.8, confirmed: true },
        { source: [2], target: [], confidence: 0.6 },
        { source: [], target: [1], confidence: 0.4 },
      ],
      passageOf: (link) => (link < 2 ? 0 : 1),
    });
    expect(pairs).toEqual([
      { link: 0, source: ['Satu.', 'Dua.'], target: ['One and two.'] },
      { link: 1, source: ['Tiga.'], target: [] },
      { link: 2, source: [], target: ['Three.'] },
    ]);
    expect(links.map((l) => [l.index, l.passage, l.confirmed, l.source.map((x) => x.id), l.target.map((x) => [x.id, x.status])])).toEqual([
      [0, 0, true, [1, 2], [[11, 'machine']]],
      [1, 0, false, [3], []],
      [2, 1, false, [], [[12, 'draft']]],
    ]);
  });
});
