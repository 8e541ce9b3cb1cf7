import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeadingLine, isLabelLine, normalizeText, segmentDocument, splitParagraphs } from '../../../src/core/text';

const seed = readFileSync(new URL('../../../seeds/intisari-csto-kazakhstan.id.txt', import.meta.url), 'utf8');

describe('normalizeText', () => {
  it.each([
    ['\uFEFFPenulis', 'Penulis'],
    ['satu\r\ndua\rtiga\nempat', 'satu\ndua\ntiga\nempat'],
    ['Rp\u00A01.000 dan 10\u202F%', 'Rp 1.000 dan 10 %'],
    ['ideografis\u3000spasi\u2009tipis', 'ideografis spasi tipis'],
    ['baris   \nberikut\t\n', 'baris\nberikut\n'],
    ['nega\u00ADra ter\u200Bsembunyi', 'negara tersembunyi'],
    ['Cafe\u0301 Jose\u0301', 'Café José'],
    ['paragraf\u2029baris\u2028lain', 'paragraf\nbaris\nlain'],
    ['  indentasi tetap', '  indentasi tetap'],
    ['', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe('isLabelLine', () => {
  it.each([
    ['Penulis', true],
    ['Penulis:', true],
    ['  penulis :  ', true],
    ['Editor', true],
    ['Reporter', true],
    ['Foto:', true],
    ['Baca Juga', true],
    ['BACA  JUGA:', true],
    ['Advertisement', true],
    ['ADVERTISEMENT', true],
    ['Share', true],
    ['Jakarta', false],
    ['Penulis: Budi Santoso', false],
    ['Baca Juga: Rusia Kirim Pasukan', false],
    ['Editor senior itu pergi.', false],
    ['Kazakhstan', false],
    ['', false],
  ])('%j -> %s', (line, expected) => {
    expect(isLabelLine(line)).toBe(expected);
  });
});

describe('splitParagraphs', () => {
  it.each([
    ['', []],
    ['\n\n', []],
    ['Satu baris saja.', ['Satu baris saja.']],
    ['Baris satu.\nBaris dua.\nBaris tiga.', ['Baris satu.', 'Baris dua.', 'Baris tiga.']],
    ['Blok satu\nberlanjut di sini.\n\nBlok dua.', ['Blok satu berlanjut di sini.', 'Blok dua.']],
    ['A.\n\n\n\nB.', ['A.', 'B.']],
    ['A.\n   \nB.', ['A.', 'B.']],
    ['  Menjorok.  \n\tTab.', ['Menjorok.', 'Tab.']],
    ['Baris satu.\nBaris dua.\n\n', ['Baris satu.', 'Baris dua.']],
    ['\n\nBaris satu.\nBaris dua.', ['Baris satu.', 'Baris dua.']],
    ['Baris satu.\r\nBaris dua.', ['Baris satu.', 'Baris dua.']],
    ['Penulis\nIsi berita.', ['Isi berita.']],
    ['Isi berita.\nADVERTISEMENT\nLanjutan berita.', ['Isi berita.', 'Lanjutan berita.']],
    ['Editor:\n\nIsi berita.\n\nShare', ['Isi berita.']],
    ['Penulis\nBudi Santoso\n\nIsi berita.', ['Penulis Budi Santoso', 'Isi berita.']],
    ['Jakarta\nIsi berita.', ['Jakarta', 'Isi berita.']],
    ['Kata  dengan   spasi\nganda.\n\nB.', ['Kata dengan spasi ganda.', 'B.']],
  ])('%j', (text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });

  it('turns the 19 lines of the seed article into 18 paragraphs, dropping "Penulis"', () => {
    expect(normalizeText(seed).split('\n')).toHaveLength(19);
    const paragraphs = splitParagraphs(normalizeText(seed));
    expect(paragraphs).toHaveLength(18);
    expect(paragraphs[0]).toMatch(/^Intisari-online\.com - Sebuah serangan mendadak/);
    expect(paragraphs).not.toContain('Penulis');
    expect(paragraphs[17]).toBe('"Ini bukan operasi militer yang berarti invasi atau pendudukan," tambahnya.');
  });
});

describe('segmentDocument', () => {
  it('normalizes, splits paragraphs and sentences of the seed article', () => {
    const doc = segmentDocument(seed, 'id');
    expect(doc).toHaveLength(18);
    expect(doc.map((paragraph) => paragraph.sentences.length)).toEqual(Array(18).fill(1));
    expect(doc[10]).toEqual({
      text: 'Diperkirakan 2.500-3.000 tentara Rusia akan berkumpul di lokasi yang tidak ditentukan di Kazakhstan pada malam 7 Januari.',
      sentences: ['Diperkirakan 2.500-3.000 tentara Rusia akan berkumpul di lokasi yang tidak ditentukan di Kazakhstan pada malam 7 Januari.'],
    });
  });

  it.each([
    [
      '\uFEFFPenulis\r\n\r\nDr. Budi tiba.\u00A0Ia lelah.\r\n\r\n"Kami siap," kata Zas. "Pasukan tiba besok."\r\n',
      [
        { text: 'Dr. Budi tiba. Ia lelah.', sentences: ['Dr. Budi tiba.', 'Ia lelah.'] },
        { text: '"Kami siap," kata Zas. "Pasukan tiba besok."', sentences: ['"Kami siap," kata Zas.', '"Pasukan tiba besok."'] },
      ],
    ],
    ['', []],
    ['Satu.\nDua? Tiga!', [{ text: 'Satu.', sentences: ['Satu.'] }, { text: 'Dua? Tiga!', sentences: ['Dua?', 'Tiga!'] }]],
  ])('%j', (text, expected) => {
    expect(segmentDocument(text, 'id')).toEqual(expected);
  });
});

describe('heading lines inside a paragraph', () => {
  it.each([
    ['Pasal 3', true],
    ['BAB IV', true],
    ['Bagian Kedua', true],
    ['Article 12.', true],
    ['Mukadimah', true],
    ['Pasal 3 UUD 1945', false],
    ['Pasal', false],
    ['Pasar tetap ramai', false],
  ])('%j is a heading: %s', (line, expected) => {
    expect(isHeadingLine(line)).toBe(expected);
  });

  it('keeps "Pasal 1" above its article as a unit of its own', () => {
    const doc = segmentDocument('Pasal 1\nSemua orang dilahirkan merdeka. Mereka dikaruniai akal.\n\nArticle 2\nEveryone is entitled to all the rights.', 'id');
    expect(doc.map((p) => p.sentences)).toEqual([
      ['Pasal 1', 'Semua orang dilahirkan merdeka.', 'Mereka dikaruniai akal.'],
      ['Article 2', 'Everyone is entitled to all the rights.'],
    ]);
  });

  it('leaves a heading word inside a line, and ordinary lines run together, as they were', () => {
    const doc = segmentDocument('Menurut Pasal 3\nUndang-undang itu berlaku.\n\nPasal 3 UUD menyatakan hal itu.\nIa setuju.', 'id');
    expect(doc.map((p) => p.sentences)).toEqual([['Menurut Pasal 3 Undang-undang itu berlaku.'], ['Pasal 3 UUD menyatakan hal itu.', 'Ia setuju.']]);
  });

  // The evaluation data sits beside the repository on the machines that have it.
  const udhr = new URL('../../../../shared/eval-data/udhr/udhr2.ind.txt', import.meta.url);
  it.skipIf(!existsSync(udhr))('gives every article of the Universal Declaration its heading as a sentence of its own', () => {
    const text = readFileSync(udhr, 'utf8');
    const sentences = segmentDocument(text, 'id').flatMap((p) => p.sentences);
    const headings = sentences.filter((s) => /^Pasal \d+$/.test(s));
    expect(headings).toHaveLength(30);
    expect(sentences.filter((s) => /^Pasal \d+ /.test(s))).toEqual([]);
  });
});
