import { describe, expect, it } from 'vitest';
import { alignDocument, type Link } from '../../../src/core/align';
import { boundSentenceBand } from '../../../src/core/align/align-document';
import { fullBand } from '../../../src/core/align/band';
import { computeFeatures } from '../../../src/core/align/features';
import { buildLexicon } from '../../../src/core/align/lexicon';
import { en, expectValidAlignment, id, UNRELATED } from './fixtures';

const shapes = (links: Link[]) => links.map((l) => `${l.source.join('+')}:${l.target.join('+')}`);

describe('alignDocument', () => {
  it('handles empty documents', () => {
    expect(alignDocument([], [])).toEqual({ paragraphs: [], sentences: [] });
  });

  it('aligns paragraphs and then sentences with global indices', () => {
    const source = [[id(0), id(1)], [id(2), id(3), id(4)], [id(5)]];
    const target = [[en(0), en(1)], [en(2), `${en(3)} ${en(4)}`], [UNRELATED[0]!], [en(5)]];
    const result = alignDocument(source, target);
    expect(shapes(result.paragraphs)).toEqual(['0:0', '1:1', ':2', '2:3']);
    expect(shapes(result.sentences)).toEqual(['0:0', '1:1', '2:2', '3+4:3', ':4', '5:5']);
  });

  it('recovers sentence links across a wrong paragraph grouping', () => {
    // The translator moved the third sentence into the next paragraph.
    const source = [[id(0), id(1), id(2)], [id(3), id(4)], [id(6), id(7)]];
    const target = [[en(0), en(1)], [en(2), en(3), en(4)], [en(6), en(7)]];
    const result = alignDocument(source, target);
    expect(shapes(result.sentences)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5', '6:6']);
  });

  it('recovers when a locked paragraph link is wrong', () => {
    const source = [[id(0), id(1)], [id(2), id(3)], [id(4), id(5)]];
    const target = [[en(0)], [en(1), en(2), en(3)], [en(4), en(5)]];
    const lockedParagraphs: Link[] = [{ source: [0], target: [0, 1], confidence: 1 }];
    const result = alignDocument(source, target, { lockedParagraphs });
    expect(result.paragraphs).toContainEqual(lockedParagraphs[0]);
    expect(shapes(result.sentences)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5']);
    expectValidAlignment(result.sentences, 6, 6);
  });

  it('links sentences into a paragraph the paragraph level left unpaired', () => {
    // The translator merged the heading and the first sentence of Article 15 into the paragraph before.
    const source = [
      'Setiap orang berhak mencari dan menikmati suaka di negeri lain untuk melindungi diri dari pengejaran.',
      'Hak ini tidak berlaku untuk kasus pengejaran yang benar-benar timbul karena kejahatan-kejahatan yang tak berhubungan dengan politik, atau karena perbuatan-perbuatan yang bertentangan dengan tujuan dan dasar Perserikatan Bangsa-Bangsa.',
      'Pasal 15',
      'Setiap orang berhak atas sesuatu kewarga-negaraan.',
      'Tidak seorang pun dengan semena-mena dapat dicabut kewarga-negaraannya atau ditolak haknya untuk mengganti kewarga-negaraan.',
      'Pasal 16',
    ].map((p) => [p]);
    const target = [
      ['Everyone has the right to seek and to enjoy in other countries asylum from persecution.'],
      [
        'This right may not be invoked in the case of prosecutions genuinely arising from non-political crimes or from acts contrary to the purposes and principles of the United Nations.',
        'Article 15 Everyone has the right to a nationality.',
      ],
      ['No one shall be arbitrarily deprived of his nationality nor denied the right to change his nationality.'],
      ['Article 16'],
    ];
    const result = alignDocument(source, target);
    expect(shapes(result.sentences)).toEqual(['0:0', '1:1', '2+3:2', '4:3', '5:4']);
  });

  it('honours locked sentence links', () => {
    const source = [[id(0), id(1)], [id(2)]];
    const target = [[en(0), en(1)], [en(2)]];
    const lockedSentences: Link[] = [{ source: [0, 1], target: [0, 1], confidence: 1 }];
    const result = alignDocument(source, target, { lockedSentences });
    expect(result.sentences).toEqual([lockedSentences[0], expect.objectContaining({ source: [2], target: [2] })]);
  });

  describe('a paragraph link of hundreds of sentences', () => {
    // A text without paragraph breaks: one paragraph on each side.
    const count = 600;
    const source = Array.from({ length: count }, (_, k) => `Pada tahun ${1000 + k}, ${id(k % 12)}`);
    const target = Array.from({ length: count }, (_, k) => `In ${1000 + k}, ${en(k % 12)}`);

    it('is searched along its anchors, not whole', () => {
      const band = boundSentenceBand(fullBand(count, count), computeFeatures(source, target, buildLexicon()));
      const widths = Array.from(band.lo, (lo, i) => band.hi[i]! - lo);
      expect(Math.max(...widths)).toBeLessThan(count / 4);
      // The true path, one sentence to one, stays inside.
      for (let k = 0; k <= count; k++) {
        expect(band.lo[k]).toBeLessThanOrEqual(k);
        expect(band.hi[k]).toBeGreaterThanOrEqual(k);
      }
    });

    it('is aligned sentence by sentence', () => {
      const result = alignDocument([source], [target]);
      expect(shapes(result.paragraphs)).toEqual(['0:0']);
      expect(shapes(result.sentences)).toEqual(Array.from({ length: count }, (_, k) => `${k}:${k}`));
    });
  });
});
