import { describe, expect, it } from 'vitest';
import { headingLevels, isHeadingLike } from '../../../src/core/reader/headings';
import type { ParagraphStructure } from '../../../src/core/model';

const para = (...texts: string[]) => texts.map((text) => ({ text }));

describe('isHeadingLike', () => {
  it.each([
    ['a short title', para('Misi CSTO di Kazakhstan'), true],
    ['a numbered section', para('2. Latar Belakang'), true],
    ['a sentence', para('Pasukan tiba di Kazakhstan.'), false],
    ['a quotation', para('"Kami siap"'), false],
    ['two sentences', para('Bab Satu', 'Bab Dua'), false],
    ['a lower-case fragment', para('dan seterusnya'), false],
    ['a long line without a full stop', para('Ini adalah kalimat yang sangat panjang tanpa titik di akhir yang tidak mungkin menjadi judul'), false],
  ])('%s', (_name, sentences, expected) => expect(isHeadingLike(sentences)).toBe(expected));
});

describe('headingLevels', () => {
  const p = (text: string, structure?: ParagraphStructure) => ({ structure, sentences: [{ text }] });
  it('shows a side as stored when its file said what its paragraphs are, a level under the page title', () => {
    expect(headingLevels([p('Latar Belakang', { kind: 'body' }), p('Bab', { kind: 'heading', level: 1 }), p('Bagian', { kind: 'heading', level: 6 })])).toEqual([null, 2, 6]);
  });
  it('guesses by shape where nothing was stored', () => {
    expect(headingLevels([p('Latar Belakang', { kind: 'body' }), p('Ini kalimat.', { kind: 'body' }), p('Misi CSTO')])).toEqual([2, null, 2]);
  });
});
