import { describe, expect, it } from 'vitest';
import { checkNumbers } from '../../../src/core/checks/numbers';
import { pair } from './pair';

const cases: [string, string, string, { missing: string; added: string } | null][] = [
  ['same digits', 'Ada 12 orang.', 'There were 12 people.', null],
  ['thousands separators', 'Harganya Rp 2.500.', 'It costs Rp 2,500.', null],
  ['decimal comma', 'Naik 5,3 persen.', 'Up 5.3 percent.', null],
  ['scale word', 'Sebanyak 2,5 juta orang.', 'As many as 2.5 million people.', null],
  ['scale written out', 'Sebanyak 2,5 juta orang.', 'As many as 2,500,000 people.', null],
  ['date order', 'Pada 6 Januari 2024.', 'On January 6, 2024.', null],
  ['number word against digits', 'Dua orang datang.', 'The 2 of them came.', null],
  ['digits against number word', 'Ada 3 anak.', 'There were three children.', null],
  ['time of day', 'Pukul 10.30 pagi.', 'At 10:30 in the morning.', null],
  ['no numbers at all', 'Hujan turun.', 'It rained.', null],
  ['the same digits on both sides', 'Tahun 2024 ada 3 kasus.', 'In 2024 there were 3 cases.', null],
  ['the same digits, one missing', 'Tahun 2024 ada 3 kasus.', 'In 2024 there were cases.', { missing: '3', added: '–' }],
  ['wrong number', 'Ada 12 orang.', 'There were 21 people.', { missing: '12', added: '21' }],
  ['number dropped', 'Pada 2019 ada 40 kasus.', 'In 2019 there were cases.', { missing: '40', added: '–' }],
  ['number added', 'Ada banyak kasus.', 'There were 40 cases.', { missing: '–', added: '40' }],
  ['wrong day', 'Pada 6 Januari.', 'On January 7.', { missing: '6', added: '7' }],
  ['thousands read as decimal', 'Harganya 2.500 rupiah.', 'It costs 2.6 rupiah.', { missing: '2.500', added: '2.6' }],
  ['several sentences together', 'Ada 3 orang. | Lalu 4 lagi.', 'Three came, then 4 more.', null],
];

describe('checkNumbers', () => {
  it.each(cases)('%s', (_name, source, target, expected) => {
    const finding = checkNumbers(pair(source, target));
    expect(finding?.params ?? null).toEqual(expected);
  });

  it('leaves omissions to the alignment', () => {
    expect(checkNumbers(pair('Ada 12 orang.', ''))).toBeNull();
  });
});
