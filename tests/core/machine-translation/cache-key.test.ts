import { describe, expect, it } from 'vitest';
import { cacheKey, type CacheKeyInput } from '../../../src/core/machine-translation/cache-key';

const base: CacheKeyInput = {
  text: 'Pemerintah menaikkan harga BBM.',
  targetLang: 'en-GB',
  glossaryVersion: 'abc123',
  options: { engine: 'deepl', formality: 'default' },
};

describe('cacheKey', () => {
  it('is a sha256 hex digest that is the same on every call', () => {
    const key = cacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ ...base, options: { ...base.options } })).toBe(key);
  });

  it('keeps the value it had when cached rows were first written', () => {
    // sha256 of [1,"Halo.","en-US",null,[]]. A change here orphans every cached
    // translation; bump KEY_SCHEME on purpose instead of by accident.
    expect(cacheKey({ text: 'Halo.', targetLang: 'en-US' })).toBe(
      '6f55ad068f3af7ab15c31b54e9365636c88253cf18922825032da6f1f0bbaeee',
    );
  });

  it('ignores the order of options and options left undefined', () => {
    const reordered = cacheKey({ ...base, options: { formality: 'default', engine: 'deepl', model: undefined } });
    expect(reordered).toBe(cacheKey(base));
  });

  it('treats a missing glossary version like null', () => {
    expect(cacheKey({ ...base, glossaryVersion: undefined })).toBe(cacheKey({ ...base, glossaryVersion: null }));
  });

  it.each<[string, Partial<CacheKeyInput>]>([
    ['text', { text: 'Pemerintah menaikkan harga BBM!' }],
    ['trailing space in text', { text: 'Pemerintah menaikkan harga BBM. ' }],
    ['target language', { targetLang: 'en-US' }],
    ['glossary version', { glossaryVersion: 'abc124' }],
    ['no glossary', { glossaryVersion: null }],
    ['an option value', { options: { engine: 'deepl', formality: 'more' } }],
    ['an extra option', { options: { engine: 'deepl', formality: 'default', model: 'quality_optimized' } }],
    ['option value type', { options: { engine: 'deepl', formality: 'default', level: 1 } }],
  ])('changes when the %s changes', (_name, change) => {
    expect(cacheKey({ ...base, ...change })).not.toBe(cacheKey(base));
  });

  it('does not confuse fields that would concatenate to the same string', () => {
    const a = cacheKey({ text: 'ab', targetLang: 'en-US', glossaryVersion: 'c' });
    const b = cacheKey({ text: 'a', targetLang: 'en-US', glossaryVersion: 'bc' });
    expect(a).not.toBe(b);
  });
});
