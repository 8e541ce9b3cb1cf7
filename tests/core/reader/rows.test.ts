import { describe, expect, it } from 'vitest';
import { buildReaderRows, type ParagraphLike } from '../../../src/core/reader/rows';

const paragraph = (position: number, first: number, texts: string[]): ParagraphLike => ({
  position,
  sentences: texts.map((text, i) => ({ position: first + i, text })),
});

describe('buildReaderRows', () => {
  const source = [paragraph(0, 0, ['A1.', 'A2.']), paragraph(1, 2, ['B1.']), paragraph(2, 3, ['C1.'])];
  const target = [paragraph(0, 0, ['a1 a2.', 'b1.'])];
  const rows = buildReaderRows(
    source,
    target,
    [
      { source: [0, 1], target: [0], confidence: 0.9 },
      { source: [2], target: [], confidence: 0.7 },
    ],
    [
      { source: [0, 1], target: [0], confidence: 0.9 },
      { source: [2], target: [1], confidence: 0.8 },
      { source: [3], target: [], confidence: 0.6 },
    ],
  );

  it('makes one row per paragraph link, merged paragraphs together', () => {
    expect(rows.map((r) => [r.source.map((p) => p.position), r.target.map((p) => p.position)])).toEqual([
      [[0, 1], [0]],
      [[2], []],
    ]);
  });

  it('tags each sentence with its sentence link on both sides', () => {
    const links = (side: 'source' | 'target') => rows.flatMap((r) => r[side].flatMap((p) => p.sentences.map((s) => s.link)));
    expect(links('source')).toEqual([0, 0, 1, 2]);
    expect(links('target')).toEqual([0, 1]);
  });

  it('marks sentences whose link has no counterpart', () => {
    const unmatched = rows.flatMap((r) => r.source.flatMap((p) => p.sentences.filter((s) => s.unmatched).map((s) => s.sentence.text)));
    expect(unmatched).toEqual(['C1.']);
  });
});
