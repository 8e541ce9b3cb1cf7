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

describe('English compounds, agent nouns and irregular forms of an equivalent', () => {
  it.each<Row>([
    ['closed compounds and their inflections', equivalents(['file']),
      "the file(file), file's(file) name, files(file), a filename(file), Filenames(file) on the filesystem(file)"],
    ['compound with a noun after the head', equivalents(['house', 'water']), 'the household(house) by the waterfall(house)'],
    ['agent nouns of a verb', equivalents(['work', 'play']), 'workers(work), a worker(work) and players(work)'],
    ['irregular forms', equivalents(['eat', 'person', 'man']), 'people(eat) ate(eat) what men(eat) had eaten(eat)'],
    ['no unrelated word that begins with the head', equivalents(['host', 'state', 'person', 'hand']),
      'a hostage, a statement, personally, handsome'],
    ['heads of three letters form no compounds', equivalents(['man', 'end', 'war']), 'mangrove, endangered, warrant, warning, a war(man)'],
    ['-er words that are verbs or comparatives of their own', equivalents(['flow', 'show', 'count', 'light']),
      'a flower, a shower, the counter, a lighter bag'],
    ['exact-case equivalents form no compounds', terms([{ source: 'x', targets: ['NATO'], caseSensitive: true }]), 'NATOship and NATO(NATO)'],
  ])('%s', (_d, glossary, marked) => {
    expect(markTarget(glossary, unmark(marked))).toBe(marked);
  });
});
