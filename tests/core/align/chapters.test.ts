import { describe, expect, it } from 'vitest';
import { alignByChapters } from '../../../src/core/align/chapters';

const P = (id: string, en: string) => ({ id: [id], en: [en] });
const CHAPTERS = [
  [P('Pada tahun 1945 Indonesia menyatakan kemerdekaannya di Jakarta.', 'In 1945 Indonesia declared its independence in Jakarta.'), P('Soekarno membacakan teks proklamasi pada pukul 10 pagi.', 'Sukarno read the proclamation at 10 in the morning.')],
  [P('Kereta cepat Jakarta–Bandung mulai beroperasi pada Oktober 2023.', 'The Jakarta–Bandung high-speed railway began operating in October 2023.'), P('Perjalanan 142 kilometer kini hanya memakan waktu 45 menit.', 'The 142-kilometre trip now takes only 45 minutes.'), P('Tiket termurah dijual seharga 150.000 rupiah.', 'The cheapest ticket sells for 150,000 rupiah.')],
  [P('Gunung Merapi meletus lagi pada 11 Maret dengan awan panas sejauh 7 kilometer.', 'Mount Merapi erupted again on 11 March with hot clouds reaching 7 kilometres.'), P('Sekitar 2.000 warga mengungsi ke tempat yang lebih aman.', 'About 2,000 residents fled to safer places.')],
];

describe('alignByChapters', () => {
  it('pairs the chapters first, leaves the front matter the English edition lacks unpaired, and aligns inside each pair', () => {
    const front = [['Kata pengantar: buku ini disusun untuk para pembaca muda.'], ['Terima kasih kepada semua pihak yang telah membantu.']];
    const source = [...front, ...CHAPTERS.flat().map((p) => p.id)];
    const target = CHAPTERS.flat().map((p) => p.en);
    const starts = (lengths: number[], first = 0) => lengths.reduce<number[]>((acc, n, i) => [...acc, i === 0 ? first : acc[i - 1]! + lengths[i - 1]!], []);
    const aligned = alignByChapters(source, target, { source: [0, ...starts(CHAPTERS.map((c) => c.length), 2)], target: starts(CHAPTERS.map((c) => c.length)) });
    const paragraphs = aligned.paragraphs.map((l) => [l.source, l.target]);
    expect(paragraphs).toEqual([
      [[0], []],
      [[1], []],
      ...target.map((_, i) => [[i + 2], [i]]),
    ]);
    expect(aligned.sentences.filter((l) => l.source.length && l.target.length)).toHaveLength(target.length);
    expect(aligned.sentences.at(-1)).toMatchObject({ source: [source.length - 1], target: [target.length - 1] });
  });

  it('keeps every paragraph and sentence exactly once, in order', () => {
    const source = CHAPTERS.flat().map((p) => p.id);
    const target = CHAPTERS.slice(0, 2).flat().map((p) => p.en);
    const aligned = alignByChapters(source, target, { source: [0, 2, 5], target: [0, 2] });
    expect(aligned.paragraphs.flatMap((l) => l.source)).toEqual(source.map((_, i) => i));
    expect(aligned.paragraphs.flatMap((l) => l.target)).toEqual(target.map((_, i) => i));
    expect(aligned.paragraphs.slice(-2).map((l) => l.target)).toEqual([[], []]);
  });
});
