import { describe, expect, it } from 'vitest';
import { splitSentencesRough } from '../../../src/core/machine-translation/sentence-split';

describe('splitSentencesRough', () => {
  it.each([
    ['two plain sentences', 'Harga naik. Warga protes.', ['Harga naik.', 'Warga protes.']],
    ['question and exclamation', 'Kenapa? Karena mahal! Jadi begitu.', ['Kenapa?', 'Karena mahal!', 'Jadi begitu.']],
    ['closing quote after the stop', '"Kami menolak." Kata dia.', ['"Kami menolak."', 'Kata dia.']],
    ['opening quote of the next sentence', 'Dia diam. “Tidak,” katanya.', ['Dia diam.', '“Tidak,” katanya.']],
    ['a number starting the next sentence', 'Itu terjadi. 2024 adalah tahun sulit.', ['Itu terjadi.', '2024 adalah tahun sulit.']],
    ['decimal numbers', 'Inflasi 2.5 persen tahun ini.', ['Inflasi 2.5 persen tahun ini.']],
    ['lower case after an abbreviation', 'Dia tinggal di Jl. merdeka nomor 5.', ['Dia tinggal di Jl. merdeka nomor 5.']],
    ['surrounding whitespace', '  Satu.   Dua.  ', ['Satu.', 'Dua.']],
  ])('handles %s', (_name, paragraph, expected) => {
    expect(splitSentencesRough(paragraph)).toEqual(expected);
  });
});
