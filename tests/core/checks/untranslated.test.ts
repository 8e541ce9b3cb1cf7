import { describe, expect, it } from 'vitest';
import { checkUntranslated } from '../../../src/core/checks/untranslated';
import { pair } from './pair';

const cases: [string, string, string, string | null][] = [
  ['translated', 'Pasar tetap ramai.', 'The market stays busy.', null],
  ['copied over', 'Pasar tetap ramai.', 'Pasar tetap ramai.', 'copied'],
  ['copied with other case and spaces', 'Pasar tetap ramai.', 'pasar  tetap Ramai.', 'copied'],
  ['empty English', 'Pasar tetap ramai.', '   ', 'empty'],
  ['a name stays a name', 'Joko Widodo', 'Joko Widodo', null],
  ['a figure stays a figure', '2.500', '2.500', null],
  ['no English sentence: an omission, not this check', 'Pasar tetap ramai.', '', null],
  ['no Indonesian sentence: an addition', '', 'Added text.', null],
];

describe('checkUntranslated', () => {
  it.each(cases)('%s', (_name, source, target, reason) => {
    expect(checkUntranslated(pair(source, target))?.params.reason ?? null).toBe(reason);
  });
});
