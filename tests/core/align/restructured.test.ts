/**
 * Hand-made documents restructured the way translators do it: three units
 * rendered as two (and two as three) with the content running across
 * their borders, a unit dropped where another was added, a dropped unit
 * that shares names with its neighbour; and the few-link learning of a
 * short document's length ratio.
 */
import { describe, expect, it } from 'vitest';
import { alignDocument, alignUnits, type Link } from '../../../src/core/align';
import { separateUnrelated } from '../../../src/core/align/align-units';
import type { Bead } from '../../../src/core/align/dp';
import { computeFeatures } from '../../../src/core/align/features';
import { refineLengthModel } from '../../../src/core/align/length';
import { buildLexicon } from '../../../src/core/align/lexicon';
import { DEFAULT_PARAMS } from '../../../src/core/align/score';
import { en, expectValidAlignment, id } from './fixtures';

const shapes = (links: Link[]) => links.map((l) => `${l.source.join('+')}:${l.target.join('+')}`);

/** Units k..k+count-1 of the fixture pairs, one side. */
const ids = (from: number, count: number) => Array.from({ length: count }, (_, k) => id(from + k));
const ens = (from: number, count: number) => Array.from({ length: count }, (_, k) => en(from + k));

interface Case { name: string; source: string[]; target: string[]; expected: string[] }

/** Three Indonesian units rendered as two English ones (and the reverse), each cut in another place. */
const crossing: Case[] = [
  {
    name: '3-2: the middle Indonesian unit is split across both English ones',
    source: [
      ...ids(0, 2),
      'Pemerintah mengumumkan keadaan darurat',
      'selama dua minggu setelah protes menyebar ke kota-kota lain',
      'dalam beberapa hari.',
      ...ids(6, 3),
    ],
    target: [
      ...ens(0, 2),
      'The government announced a state of emergency for two weeks',
      'after the protests spread to other cities within a few days.',
      ...ens(6, 3),
    ],
    expected: ['0:0', '1:1', '2+3+4:2+3'],
  },
  {
    name: '2-3: the date and the request change places between the halves',
    source: [
      ...ids(2, 2),
      'Presiden Kazakhstan Kassym-Jomart Tokayev meminta bantuan CSTO,',
      'pada 5 Januari 2022, setelah protes menyebar.',
      ...ids(6, 3),
    ],
    target: [
      ...ens(2, 2),
      'Kazakhstan President Kassym-Jomart Tokayev',
      'asked on January 5, 2022',
      'the CSTO for help after the protests spread.',
      ...ens(6, 3),
    ],
    expected: ['0:0', '1:1', '2+3:2+3+4'],
  },
];

describe('three units against two', () => {
  it.each(crossing)('$name', ({ source, target, expected }) => {
    const links = alignUnits(source, target);
    expectValidAlignment(links, source.length, target.length);
    const got = shapes(links);
    expect(got.slice(0, expected.length)).toEqual(expected);
    // The rest stays one to one.
    const rest = got.slice(expected.length);
    expect(rest.every((s) => /^\d+:\d+$/.test(s))).toBe(true);
  });

  it('keeps a 1-1 next to a 2-1 as two links', () => {
    // Sentence 3 is cut in two on the Indonesian side only: a 2-1, with the plain 1-1 of sentence 2 before it.
    const source = [...ids(0, 3), 'Protes menyebar ke kota-kota lain', 'dalam beberapa hari.', ...ids(4, 3)];
    const target = ens(0, 7);
    const links = alignUnits(source, target);
    expectValidAlignment(links, source.length, target.length);
    expect(shapes(links)).toEqual(['0:0', '1:1', '2:2', '3+4:3', '5:4', '6:5', '7:6']);
  });
});

/** Paragraphs of two fixture sentences each: 0+1, 2+3, ... 10+11. */
const paragraphs = (side: 'id' | 'en') => [0, 2, 4, 6, 8, 10].map((k) => (side === 'id' ? ids(k, 2) : ens(k, 2)).join(' '));
const RECIPE = 'The recipe calls for butter, flour and a pinch of salt. Bake the bread for forty minutes, then let it cool on the table before you cut it.';

describe('omissions and insertions', () => {
  it.each([1, 2, 3, 4])('paragraph %i dropped where an unrelated one was added is left unaligned on both sides', (at) => {
    const source = paragraphs('id');
    const target = paragraphs('en').map((p, k) => (k === at ? RECIPE : p));
    const links = alignUnits(source, target);
    expectValidAlignment(links, source.length, target.length);
    const expected = source.flatMap((_, k) => (k === at ? [`:${k}`, `${k}:`] : [`${k}:${k}`]));
    expect(shapes(links)).toEqual(expected);
  });

  const LONG_RECIPE = `${RECIPE} Children like to eat it at night with warm milk and sweet fruit from the garden behind the house.`;
  const features = computeFeatures(
    [ids(2, 3).join(' '), 'Rusia mengirim tentara.', ids(6, 3).join(' ')],
    [LONG_RECIPE, 'Russia sent troops.', ens(6, 3).join(' ')],
    buildLexicon(),
  );
  // Chance coverage as a short document learns it.
  const params = { ...DEFAULT_PARAMS, sourceNeutral: 0.19, targetNeutral: 0.25 };
  const bead = (u: number, v: number): Bead => ({ sourceStart: u, sourceEnd: u + 1, targetStart: v, targetEnd: v + 1, gain: 0, lexical: 0, weakest: 0, length: 0 });
  it.each([
    { name: 'two long units that share nothing are split', u: 0, v: 0, split: true },
    { name: 'a short unit is left to the DP', u: 1, v: 0, split: false },
    { name: 'a translation stays linked', u: 2, v: 2, split: false },
  ])('$name', ({ u, v, split }) => {
    const out = separateUnrelated(features, params, [bead(u, v)]);
    if (!split) expect(out).toEqual([bead(u, v)]);
    else {
      expect(out.map((b) => [b.sourceStart, b.sourceEnd, b.targetStart, b.targetEnd])).toEqual([[u, u + 1, v, v], [u + 1, u + 1, v, v + 1]]);
    }
  });
});

