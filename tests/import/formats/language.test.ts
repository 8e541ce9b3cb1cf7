import { describe, expect, it } from 'vitest';
import { checkLanguages, languageShares } from '../../../src/import/formats/language';

const ID = 'Presiden mengatakan bahwa pemerintah akan membangun jembatan yang baru di daerah itu. Warga yang tinggal di sana sudah lama menunggu dan mereka juga berharap jalan ini dapat dibuka untuk umum pada tahun depan.';
const EN = 'The president said that the government will build a new bridge in the area. Residents who live there have waited for a long time and they also hope that the road will be opened to the public next year.';
const blocks = (text: string) => [{ kind: 'paragraph' as const, text }];

describe('languageShares and checkLanguages', () => {
  it('measures function words of each language', () => {
    const id = languageShares(blocks(ID));
    const en = languageShares(blocks(EN));
    expect(id.id).toBeGreaterThan(0.15);
    expect(id.en).toBeLessThan(0.05);
    expect(en.en).toBeGreaterThan(0.15);
    expect(en.id).toBeLessThan(0.05);
  });

  it('lets sides in the right languages through', () => {
    expect(() => checkLanguages(languageShares(blocks(ID)), languageShares(blocks(EN)))).not.toThrow();
    expect(() => checkLanguages(languageShares(blocks(ID)), null)).not.toThrow();
  });

  it.each([
    ['swapped sides', EN, ID, 'sides_swapped'],
    ['English on the Indonesian side', EN, EN, 'source_looks_english'],
    ['Indonesian on the English side', ID, ID, 'translation_looks_indonesian'],
  ])('refuses %s', (_name, source, translation, code) => {
    expect(() => checkLanguages(languageShares(blocks(source)), languageShares(blocks(translation)))).toThrow(expect.objectContaining({ code }));
  });

  it('says nothing about too short a text', () => {
    expect(() => checkLanguages(languageShares(blocks('The end.')), null)).not.toThrow();
  });
});
