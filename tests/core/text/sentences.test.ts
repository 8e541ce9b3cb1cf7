import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Lang, normalizeText, splitSentences } from '../../../src/core/text';
import { sentenceTexts } from '../../../src/core/text/sentences';
import {
  abbreviations,
  brackets,
  ellipses,
  initials,
  numbers,
  plain,
  questionsAndExclamations,
  quotes,
  type SentenceTable,
  webAddresses,
} from './sentence-cases';

const tables: Array<[string, SentenceTable]> = [
  ['abbreviations and titles', abbreviations],
  ['initials', initials],
  ['numbers', numbers],
  ['quotes', quotes],
  ['ellipses', ellipses],
  ['question and exclamation marks', questionsAndExclamations],
  ['URLs and e-mail addresses', webAddresses],
  ['closing brackets', brackets],
  ['plain text and whitespace', plain],
];

describe.each(tables)('splitSentences: %s', (_name, table) => {
  describe.each(['id', 'en'] as Lang[])('%s', (lang) => {
    it.each(table[lang])('%s', (paragraph, expected) => {
      const spans = splitSentences(paragraph, lang);
      expect(spans.map((span) => span.text)).toEqual(expected);
      for (const span of spans) {
        expect(paragraph.slice(span.start, span.end)).toBe(span.text);
        expect(span.text).toBe(span.text.trim());
      }
      // The texts alone, as documents are segmented, are the spans' texts.
      expect(sentenceTexts(paragraph, lang)).toEqual(expected);
    });
  });
});

describe('splitSentences on the seed article', () => {
  const seed = normalizeText(readFileSync(new URL('../../../seeds/intisari-csto-kazakhstan.id.txt', import.meta.url), 'utf8'));
  const lines = seed.split('\n');

  it.each([
    [1, 1],
    [5, 1],
    [8, 1],
    [11, 1],
    [12, 1],
    [18, 1],
  ])('line %i is %i sentence', (index, count) => {
    expect(splitSentences(lines[index]!, 'id')).toHaveLength(count);
  });

  it('finds one sentence per content line when the lines are run together', () => {
    const content = lines.slice(1);
    const spans = splitSentences(content.join(' '), 'id');
    expect(spans.map((span) => span.text)).toEqual(content);
  });
});