describe('a sentence moved into the neighbouring paragraph', () => {
  const source = [ids(0, 3), ids(3, 2), ids(5, 3), ids(8, 3)];
  it.each([
    {
      name: 'the last sentence moved forward joins both paragraph links',
      target: [ens(0, 2), ens(2, 3), ens(5, 3), ens(8, 3)],
      paragraphs: ['0+1:0+1', '2:2', '3:3'],
    },
    {
      name: 'the first sentence moved back joins both paragraph links',
      target: [ens(0, 3), ens(3, 2), [...ens(5, 3), en(8)], ens(9, 2)],
      paragraphs: ['0:0', '1:1', '2+3:2+3'],
    },
    {
      name: 'no move, no join',
      target: [ens(0, 3), ens(3, 2), ens(5, 3), ens(8, 3)],
      paragraphs: ['0:0', '1:1', '2:2', '3:3'],
    },
  ])('$name', ({ target, paragraphs }) => {
    const result = alignDocument(source, target);
    expect(shapes(result.paragraphs)).toEqual(paragraphs);
    expect(shapes(result.sentences)).toEqual(Array.from({ length: 11 }, (_, k) => `${k}:${k}`));
    expectValidAlignment(result.paragraphs, source.length, target.length);
  });

  it('keeps locked paragraph links as they are', () => {
    const target = [ens(0, 2), ens(2, 3), ens(5, 3), ens(8, 3)];
    const lockedParagraphs: Link[] = [{ source: [0], target: [0], confidence: 1 }];
    const result = alignDocument(source, target, { lockedParagraphs });
    expect(result.paragraphs).toContainEqual(lockedParagraphs[0]);
    expectValidAlignment(result.paragraphs, source.length, target.length);
  });
});

describe('a short sentence with little evidence inside a paired paragraph', () => {
  it.each([
    { name: 'joins the link of its paragraph', sentence: 'Makan di restoran mewah, harganya tentu saja mahal, tapi rasanya buruk sekali.', translation: ['Eating at a fancy restaurant, the price is of course high, but the taste is very bad.', 'So bad.'] },
    { name: 'joins it when it carries words of its own', sentence: 'Pelayanan cepat tapi makanannya biasa saja, tidak ada yang istimewa.', translation: ['The service was quick but the food was ordinary.', 'Nothing special.'] },
  ])('$name', ({ sentence, translation }) => {
    const source = [ids(0, 2), [sentence], ids(2, 2)];
    const target = [ens(0, 2), translation, ens(2, 2)];
    const result = alignDocument(source, target);
    expect(shapes(result.paragraphs)).toEqual(['0:0', '1:1', '2:2']);
    expect(shapes(result.sentences)).toEqual(['0:0', '1:1', '2:2+3', '3:4', '4:5']);
  });
});

describe('a sentence translated as three inside a paragraph', () => {
  it('is one 1-3 link, even when the last of the three says little', () => {
    const sentence = 'Mengunjungi tempat ini untuk istirahat setelah macet di jalan, makanannya lumayan tapi kuenya luar biasa, sangat layak.';
    const translation = ['Visiting this place to rest after the traffic jam on the road.', 'The food was okay but the cakes were amazing.', 'Totally worth it.'];
    const result = alignDocument([ids(0, 2), [sentence], ids(2, 2)], [ens(0, 2), translation, ens(2, 2)]);
    expect(shapes(result.paragraphs)).toEqual(['0:0', '1:1', '2:2']);
    expect(shapes(result.sentences)).toEqual(['0:0', '1:1', '2:2+3+4', '3:5', '4:6']);
  });
});

describe('length ratio of a short document', () => {
  const fallback = { ratio: 0.75, variance: 6.8 };
  it.each([
    { name: 'two pairs teach nothing', pairs: [[100, 95], [200, 190]], ratio: 0.75 },
    { name: 'three pairs move the ratio most of the way', pairs: [[100, 95], [200, 190], [300, 285]], ratio: (570 + 0.75 * 400) / (600 + 400) },
    { name: 'many pairs leave the fallback little weight', pairs: Array.from({ length: 40 }, () => [100, 95]), ratio: (3800 + 0.75 * 200) / (4000 + 200) },
  ])('$name', ({ pairs, ratio }) => {
    const model = refineLengthModel(pairs.map(([source, target]) => ({ source: source!, target: target! })), fallback);
    expect(model.ratio).toBeCloseTo(ratio, 10);
  });
});
