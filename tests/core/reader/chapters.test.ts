import { describe, expect, it } from 'vitest';
import { chapterContents, chapterStarts } from '../../../src/core/reader/chapters';

const c = (source: number | null, target: number | null) => ({ source, target });

describe('chapterStarts', () => {
  it('begins a chapter where either side’s chapter changes: a preface and a chapter one edition lacks begin on their side alone', () => {
    // Indonesian preface (0), paired chapters 1↔0 and 2↔1, an English-only chapter 2, then 3↔3.
    const links = [c(0, null), c(0, null), c(1, 0), c(1, 0), c(2, 1), c(null, 2), c(null, 2), c(3, 3)];
    expect(chapterStarts(links)).toEqual([true, false, true, false, true, true, false, true]);
  });

  it('finds none in a document without chapters, or with one', () => {
    expect(chapterStarts([c(null, null), c(null, null)])).toEqual([false, false]);
    expect(chapterStarts([undefined, undefined])).toEqual([false, false]);
    expect(chapterStarts([c(0, 0), c(0, 0)])).toEqual([false, false]);
  });
});

describe('chapterContents', () => {
  it('names each chapter by its first heading, else leaves it to be named by its number', () => {
    const groups = [
      { chapterStart: true, heading: null },
      { chapterStart: false, heading: 'Kata Pengantar' },
      { chapterStart: false, heading: 'Bagian' },
      { chapterStart: true, heading: null },
    ];
    expect(chapterContents(groups)).toEqual([
      { group: 0, title: 'Kata Pengantar' },
      { group: 3, title: null },
    ]);
    expect(chapterContents([{ chapterStart: false, heading: 'Judul' }])).toEqual([]);
  });
});
