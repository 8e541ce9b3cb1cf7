import { describe, expect, it } from 'vitest';
import { alignParagraphs, alignUnits, type Link } from '../../../src/core/align';
import { seededRandom } from '../../eval/lib/rng';
import { en, expectValidAlignment, id, UNRELATED } from './fixtures';

const shapes = (links: Link[]) => links.map((l) => `${l.source.join('+')}:${l.target.join('+')}`);

describe('alignParagraphs', () => {
  it('joins the paragraphs a translator moved a sentence between', () => {
    const source = [`${id(0)} ${id(1)} ${id(2)}`, `${id(3)} ${id(4)}`, id(5)];
    const target = [`${en(0)} ${en(1)}`, `${en(2)} ${en(3)} ${en(4)}`, en(5)];
    // Whole paragraphs alone cannot see that the third sentence moved.
    expect(shapes(alignUnits(source, target))).toEqual(['0:0', '1:1', '2:2']);
    expect(shapes(alignParagraphs(source, target))).toEqual(['0+1:0+1', '2:2']);
  });

  it('finds a split paragraph, a dropped one and an added one', () => {
    const source = [id(0), `${id(1)} ${id(2)}`, id(3), id(4), id(5), id(6)];
    const target = [en(0), en(1), en(2), en(3), en(5), UNRELATED[0]!, en(6)];
    const links = alignParagraphs(source, target);
    expect(shapes(links)).toEqual(['0:0', '1:1+2', '2:3', '3:', '4:4', ':5', '5:6']);
    expectValidAlignment(links, source.length, target.length);
  });

  it('keeps every paragraph once and in order when some are single words or numbers', () => {
    const source = ['Pasal 1', id(6), '2022', id(7), 'Catatan'];
    const target = ['Article 1', en(6), en(7)];
    expectValidAlignment(alignParagraphs(source, target), source.length, target.length);
  });

  it('keeps every line once and in order whatever the lines hold', () => {
    // Odd lines a file may hold: numbers in both conventions, dates, quotes, bare punctuation,
    // addresses, other scripts, emoji, runs of words without spaces, empty and blank lines.
    const indonesian = ['Rusia', 'menyerang', '2.500', '5,3 persen', '“kata dia”', '...', '!!!', '—', '(AP)', 'https://x.id/a?b=1',
      'Jakarta, 6 Januari 2022.', 'Pasal 1', '', '\t', 'No. 7', '1.', 'Kazakhstan', 'CSTO', 'dan', '?', ';', 'é', '中文', 'العربية', '🙂'];
    const english = ['Russia', 'attacked', '2,500', '5.3 percent', '"he said"', '...', '!!!', '—', '(AP)', 'January 6, 2022.', 'Article 1',
      'Mr.', 'U.S.', 'seven', 'the', '-', '?', '🙂', '中文'];
    const next = seededRandom(7);
    const line = (pool: string[]) => Array.from({ length: Math.floor(next() * 10) }, () => pool[Math.floor(next() * pool.length)]!).join(next() < 0.3 ? '' : ' ');
    for (let k = 0; k < 40; k++) {
      const size = k % 10 === 0 ? 120 : 12;
      const source = Array.from({ length: Math.floor(next() * size) }, () => line(indonesian));
      const target = Array.from({ length: Math.floor(next() * size) }, () => line(english));
      expectValidAlignment(alignParagraphs(source, target), source.length, target.length);
    }
  });

  it('handles empty sides', () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(shapes(alignParagraphs([id(0)], []))).toEqual(['0:']);
  });
});
