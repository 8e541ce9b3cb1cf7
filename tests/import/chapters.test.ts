import { describe, expect, it } from 'vitest';
import { chapterOfBlocks, headingChapterStarts, withChapters } from '../../src/import/chapters';
import { readSide } from '../../src/import/read-side';
import type { Block, ReadDocument } from '../../src/import/formats/index';
import { makeDocx } from '../support/format-files';

const h = (level: number, text: string): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const doc = (format: ReadDocument['format'], blocks: Block[], chapters: number[] = []): ReadDocument => ({ format, blocks, chapters, notes: [], title: null });

describe('chapters by top-level headings', () => {
  it('starts a chapter at each heading of the highest level used twice; a lone title and what precedes the first stay a chapter of their own', () => {
    const blocks = [h(1, 'Judul Buku'), p('Kata pengantar.'), h(2, 'Bab 1'), p('a'), h(3, 'Bagian'), p('b'), h(2, 'Bab 2'), p('c')];
    expect(headingChapterStarts(blocks)).toEqual([0, 2, 6]);
    expect(chapterOfBlocks({ blocks, chapters: [0, 2, 6] })).toEqual([0, 0, 1, 1, 1, 1, 2, 2]);
  });

  it('gives no chapters to a file with fewer than two headings of a level, nor to formats that are not books', () => {
    expect(headingChapterStarts([h(1, 'Judul'), p('a'), h(2, 'Satu'), p('b')])).toEqual([]);
    const twoHeadings = [h(1, 'Satu'), p('a'), h(1, 'Dua'), p('b')];
    expect(withChapters(doc('markdown', twoHeadings)).chapters).toEqual([0, 2]);
    expect(withChapters(doc('pdf', twoHeadings)).chapters).toEqual([]);
    expect(withChapters(doc('text', twoHeadings)).chapters).toEqual([]);
    // An EPUB keeps the chapters its spine gave.
    expect(withChapters(doc('epub', twoHeadings, [0, 1])).chapters).toEqual([0, 1]);
    expect(chapterOfBlocks({ blocks: twoHeadings, chapters: [] })).toEqual([null, null, null, null]);
  });

  it('reads a Word file’s Heading 1 parts as chapters, their indices kept after a label line is dropped', async () => {
    const docx = makeDocx([
      { text: 'Bab Satu', style: 'Heading1' },
      { text: 'Penulis' },
      { text: 'Hujan turun sejak pagi.' },
      { text: 'Bagian kecil', style: 'Heading2' },
      { text: 'Jalan tergenang air.' },
      { text: 'Bab Dua', style: 'Heading1' },
      { text: 'Matahari bersinar lagi.' },
    ]);
    const read = await readSide({ kind: 'file', bytes: docx, name: 'buku.docx', side: 'source' });
    expect(read.document.blocks.map((b) => b.text)).toEqual(['Bab Satu', 'Hujan turun sejak pagi.', 'Bagian kecil', 'Jalan tergenang air.', 'Bab Dua', 'Matahari bersinar lagi.']);
    expect(chapterOfBlocks(read.document)).toEqual([0, 0, 0, 0, 1, 1]);
  });
});
