import { describe, expect, it } from 'vitest';
import { chapterText, headingNumbers, pairChapters } from '../../../src/core/align/chapter-pairs';
import { CHAPTERS, PREFACE } from '../../support/two-editions';

const pairs = (links: { source: number[]; target: number[] }[]) => links.map((l) => `${l.source.join('+')}-${l.target.join('+')}`);
const BODY_ID = 'Pasal ini berlaku bagi setiap orang tanpa kecuali, di mana pun ia berada, pada tahun 1948 dan sesudahnya.';
const BODY_EN = 'This article applies to everyone without exception, wherever they are, in 1948 and after.';

describe('headingNumbers', () => {
  it('reads digits, number words and Roman numerals alike on both sides', () => {
    expect(headingNumbers('Bab Tiga', 'id')).toEqual(headingNumbers('Chapter 3', 'en'));
    expect(headingNumbers('BAB III: Pulang', 'id')).toEqual(headingNumbers('Chapter Three', 'en'));
    expect(headingNumbers('I was there', 'en').size).toBe(0);
    expect(headingNumbers(null, 'id').size).toBe(0);
  });
});

describe('pairChapters', () => {
  it('pairs chapters of the same text by their numbers, leaving a preface and a chapter the other edition lacks alone', () => {
    const id = ['Kata Pengantar', 'Bab 1', 'Bab 2', 'Bab 3', 'Bab 4'].map((h) => chapterText([h, BODY_ID, BODY_ID]));
    const en = ['Chapter 1', 'Chapter 2', 'Chapter 4'].map((h) => chapterText([h, BODY_EN, BODY_EN]));
    expect(pairs(pairChapters(id, en))).toEqual(['0-', '1-0', '2-1', '3-', '4-2']);
  });

  it('pairs chapters without numbers by what their texts share and their lengths', () => {
    const id = [PREFACE.paragraphs, ...CHAPTERS.map((c) => c.id.paragraphs)].map((p) => chapterText(p));
    const en = CHAPTERS.filter((_, i) => i !== 1).map((c) => chapterText(c.en.paragraphs));
    expect(pairs(pairChapters(id, en))).toEqual(['0-', '1-0', '2-', '3-1', '4-2']);
  });

  it('joins two chapters of one edition that the other has as one', () => {
    const id = CHAPTERS.map((c) => chapterText([c.id.title, ...c.id.paragraphs]));
    const [first, second] = [CHAPTERS[1]!.en.paragraphs.slice(0, 1), CHAPTERS[1]!.en.paragraphs.slice(1)];
    const en = [chapterText([CHAPTERS[0]!.en.title, ...CHAPTERS[0]!.en.paragraphs]), chapterText([CHAPTERS[1]!.en.title, ...first]), chapterText(second), ...CHAPTERS.slice(2).map((c) => chapterText([c.en.title, ...c.en.paragraphs]))];
    expect(pairs(pairChapters(id, en))).toEqual(['0-0', '1-1+2', '2-3', '3-4']);
  });
});
