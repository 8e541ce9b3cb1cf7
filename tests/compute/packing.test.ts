import { describe, expect, it } from 'vitest';
import { packLinks, packParagraphs, packTextLists, unpackLinks, unpackParagraphs, unpackTextLists } from '../../src/compute/packing';

describe('results packed to cross threads', () => {
  it('rebuilds paragraphs exactly: empty ones, astral characters, thousands of them', async () => {
    const paragraphs = [
      { text: 'Satu. Dua.', sentences: ['Satu.', 'Dua.'] },
      { text: '', sentences: [] },
      { text: 'Emoji 😀 di sini.', sentences: ['Emoji 😀 di sini.'] },
      ...Array.from({ length: 5_000 }, (_, i) => ({ text: `Kalimat ${i}. Lagi.`, sentences: [`Kalimat ${i}.`, 'Lagi.'] })),
    ];
    expect(await unpackParagraphs(structuredClone(packParagraphs(paragraphs)))).toEqual(paragraphs);
  });

  it('rebuilds links exactly, with confirmed kept where it was set and absent where it was not', async () => {
    const links = [
      { source: [0, 1], target: [0], confidence: 0.75 },
      { source: [], target: [1, 2, 3], confidence: 0.125, confirmed: true },
      { source: [2], target: [], confidence: 1, confirmed: false },
      ...Array.from({ length: 5_000 }, (_, i) => ({ source: [i + 3], target: [i + 4], confidence: i / 5_000 })),
    ];
    const back = await unpackLinks(structuredClone(packLinks(links)));
    expect(back).toStrictEqual(links);
  });

  it('rebuilds lists of texts exactly: empty lists, empty texts, astral characters', () => {
    const lists = [['Satu.', 'Dua.'], [], [''], ['Emoji 😀 di sini.'], ...Array.from({ length: 5_000 }, (_, i) => [`Kalimat ${i}.`])];
    expect(unpackTextLists(structuredClone(packTextLists(lists)))).toEqual(lists);
  });
});
