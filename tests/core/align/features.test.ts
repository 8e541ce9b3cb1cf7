import { describe, expect, it } from 'vitest';
import { computeDocumentFeatures, computeFeatures } from '../../../src/core/align/features';
import { buildLexicon } from '../../../src/core/align/lexicon';
import { en, id } from './fixtures';

/** Key ids differ between the two ways, so sums may differ in the last bit. */
const rounded = (values: Float64Array) => Array.from(values, (x) => Number(x.toFixed(9)));

describe('computeDocumentFeatures', () => {
  const source = [[id(0), id(1)], [id(2)], [id(3), id(4), id(5)], [id(6)]];
  const target = [[en(0)], [en(1), en(2)], [`"${en(3)}"`, `"${en(4)}"`], [en(5), en(6)]];
  const lexicon = buildLexicon();

  it('gives paragraphs the evidence their whole text has', () => {
    const both = computeDocumentFeatures(source, target, lexicon);
    const whole = computeFeatures(source.map((p) => p.join(' ')), target.map((p) => p.join(' ')), lexicon);
    // Equal masses need equal key sets and equal key weights.
    expect(rounded(both.paragraphs.source.mass)).toEqual(rounded(whole.source.mass));
    expect(rounded(both.paragraphs.target.mass)).toEqual(rounded(whole.target.mass));
    expect(Array.from(both.paragraphs.source.length)).toEqual(Array.from(whole.source.length));
    expect(Array.from(both.paragraphs.target.offsets)).toEqual(Array.from(whole.target.offsets));
  });

  it('gives sentences the evidence they have alone', () => {
    const both = computeDocumentFeatures(source, target, lexicon);
    const alone = computeFeatures(source.flat(), target.flat(), lexicon);
    expect(rounded(both.sentences.source.mass)).toEqual(rounded(alone.source.mass));
    expect(rounded(both.sentences.target.mass)).toEqual(rounded(alone.target.mass));
    expect(both.sentences.source.count).toBe(7);
  });
});
