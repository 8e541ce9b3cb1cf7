import { describe, expect, it } from 'vitest';
import { compileGlossary, type GlossaryTerm } from '../../../src/core/glossary';
import { markTarget, terms, unmark } from './notation';

type Row = [description: string, glossary: GlossaryTerm[], marked: string];

const equivalents = (...targets: string[][]) => terms(targets.map((t) => ({ source: 'x', targets: t })));

describe('English equivalents with inflection', () => {
  it.each<Row>([
    ['plural -s', equivalents(['troop']), 'One troop(troop), many troops(troop).'],
    ['glossary plural also matches its singular', equivalents(['troops']), 'troops(troops) and a troop(troops)'],
    ['verb forms', equivalents(['attack']), 'attack(attack) attacks(attack) attacked(attack) attacking(attack)'],
    ['-ies / -y', equivalents(['city']), 'city(city) and cities(city)'],
    ['doubled consonant', equivalents(['stop']), 'stop(stop), stopped(stop), stopping(stop)'],
    ['silent e', equivalents(['secure']), 'secured(secure) and securing(secure)'],
    ['-er nouns', equivalents(['peacekeeper']), 'a peacekeeper(peacekeeper), two peacekeepers(peacekeeper)'],
    ['possessive', equivalents(['Russia']), "Russia's(Russia) army"],
    ['multi-word, inflected head', equivalents(['peacekeeping mission']),
      'peacekeeping missions(peacekeeping mission) and a peacekeeping mission(peacekeeping mission)'],
    ['hyphen splits English words', equivalents(['Secretary General']), 'the Secretary-General(Secretary General) said'],
    ['several equivalents of one term', equivalents(['troops', 'forces']), 'troops(troops) and forces(troops)'],
    ['no match inside other words', equivalents(['war']), 'a warning, not a war(war)'],
    ['short plural not singularised', equivalents(['news']), 'new news(news)'],
    ['case-insensitive', equivalents(['security']), 'Security(security) SECURITY(security)'],
  ])('%s', (_d, glossary, marked) => {
    expect(markTarget(glossary, unmark(marked))).toBe(marked);
  });

  it('case-sensitive terms match their equivalents in exact case', () => {
    const glossary = terms([{ source: 'CSTO', targets: ['CSTO'], caseSensitive: true }]);
    expect(markTarget(glossary, unmark("the CSTO(CSTO) and CSTO's(CSTO) troops, not csto"))).toBe(
      "the CSTO(CSTO) and CSTO's(CSTO) troops, not csto",
    );
  });

  it('can be limited to some terms', () => {
    const glossary = terms([{ source: 'a', targets: ['troops'] }, { source: 'b', targets: ['troops on the ground'] }]);
    const matcher = compileGlossary(glossary);
    expect(matcher.matchTarget('troops on the ground').map((m) => m.termId)).toEqual([2]);
    expect(matcher.matchTarget('troops on the ground', new Set([1])).map((m) => m.text)).toEqual(['troops']);
  });
});
