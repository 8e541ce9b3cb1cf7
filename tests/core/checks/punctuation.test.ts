import { describe, expect, it } from 'vitest';
import { checkPunctuation, finalMark } from '../../../src/core/checks/punctuation';
import { pair } from './pair';

const cases: [string, string, string, { source: string; target: string } | null][] = [
  ['both end with a stop', 'Hujan turun.', 'It rained.', null],
  ['both questions', 'Apa kabar?', 'How are you?', null],
  ['question lost', 'Apa kabar?', 'How are you.', { source: '?', target: '.' }],
  ['stop lost', 'Hujan turun.', 'It rained', { source: '.', target: '–' }],
  ['stop added to a heading', 'Bab Satu', 'Chapter One.', { source: '–', target: '.' }],
  ['closing quote looked through', '"Ayo pergi!"', '"Let\'s go!"', null],
  ['bracket looked through', 'Lihat tabel (hal. 3).', 'See the table (p. 3).', null],
  ['ellipsis is a stop', 'Dan kemudian…', 'And then.', null],
  ['colon kept', 'Sebagai berikut:', 'As follows:', null],
  ['colon turned into a stop', 'Sebagai berikut:', 'As follows.', { source: ':', target: '.' }],
  ['exclamation turned into a stop', 'Awas!', 'Watch out.', { source: '!', target: '.' }],
  ['last sentence of several', 'Siapa? | Dia.', 'Who? | Him?', { source: '.', target: '?' }],
];

describe('checkPunctuation', () => {
  it.each(cases)('%s', (_name, source, target, expected) => {
    expect(checkPunctuation(pair(source, target))?.params ?? null).toEqual(expected);
  });

  it('reads the final mark through closing quotes', () => {
    expect(finalMark('He said "no."”')).toBe('.');
  });
});
