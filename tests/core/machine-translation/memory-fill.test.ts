import { describe, expect, it } from 'vitest';
import { draftSide } from '../../../src/core/memory/drafts';
import {
  assembleSide,
  fillUnits,
  GAP_JOINER,
  keptEnglish,
  memoryFill,
  partialKey,
  shapeOf,
  type FillInput,
  type MachineRow,
} from '../../../src/core/machine-translation/memory-fill';

/**
 * A document as an import pre-filled it: paragraphs of Indonesian sentences, and the memory's
 * English for some of them (draftSide makes the English side and links, as the import does).
 */
function prefilled(paragraphs: string[][], memory: Record<string, string[]>): FillInput {
  const side = draftSide(paragraphs, new Map(Object.entries(memory)));
  return {
    source: paragraphs.map((sentences, position) => ({ position, text: sentences.join(' '), sentences: sentences.map((text) => ({ text })) })),
    english: side.translation.flatMap((p) => p.sentences).map((text) => ({ text, origin: 'memory' })),
    sentenceLinks: side.sentenceLinks,
  };
}

/** The pieces in a short notation: [A.] a memory sentence, <B. C.> a gap. */
const pieces = (input: FillInput) =>
  memoryFill(input).map((p) => p.pieces.map((piece) => (piece.kind === 'memory' ? `[${piece.text}]` : `<${piece.text}>`)).join(' '));

describe('memoryFill', () => {
  it.each<{ name: string; paragraphs: string[][]; memory: Record<string, string[]>; expected: string[] }>([
    { name: 'no memory: each paragraph one gap', paragraphs: [['A.', 'B.'], ['C.']], memory: {}, expected: ['<A. B.>', '<C.>'] },
    { name: 'a paragraph filled whole', paragraphs: [['A.', 'B.'], ['C.']], memory: { 'A.': ['a.'], 'B.': ['b.'] }, expected: ['[A.] [B.]', '<C.>'] },
    { name: 'memory in the middle: a gap either side', paragraphs: [['A.', 'B.', 'C.']], memory: { 'B.': ['b.'] }, expected: ['<A.> [B.] <C.>'] },
    { name: 'neighbouring unfilled sentences make one gap', paragraphs: [['A.', 'B.', 'C.', 'D.']], memory: { 'A.': ['a.'] }, expected: ['[A.] <B. C. D.>'] },
    { name: 'memory of two English sentences is one piece', paragraphs: [['A.', 'B.']], memory: { 'B.': ['b1.', 'b2.'] }, expected: ['<A.> [B.]'] },
  ])('$name', ({ paragraphs, memory, expected }) => {
    expect(pieces(prefilled(paragraphs, memory))).toEqual(expected);
  });

  it('does not count English a person edited (origin human) or a link holding two Indonesian sentences', () => {
    const input = prefilled([['A.', 'B.']], { 'A.': ['a.'], 'B.': ['b.'] });
    const edited = { ...input, english: [input.english[0]!, { text: 'b, edited.', origin: 'human' }] };
    expect(pieces(edited)).toEqual(['[A.] <B.>']);
    const merged = { ...input, sentenceLinks: [{ source: [0, 1], target: [0, 1], confidence: 1 }] };
    expect(pieces(merged)).toEqual(['<A. B.>']);
  });

  it('names the English it keeps, and the shape of each paragraph', () => {
    const fill = memoryFill(prefilled([['A.', 'B.', 'C.'], ['D.'], ['E.']], { 'B.': ['b1.', 'b2.'], 'E.': ['e.'] }));
    expect([...keptEnglish(fill)]).toEqual([0, 1, 2]);
    expect(fill.map(shapeOf)).toEqual(['g1.m.g1', 'g1', 'm']);
    expect(fill.map((p) => p.partial)).toEqual([true, false, true]);
  });
});

describe('fillUnits', () => {
  it('lists gaps to send and memory-filled Indonesian as context, in reading order', () => {
    const fill = memoryFill(prefilled([['A.', 'B.', 'C.', 'D.'], ['E.']], { 'B.': ['b.'], 'C.': ['c.'] }));
    expect(fillUnits(fill)).toEqual([
      { index: 0, paragraph: 0, gap: 0, text: 'A.' },
      { index: 1, paragraph: 0, gap: null, text: 'B. C.' },
      { index: 2, paragraph: 0, gap: 1, text: 'D.' },
      { index: 3, paragraph: 1, gap: 0, text: 'E.' },
    ]);
  });
});

describe('assembleSide', () => {
  const english = (side: ReturnType<typeof assembleSide>) => side.english.map((p) => p.join(' '));

  it('puts the memory English and the gaps\' machine English together in the Indonesian order, with the links known', () => {
    const fill = memoryFill(prefilled([['A.', 'B.', 'C.', 'D.'], ['E.', 'F.'], ['G.']], { 'B.': ['b.'], 'D.': ['d1.', 'd2.'], 'G.': ['g.'] }));
    const rows: MachineRow[] = [
      { source_position: 0, cache_key: partialKey(fill[0]!, 'x'), text: ['It rained. It poured.', 'Then it stopped.'].join(GAP_JOINER) },
      { source_position: 1, cache_key: 'k', text: 'Wind blew. Trees fell.' },
    ];
    const side = assembleSide(fill, rows);
    expect(english(side)).toEqual(['It rained. It poured. b. Then it stopped. d1. d2.', 'Wind blew. Trees fell.', 'g.']);
    expect(side.knownParagraphs.map((l) => [l.source, l.target])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    // A. and C. are gaps of one sentence: their links are known; E. F. (a whole paragraph) is the aligner's.
    expect(side.knownSentences.map((l) => [l.source, l.target])).toEqual([
      [[0], [0, 1]],
      [[1], [2]],
      [[2], [3]],
      [[3], [4, 5]],
      [[6], [8]],
    ]);
    // The memory rows (0 b., 1 d1., 2 d2., 3 g. before) are where the new side has them.
    expect(side.pins).toEqual([
      { sentence: 2, row: 0 },
      { sentence: 4, row: 1 },
      { sentence: 5, row: 2 },
      { sentence: 8, row: 3 },
    ]);
  });

  it('keeps the memory English alone where the row is missing or was made for another shape', () => {
    const fill = memoryFill(prefilled([['A.', 'B.'], ['C.']], { 'B.': ['b.'] }));
    const stale: MachineRow[] = [
      { source_position: 0, cache_key: 'memory:g2:old', text: 'ab.' },
      { source_position: 1, cache_key: 'memory:m:old', text: 'c.' },
    ];
    expect(english(assembleSide(fill, stale))).toEqual(['b.']);
    expect(english(assembleSide(fill, []))).toEqual(['b.']);
  });
});
