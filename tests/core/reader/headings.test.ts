import { describe, expect, it } from 'vitest';
import { isHeadingLike } from '../../../src/core/reader/headings';

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
