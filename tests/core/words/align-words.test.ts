import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/core/align/lexicon';
import { alignWords, SHOW_PARTNER_AT } from '../../../src/core/words/align-words';
import { trainTranslationTable } from '../../../src/core/words/translation-table';

/** Links as "indonesian→english" words, for reading. */
function pairs(source: string, target: string, links: { source: number; target: number }[]): string[] {
  const s = source.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)!;
  const t = target.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)!;
  return links.map((l) => `${s[l.source]}→${t[l.target]}`);
}

describe('alignWords', () => {
  const lexicon = buildLexicon();

  it('links an affixed word to its English partner through the lexicon, and names and numbers by spelling', () => {
    const source = 'Kazakhstan diserang pada 6 Januari.';
    const target = 'Kazakhstan was attacked on January 6.';
    const links = alignWords(source, target, { lexicon });
    expect(pairs(source, target, links)).toEqual(expect.arrayContaining(['Kazakhstan→Kazakhstan', 'diserang→attacked', '6→6', 'Januari→January']));
    const attacked = links.find((l) => l.source === 1)!;
    expect(attacked.evidence).toBe('lexicon');
    expect(attacked.confidence).toBeGreaterThanOrEqual(SHOW_PARTNER_AT);
  });

  it('takes each word once, the pair nearer the diagonal first when a word repeats', () => {
    const source = 'Rusia dan Rusia';
    const target = 'Russia and Russia';
    const links = alignWords(source, target, { lexicon });
    expect(links.map((l) => `${l.source}-${l.target}`)).toEqual(['0-0', '1-1', '2-2']);
  });

  it('lets the lexicon-only baseline leave names alone', () => {
    const links = alignWords('Tokayev tiba', 'Tokayev arrived', { lexicon, spelling: false });
    expect(links.map((l) => `${l.source}-${l.target}`)).toEqual(['1-1']);
  });

  it('uses a dictionary gloss of the root when the lexicon has none', () => {
    const dictionary = (key: string) => (key === 'gelora' ? new Set(['surge']) : undefined);
    const links = alignWords('Gelora itu besar', 'The surge was big', { lexicon: null, spelling: false, dictionary });
    expect(links).toEqual([{ source: 0, target: 1, confidence: 0.8, evidence: 'dictionary' }]);
  });

  it('learns partners from co-occurrence where nothing else knows the word', () => {
    const corpus = [
      { source: 'gelora datang', target: 'surge comes' },
      { source: 'gelora pergi', target: 'surge goes' },
      { source: 'angin datang', target: 'wind comes' },
      { source: 'angin pergi', target: 'wind goes' },
    ];
    const table = trainTranslationTable(corpus, { iterations: 10 });
    const links = alignWords('gelora datang', 'surge comes', { lexicon: null, spelling: false, table });
    expect(links.map((l) => `${l.source}-${l.target}:${l.evidence}`)).toEqual(['0-0:learned', '1-1:learned']);
    expect(links.every((l) => l.confidence >= SHOW_PARTNER_AT)).toBe(true);
  });
});
