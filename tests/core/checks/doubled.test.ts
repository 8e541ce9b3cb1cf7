import { describe, expect, it } from 'vitest';
import { checkDoubled } from '../../../src/core/checks/doubled';
import { pair } from './pair';

const cases: [string, string, string | null][] = [
  ['plain sentence', 'The market is busy.', null],
  ['doubled article', 'The the market is busy.', 'the'],
  ['doubled across a line break', 'the market\nmarket is busy', 'market'],
  ['two doublings', 'It is is a a test.', 'is, a'],
  ['grammatical had had', 'She had had enough.', null],
  ['grammatical that that', 'He said that that was wrong.', null],
  ['repeated figures are numbers', 'Rooms 12 12 and 14.', null],
  ['hyphenated reduplication', 'The so-so results.', null],
  ['part of a longer word', 'The theory is sound.', null],
  ['word then its plural', 'A year years ago.', null],
  ['three in a row is one doubling', 'See the the the end.', 'the'],
  ['a comma between is not a doubling', 'Yes, yes, it is.', null],
  ['letters beyond ASCII, in another case', 'Das Über über alles.', 'über'],
  ['a word with an apostrophe, in capitals', "It's IT'S done.", "it's"],
  ['no-break space between', 'the\u00a0The market', 'the'],
];

describe('checkDoubled', () => {
  it.each(cases)('%s', (_name, target, words) => {
    expect(checkDoubled(pair('Pasar ramai.', target))?.params.words ?? null).toBe(words);
  });
});
