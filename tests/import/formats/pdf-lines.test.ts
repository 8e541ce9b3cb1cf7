import { describe, expect, it } from 'vitest';
import { pdfBlocks, type PdfLine } from '../../../src/import/formats/pdf-lines';

/** A page of lines 14 units apart from the top, each `[text, indent?]`; lines reaching the right margin are full. */
function page(lines: (string | [string, number])[], top = 780): PdfLine[] {
  return lines.map((entry, i) => {
    const [text, indent] = typeof entry === 'string' ? [entry, 0] : entry;
    return { text, x: 60 + indent, right: 60 + indent + text.length * 6, y: top - i * 14, size: 11 };
  });
}

describe('pdfBlocks', () => {
  it('joins wrapped lines, repairing words hyphenated at the line end, and ends a paragraph after a short line', () => {
    const lines = page([
      'Pemerintah daerah mengumumkan rencana pembangunan kem-',
      'bali jembatan yang rusak akibat banjir besar tahun lalu dan',
      'anak-anak sekolah akan mendapat jalur khusus.',
      'Paragraf kedua dimulai di sini dengan kalimat yang cukup pan-',
      'jang untuk memenuhi baris.',
    ]);
    expect(pdfBlocks([lines])).toEqual([
      { kind: 'paragraph', text: 'Pemerintah daerah mengumumkan rencana pembangunan kembali jembatan yang rusak akibat banjir besar tahun lalu dan anak-anak sekolah akan mendapat jalur khusus.' },
      { kind: 'paragraph', text: 'Paragraf kedua dimulai di sini dengan kalimat yang cukup panjang untuk memenuhi baris.' },
    ]);
  });

  it('drops running headers and page numbers, and carries a paragraph over the page break', () => {
    const pages = [1, 2, 3].map((n) => [
      { text: 'Laporan Tahunan 2024', x: 60, right: 200, y: 810, size: 9 },
      ...page([`Kalimat pertama halaman ${n} yang panjang sekali sampai ke tepi kanan hala-`, `man dan berlanjut di baris kedua yang juga cukup panjang untuk`]),
      { text: String(n), x: 290, right: 296, y: 30, size: 9 },
    ]);
    const blocks = pdfBlocks(pages);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text).not.toMatch(/Laporan Tahunan|\s[123]$/);
    expect(blocks[0].text).toContain('halaman dan berlanjut');
  });

  it('reads a line set larger than the body as a heading', () => {
    const lines = [{ text: 'Bab Satu', x: 60, right: 140, y: 800, size: 18 }, ...page(['Isi bab yang pendek.'])];
    expect(pdfBlocks([lines])).toEqual([
      { kind: 'heading', level: 1, text: 'Bab Satu' },
      { kind: 'paragraph', text: 'Isi bab yang pendek.' },
    ]);
  });
});
