import { describe, expect, it } from 'vitest';
import { markerFor, type MarkedPart } from '../../../src/core/search/highlight';
import { parseQuery } from '../../../src/core/search/query';

/** The parts in a small notation: marked words in [brackets]. */
const notation = (parts: MarkedPart[]) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('marking hits and their partners', () => {
  it.each([
    ['serang', 'id', 'Mereka menyerang, lalu diserang; serangan-serangan itu.', 'Mereka [menyerang], lalu [diserang]; [serangan-serangan] itu.'],
    ['serang -kota', 'id', 'Kota itu diserang.', 'Kota itu [diserang].'],
    ['sera*', 'id', 'Serangan dan serapan.', '[Serangan] dan [serapan].'],
    ['attacking', 'en', 'They attacked; the attack failed.', 'They [attacked]; the [attack] failed.'],
    ['troop', 'en', "The troops' <b>move</b>.", "The [troops]' <b>move</b>."],
  ] as const)('%s (%s) in %j', (typed, lang, text, marked) => {
    expect(notation(markerFor(parseQuery(typed, lang)).hit(text))).toBe(marked);
  });

  it.each([
    ['serang', 'id', 'The troops attacked the city.', 'The troops [attacked] the city.'],
    ['attack', 'en', 'Pasukan itu menyerang kota.', 'Pasukan itu [menyerang] kota.'],
    ['hujan', 'id', 'Nothing related here.', 'Nothing related here.'],
  ] as const)('the partner of %s (%s): %j', (typed, lang, text, marked) => {
    expect(notation(markerFor(parseQuery(typed, lang)).partner(text))).toBe(marked);
  });
});
