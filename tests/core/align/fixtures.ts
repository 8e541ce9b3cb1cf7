import { expect } from 'vitest';
import type { Link } from '../../../src/core/align';

/** Hand-written Indonesian–English sentence pairs for alignment tests. */
export const PAIRS: [string, string][] = [
  ['Presiden Kazakhstan Kassym-Jomart Tokayev meminta bantuan CSTO pada 5 Januari 2022.', 'Kazakhstan President Kassym-Jomart Tokayev asked the CSTO for help on January 5, 2022.'],
  ['Rusia mengirim sekitar 2.500 tentara ke Almaty.', 'Russia sent about 2,500 troops to Almaty.'],
  ['Harga gas naik dua kali lipat pada awal tahun.', 'The price of gas doubled at the start of the year.'],
  ['Protes menyebar ke kota-kota lain dalam beberapa hari.', 'The protests spread to other cities within a few days.'],
  ['Pemerintah mengumumkan keadaan darurat selama dua minggu.', 'The government announced a state of emergency for two weeks.'],
  ['Menurut kementerian kesehatan, 164 orang tewas.', 'According to the health ministry, 164 people were killed.'],
  ['Apakah stabilitas teritorial negara itu terancam?', 'Was the territorial stability of the country under threat?'],
  ['Organisasi militer itu dipimpin oleh Rusia.', 'The military organization is led by Russia.'],
  ['Pasukan mulai ditarik pada 13 Januari.', 'The troops began to withdraw on 13 January.'],
  ['Ekonomi Kazakhstan bergantung pada minyak dan gas.', "Kazakhstan's economy depends on oil and gas."],
  ['Inflasi mencapai 8,4 persen tahun lalu.', 'Inflation reached 8.4 percent last year.'],
  ['Ribuan warga berkumpul di alun-alun utama kota.', "Thousands of residents gathered in the city's main square."],
];

/** English text about something else, for insertions. */
export const UNRELATED = [
  'Translator’s note: the original article was published in a weekly magazine and has been shortened.',
  'The recipe calls for butter, flour and a pinch of salt, baked for forty minutes.',
];

export const id = (k: number) => PAIRS[k]![0];
export const en = (k: number) => PAIRS[k]![1];

/** Every unit exactly once, in order on both sides, confidences in [0, 1]. */
export function expectValidAlignment(links: Link[], n: number, m: number): void {
  const sources = links.flatMap((l) => l.source);
  const targets = links.flatMap((l) => l.target);
  expect(sources).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(targets).toEqual(Array.from({ length: m }, (_, k) => k));
  for (const l of links) {
    expect(l.source.length + l.target.length).toBeGreaterThan(0);
    expect(l.confidence).toBeGreaterThanOrEqual(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
  }
}
