import { describe, expect, it } from 'vitest';
import { chapterOfParagraphs, cueSpan, formatCueTime, structureColumns, structureOfColumns, structureOfLabel, structureOfParagraphs } from '../../../src/core/text/structure';
import type { ParagraphStructure } from '../../../src/core/model';

const H1: ParagraphStructure = { kind: 'heading', level: 1 };
const CUE: ParagraphStructure = { kind: 'cue', start: 1000, end: 2500 };
const BODY: ParagraphStructure = { kind: 'body' };

describe('paragraph structure', () => {
  it('round-trips through its columns, and reads incomplete or unknown columns as body text', () => {
    for (const s of [H1, CUE, BODY]) expect(structureOfColumns(structureColumns(s))).toEqual(s);
    expect(structureColumns({ kind: 'heading', level: 9 }).heading_level).toBe(6);
    expect(structureOfColumns({ kind: 'heading', heading_level: null })).toEqual(BODY);
    expect(structureOfColumns({ kind: 'cue', cue_start_ms: 5, cue_end_ms: null })).toEqual(BODY);
    expect(structureColumns()).toEqual({ kind: 'body', heading_level: null, cue_start_ms: null, cue_end_ms: null });
  });

  it('pairs paragraphs with blocks one for one when the intake kept them all', () => {
    expect(structureOfParagraphs(['A', 'b'], [{ text: 'x', structure: H1 }, { text: 'y', structure: BODY }])).toEqual([H1, BODY]);
  });

  it('finds each paragraph\'s block by its text when the intake dropped some, and calls the unmatched body text', () => {
    const blocks = [
      { text: 'Judul', structure: H1 },
      { text: 'Iklan', structure: BODY },
      { text: 'Kalimat  pertama.', structure: CUE },
      { text: 'Kalimat kedua.', structure: CUE },
    ];
    expect(structureOfParagraphs(['Judul', 'Kalimat pertama.', 'Sesuatu yang lain.'], blocks)).toEqual([H1, CUE, BODY]);
  });

  it('writes cue times as subtitle files do', () => {
    expect(formatCueTime(3_723_045)).toBe('01:02:03.045');
    expect(cueSpan(CUE)).toBe('00:00:01.000 → 00:00:02.500');
    expect(cueSpan(H1)).toBeNull();
  });
});

describe('structureOfLabel', () => {
  it('reads back what exchange files name: h1 … h6, cue with its span; anything else is body text', () => {
    expect(structureOfLabel('h3', null)).toEqual({ kind: 'heading', level: 3 });
    expect(structureOfLabel('cue', cueSpan({ kind: 'cue', start: 1000, end: 3_723_500 }))).toEqual({ kind: 'cue', start: 1000, end: 3_723_500 });
    expect(structureOfLabel('cue', '00:00:05.000 → 00:00:01.000')).toEqual({ kind: 'body' });
    expect(structureOfLabel('cue', null)).toEqual({ kind: 'body' });
    expect(structureOfLabel('h7', null)).toEqual({ kind: 'body' });
    expect(structureOfLabel(null, null)).toEqual({ kind: 'body' });
  });
});

describe('chapterOfParagraphs', () => {
  it('takes the chapter of each paragraph’s block, and the chapter before for a paragraph the intake made anew', () => {
    const blocks = [
      { text: 'Bab 1', chapter: 0 },
      { text: 'Penulis', chapter: 0 },
      { text: 'Isi.', chapter: 0 },
      { text: 'Bab 2', chapter: 1 },
      { text: 'Lagi.', chapter: 1 },
    ];
    expect(chapterOfParagraphs(['Bab 1', 'Isi.', 'Bab 2', 'Teks baru.', 'Lagi.', 'Akhir.'], blocks)).toEqual([0, 0, 1, 1, 1, 1]);
  });
});
