import { describe, expect, it } from 'vitest';
import { chooseDrafts, draftSide, type PairCandidate } from '../../../src/core/memory/drafts';

let nextId = 1;
/** A stored pair: its Indonesian, its English sentences, and their status (reviewed unless said). */
const pair = (source: string, target: string[], status = 'reviewed'): PairCandidate => ({
  sentenceId: nextId++,
  source,
  target: target.map((text) => ({ text, status })),
});

describe('chooseDrafts', () => {
  const cases: [string, PairCandidate[], Record<string, string[]>][] = [
    ['a reviewed pair gives its English', [pair('Hujan turun.', ['Rain fell.'])], { 'Hujan turun.': ['Rain fell.'] }],
    ['a draft is no memory', [pair('Hujan turun.', ['Rain fell.'], 'draft')], {}],
    ['machine English is no memory', [pair('Hujan turun.', ['Rain fell.'], 'machine')], {}],
    ['a pair without English gives nothing', [pair('Hujan turun.', [])], {}],
    ['one unreviewed sentence of two spoils the pair', [{ sentenceId: nextId++, source: 'A.', target: [{ text: 'a.', status: 'reviewed' }, { text: 'b.', status: 'draft' }] }], {}],
    ['two English sentences stay two', [pair('Dia datang dan pergi.', ['He came.', 'He left.'])], { 'Dia datang dan pergi.': ['He came.', 'He left.'] }],
    ['the translation given most often wins', [pair('Ya.', ['Yes.']), pair('Ya.', ['Yeah.']), pair('Ya.', ['Yes.'])], { 'Ya.': ['Yes.'] }],
    ['between as many, the latest wins', [pair('Ya.', ['Yes.']), pair('Ya.', ['Yeah.'])], { 'Ya.': ['Yeah.'] }],
    ['a reviewed pair wins over a newer draft', [pair('Ya.', ['Yes.']), pair('Ya.', ['Yeah.'], 'draft')], { 'Ya.': ['Yes.'] }],
  ];
  it.each(cases)('%s', (_name, candidates, expected) => {
    expect(Object.fromEntries(chooseDrafts(candidates))).toEqual(expected);
  });
});

describe('draftSide', () => {
  it('gives each matched sentence its English and leaves the rest untranslated (the worked example)', () => {
    const side = draftSide([['A.', 'B.'], ['C.']], new Map([['A.', ['a.']], ['C.', ['c1.', 'c2.']]]));
    expect(side.translation).toEqual([{ text: 'a.', sentences: ['a.'] }, { text: 'c1. c2.', sentences: ['c1.', 'c2.'] }]);
    expect(side.paragraphLinks.map((l) => [l.source, l.target])).toEqual([[[0], [0]], [[1], [1]]]);
    expect(side.sentenceLinks.map((l) => [l.source, l.target])).toEqual([[[0], [0]], [[1], []], [[2], [1, 2]]]);
    expect(side.prefilled).toBe(2);
  });

  it('gives a paragraph without a match no English paragraph, and numbers the next one on', () => {
    const side = draftSide([['X.'], ['A.', 'A.']], new Map([['A.', ['a.']]]));
    expect(side.translation).toEqual([{ text: 'a. a.', sentences: ['a.', 'a.'] }]);
    expect(side.paragraphLinks.map((l) => [l.source, l.target])).toEqual([[[0], []], [[1], [0]]]);
    expect(side.sentenceLinks.map((l) => [l.source, l.target])).toEqual([[[0], []], [[1], [0]], [[2], [1]]]);
    expect(side.prefilled).toBe(2);
  });

  it('makes no English of no matches: every sentence stands alone', () => {
    const side = draftSide([['A.', 'B.']], new Map());
    expect(side.translation).toEqual([]);
    expect(side.sentenceLinks.map((l) => l.target)).toEqual([[], []]);
    expect(side.prefilled).toBe(0);
  });
});
