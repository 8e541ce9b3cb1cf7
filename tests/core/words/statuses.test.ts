import { describe, expect, it } from 'vitest';
import { LearnerError } from '../../../src/core/words/errors';
import { MAX_STATUSES_PER_REQUEST, parseStatuses } from '../../../src/core/words/statuses';

describe('parseStatuses', () => {
  it('reads roots in lower case with one of the four statuses', () => {
    expect(parseStatuses({ Serang: 'known', 'negara-negara': 'learning', kota: 'new', yang: 'ignored' })).toEqual(
      new Map([['serang', 'known'], ['negara-negara', 'learning'], ['kota', 'new'], ['yang', 'ignored']]),
    );
  });

  it.each([
    ['not an object', 'known'],
    ['a list', ['serang']],
    ['an unknown status', { serang: 'mastered' }],
    ['a root with spaces', { 'dua kata': 'known' }],
    ['markup as a root', { '<b>x</b>': 'known' }],
    ['a very long root', { ['a'.repeat(65)]: 'known' }],
  ])('refuses %s whole', (_name, value) => {
    expect(() => parseStatuses(value)).toThrow(LearnerError);
  });

  it('refuses more statuses than one request may carry', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_STATUSES_PER_REQUEST + 1 }, (_, i) => [`kata${i}`, 'known']));
    expect(() => parseStatuses(many)).toThrow(/at most/);
  });
});
