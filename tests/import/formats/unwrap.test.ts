import { describe, expect, it } from 'vitest';
import { joinWrapped, plainParagraphs, wrapWidth } from '../../../src/import/formats/unwrap';
import { hardWrap } from '../../support/format-files';

const PARAGRAPHS = [
  'Presiden meresmikan jembatan baru di Kalimantan pada hari Senin. Jembatan itu menghubungkan dua kota besar yang selama ini hanya terhubung dengan kapal penyeberangan.',
  'Menurut pejabat setempat, jembatan tersebut dibangun selama tiga tahun dengan biaya 2,5 triliun rupiah dan melibatkan ribuan pekerja dari berbagai daerah.',
  'Warga menyambut baik pembangunan ini.',
  'Anak-anak sekolah kini dapat menyeberang dengan mudah setiap pagi tanpa harus menunggu kapal yang sering terlambat karena cuaca buruk di musim hujan.',
];

describe('plainParagraphs', () => {
  it('rejoins text hard-wrapped at 70 characters into its paragraphs', () => {
    const wrapped = hardWrap(PARAGRAPHS, 70);
    expect(wrapped.split('\n').length).toBeGreaterThan(8);
    expect(plainParagraphs(wrapped)).toEqual(PARAGRAPHS);
  });

  it('rejoins hard-wrapped paragraphs separated by blank lines', () => {
    expect(plainParagraphs(hardWrap(PARAGRAPHS, 60, '\n\n'))).toEqual(PARAGRAPHS);
  });

  it('keeps every line when asked to', () => {
    const wrapped = hardWrap(PARAGRAPHS, 70);
    expect(plainParagraphs(wrapped, true)).toEqual(wrapped.split('\n'));
  });

  it('reads text without blank lines and without a wrap width as one paragraph per line', () => {
    expect(plainParagraphs('Satu kalimat pendek.\nParagraf kedua yang jauh lebih panjang dari yang pertama, dengan banyak kata di dalamnya sampai melewati batas.\nTiga.')).toEqual([
      'Satu kalimat pendek.',
      'Paragraf kedua yang jauh lebih panjang dari yang pertama, dengan banyak kata di dalamnya sampai melewati batas.',
      'Tiga.',
    ]);
  });

  it('starts a paragraph at an indented line', () => {
    const text = `${hardWrap([PARAGRAPHS[0]], 50)}\n    ${hardWrap([PARAGRAPHS[1]], 50)}`;
    expect(plainParagraphs(text)).toEqual(PARAGRAPHS.slice(0, 2));
  });
});

describe('wrapWidth', () => {
  it('finds the width of wrapped lines and none in ragged ones', () => {
    expect(wrapWidth(hardWrap(PARAGRAPHS, 70).split('\n'))).toBeGreaterThan(60);
    expect(wrapWidth(['a', 'b b', 'c'])).toBeNull();
    expect(wrapWidth(PARAGRAPHS)).toBeNull();
  });
});

describe('joinWrapped', () => {
  it.each([
    ['kali-', 'mat panjang', 'kalimat panjang'],
    ['anak-', 'anak bermain', 'anak-anak bermain'],
    ['sayur-', 'sayuran segar', 'sayur-sayuran segar'],
    ['Jawa-', 'Bali', 'Jawa-Bali'],
    ['satu', 'dua', 'satu dua'],
    ['nilai 10 -', 'tidak', 'nilai 10 - tidak'],
  ])('%j + %j → %j', (left, right, joined) => {
    expect(joinWrapped(left, right)).toBe(joined);
  });
});
