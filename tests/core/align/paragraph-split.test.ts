import { describe, expect, it } from 'vitest';
import { alignDocument } from '../../../src/core/align/index';

// From the sample article: the translator split one Indonesian sentence into two
// English paragraphs, so its sentence link must cross their border.
const source = [
  ['Pasukan elit Rusia dan Belarusia tiba di Kazakhstan pada 6 Januari.'],
  [
    'Menurut Sekretaris Jenderal CSTO Stanislav Zas, tentara Rusia dan tentara negara-negara anggota CSTO akan bertugas untuk menjaga "kantor pemerintah dan fasilitas penting" Kazakhstan, memastikan keamanan, ketertiban dan keselamatan orang.',
  ],
  ['Dalam hal tentara Rusia dan pasukan CSTO diserang oleh teroris, pasukan memiliki wewenang penuh untuk menggunakan kekuatan untuk menghancurkan sasaran.'],
];
const target = [
  ['Elite Russian and Belarusian troops arrived in Kazakhstan on January 6.'],
  ["According to CSTO Secretary General Stanislav Zas, Russian soldiers and troops from the other CSTO member states will be tasked with guarding Kazakhstan's “government offices and important facilities.”"],
  ['They will also ensure security, public order and the safety of the people.'],
  ['Should Russian soldiers or CSTO forces come under attack by terrorists, the troops have full authority to use force to destroy the targets.'],
];

describe('a sentence split across two paragraphs', () => {
  const { paragraphs, sentences } = alignDocument(source, target);

  it('links the paragraph to both English paragraphs', () => {
    expect(paragraphs.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });

  it('links the sentence to both English sentences, across the paragraph border', () => {
    expect(sentences.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });
});
