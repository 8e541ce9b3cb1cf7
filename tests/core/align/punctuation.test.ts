import { describe, expect, it } from 'vitest';
import { punctuationKeys } from '../../../src/core/align/punctuation';

describe('punctuation evidence', () => {
  it.each([
    ['Apa kabar?', 'p:question'],
    ['"Kami siap," katanya.', 'p:quote'],
    ['Hasilnya: bagus.', 'p:colon'],
    ['Organisasi (CSTO) itu', 'p:bracket'],
    ['Awas!', 'p:exclamation'],
    ['Satu; dua', 'p:semicolon'],
  ])('%s has %s', (text, key) => {
    expect(punctuationKeys(text)).toContain(key);
  });

  it('does not take a time for a colon or a hyphenated word for a dash', () => {
    expect(punctuationKeys('Pukul 10:30 hak-hak')).toEqual([]);
  });

  it('marks repeated quotations and questions', () => {
    expect(punctuationKeys('"A" dan "B"')).toContain('p:quotes-2');
    expect(punctuationKeys('Siapa? Kapan?')).toContain('p:questions-2');
  });
});
