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

const keysOf = (side: { offsets: Int32Array; keys: Int32Array }, u: number) => Array.from(side.keys.subarray(side.offsets[u]!, side.offsets[u + 1]!));

describe('computeFeatures key lists', () => {
  const lexicon = buildLexicon();

  it('gives a repeated text the keys of its first reading', () => {
    const f = computeFeatures([id(0), id(1), id(0), id(0)], [en(0), en(0), en(1)], lexicon);
    expect(keysOf(f.source, 2)).toEqual(keysOf(f.source, 0));
    expect(keysOf(f.source, 3)).toEqual(keysOf(f.source, 0));
    expect(keysOf(f.target, 1)).toEqual(keysOf(f.target, 0));
    expect(keysOf(f.source, 0).length).toBeGreaterThan(0);
  });

  it('lists the keys of a unit ascending and each once, of long units and of repeated words alike', () => {
    const long = [id(0), id(1), id(2), id(3), id(4), id(5), '12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35'].join(' ');
    const f = computeFeatures([id(6), long, `${id(6)} ${id(6)}`], [en(0)], lexicon);
    for (let u = 0; u < 3; u++) {
      const keys = keysOf(f.source, u);
      expect(keys).toEqual([...new Set(keys)].sort((a, b) => a - b));
    }
    expect(keysOf(f.source, 1).length).toBeGreaterThan(32);
  });
});
