import { describe, expect, it } from 'vitest';
import { cognateKey, isCognate } from '../../../src/core/align/cognates';

describe('cognates and shared names', () => {
  it.each([
    ['Rusia', 'Russia'], ['militer', 'military'], ['stabilitas', 'stability'], ['teritorial', 'territorial'],
    ['presiden', 'president'], ['organisasi', 'organization'], ['Kazakhstan', 'Kazakhstan'], ['CSTO', 'CSTO'],
    ['Tokayev', 'Tokayev'], ['teknologi', 'technology'], ['kualitas', 'quality'], ['aktif', 'active'],
    ['sentral', 'central'], ['konferensi', 'conference'], ['universitas', 'university'], ['komunikasi', 'communication'],
    ['ekonomi', 'economy'], ['politik', 'political'],
  ])('%s ~ %s', (id, en) => {
    expect(isCognate(id, en)).toBe(true);
    expect(cognateKey(id, 'id')).toBe(cognateKey(en, 'en'));
  });

  it.each([
    ['pemerintah', 'government'], ['rumah', 'house'], ['makan', 'make'], ['hari', 'day'], ['besar', 'bizarre'],
  ])('%s is not a cognate of %s', (id, en) => {
    expect(isCognate(id, en)).toBe(false);
  });

  it('gives no key to very short words', () => {
    expect(cognateKey('di', 'id')).toBeUndefined();
    expect(cognateKey('the', 'en')).toBeUndefined();
  });
});
