import { describe, expect, it } from 'vitest';
import { parseQuery, toFts5, toTsquery } from '../../../src/core/search/query';

describe('search syntax', () => {
  it.each([
    // typed, language, FTS5 expression, to_tsquery input
    ['serang', 'id', '"serang"', '(serang)'],
    ['menyerang kota', 'id', '"serang" AND "kota"', '(serang) & (kota)'],
    ['"pasukan perdamaian"', 'id', '"pasukan damai"', '(pasukan <-> damai)'],
    ['serang -rusia', 'id', '("serang") NOT "rusia"', '(serang) & !(rusia)'],
    ['sera*', 'id', '"sera"*', '(sera:*)'],
    ['negara-negara', 'id', '"negara"', '(negara)'],
    // English: SQLite's engine stems the words; PostgreSQL's input is stemmed here, stop words left out, as its index holds them.
    ['Attacked', 'en', '"attacked"', '(attack)'],
    ["Russia's troops", 'en', '"russia s" AND "troops"', '(russia) & (troop)'],
    ['"Bank of America"', 'en', '"bank of america"', '(bank <-> america)'],
    ['the attacks -the', 'en', '("the" AND "attacks") NOT "the"', '(attack)'],
    ['attacki*', 'en', '"attacki"*', '(attacki:*)'],
    ['the', 'en', '"the"', ''],
    ['kota" OR ( * ) : ^', 'id', '"kota" AND "or"', '(kota) & (or)'],
  ] as const)('%s (%s)', (typed, lang, fts5, tsquery) => {
    const query = parseQuery(typed, lang);
    expect(toFts5(query)).toBe(fts5);
    expect(toTsquery(query)).toBe(tsquery);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-kota', 'only_excluded'],
    ['"" * :', 'only_excluded'],
    ['x'.repeat(201), 'too_long'],
    [Array.from({ length: 11 }, (_, i) => `kata${i}`).join(' '), 'too_many_terms'],
  ])('refuses %j', (typed, code) => {
    expect(() => parseQuery(typed, 'id')).toThrow(expect.objectContaining({ code, kind: 'invalid' }));
  });
});
