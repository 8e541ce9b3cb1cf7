import { describe, expect, it } from 'vitest';
import { planMissingParagraphs } from '../../../src/core/machine-translation/neighbour-plan';

const doc = ['Satu.', 'Dua.', '', 'Tiga.', 'Empat.', 'Lima.'].map((text, index) => ({ index, text }));

describe('planMissingParagraphs', () => {
  it.each([
    { name: 'one paragraph in the middle gets its real neighbours', missing: [3], maxTexts: 50, expected: [[['Tiga.'], 'Dua.\n\nEmpat.']] },
    { name: 'the first paragraph has only a following neighbour', missing: [0], maxTexts: 50, expected: [[['Satu.'], 'Dua.']] },
    { name: 'the last paragraph has only a preceding neighbour', missing: [5], maxTexts: 50, expected: [[['Lima.'], 'Empat.']] },
    {
      name: 'separate runs are separate requests',
      missing: [0, 4, 5],
      maxTexts: 50,
      expected: [
        [['Satu.'], 'Dua.'],
        [['Empat.', 'Lima.'], 'Tiga.'],
      ],
    },
    {
      name: 'one text per request: each sees the paragraphs around it',
      missing: [0, 1, 3],
      maxTexts: 1,
      expected: [
        [['Satu.'], 'Dua.'],
        [['Dua.'], 'Satu.\n\nTiga.'],
        [['Tiga.'], 'Dua.\n\nEmpat.'],
      ],
    },
    { name: 'nothing missing, nothing sent', missing: [], maxTexts: 50, expected: [] },
  ])('$name', ({ missing, maxTexts, expected }) => {
    const batches = planMissingParagraphs(doc, new Set(missing), { maxTexts });
    expect(batches.map((b) => [b.texts.map((t) => t.text), b.context])).toEqual(expected);
  });

  it('sends no context when asked not to', () => {
    const batches = planMissingParagraphs(doc, new Set([3]), { contextBytes: 0 });
    expect(batches.map((b) => b.context)).toEqual([undefined]);
  });
});
