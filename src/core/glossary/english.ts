/**
 * English inflection and compounds for matching glossary equivalents: a text word proposes the base
 * forms it could be an inflection of (troops → troop, cities → city, stopped → stop,
 * attacking → attack, eaten → eat) and the heads of the compound it could be (filesystem → file),
 * and a glossary word written in the plural also stands for its singular.
 */
import wordClasses from './english-word-classes.json' with { type: 'json' };

const MIN_BASE = 2;
const DOUBLED = /([bcdfgklmnprstvz])\1$/;

type Visit = (base: string) => void;

function add(out: Visit, base: string): void {
  if (base.length >= MIN_BASE) out(base);
}

function pluralBases(word: string, out: Visit): void {
  if (word.endsWith('ies') && word.length > 4) add(out, word.slice(0, -3) + 'y');
  if (word.endsWith('es')) add(out, word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(out, word.slice(0, -1));
}

function pastBases(word: string, out: Visit): void {
  if (!word.endsWith('ed')) return;
  if (word.endsWith('ied')) add(out, word.slice(0, -3) + 'y');
  const stem = word.slice(0, -2);
  add(out, stem);
  add(out, word.slice(0, -1));
  if (DOUBLED.test(stem)) add(out, stem.slice(0, -1));
}

function progressiveBases(word: string, out: Visit): void {
  if (!word.endsWith('ing') || word.length < 5) return;
  const stem = word.slice(0, -3);
  add(out, stem);
  add(out, stem + 'e');
  if (DOUBLED.test(stem)) add(out, stem.slice(0, -1));
}

const APOSTROPHES = "'’";

/** Russia's → Russia, states' → states; other words unchanged. */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n >= 2 && APOSTROPHES.includes(word[n - 1]!) && (word[n - 2] === 's' || word[n - 2] === 'S')) return word.slice(0, -1);
  if (n >= 3 && APOSTROPHES.includes(word[n - 2]!) && (word[n - 1] === 's' || word[n - 1] === 'S')) return word.slice(0, -2);
  return word;
}

/**
 * Irregular forms of words a glossary commonly holds, each with its base. Forms that are also an
 * everyday word of their own are left out ("left", "found", "saw", "spoke", "broke", "drunk").
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    men: 'man', women: 'woman', children: 'child', people: 'person', feet: 'foot', teeth: 'tooth', mice: 'mouse',
    lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', halves: 'half', thieves: 'thief', wolves: 'wolf',
    ate: 'eat', eaten: 'eat', wrote: 'write', written: 'write', gave: 'give', given: 'give', took: 'take', taken: 'take',
    built: 'build', sold: 'sell', bought: 'buy', brought: 'bring', thought: 'think', taught: 'teach', held: 'hold',
    kept: 'keep', paid: 'pay', sent: 'send', spent: 'spend', told: 'tell', went: 'go', gone: 'go', done: 'do',
    seen: 'see', knew: 'know', known: 'know', grew: 'grow', grown: 'grow', flew: 'fly', flown: 'fly', drove: 'drive',
    driven: 'drive', fallen: 'fall', spoken: 'speak', chose: 'choose', chosen: 'choose',
    broken: 'break', stole: 'steal', stolen: 'steal', ran: 'run', began: 'begin', begun: 'begin', sang: 'sing',
    sung: 'sing', swam: 'swim', drank: 'drink', fought: 'fight', caught: 'catch', sought: 'seek',
    meant: 'mean', slept: 'sleep', stood: 'stand', understood: 'understand', hidden: 'hide', worn: 'wear',
    threw: 'throw', thrown: 'throw',
  }),
);

/** Whether the word is an irregular form with a base of its own (lower case). */
export const isIrregularForm = (word: string) => IRREGULAR.has(word);

/** Calls visit with the word itself and every base form it may inflect (case kept; a base may come twice). */
export function visitEnglishBases(word: string, visit: Visit): void {
  visit(word);
  const bare = withoutPossessive(word);
  if (bare !== word) visit(bare);
  const irregular = IRREGULAR.get(bare.toLowerCase());
  if (irregular) visit(irregular);
  pluralBases(bare, (singular) => {
    visit(singular);
    agentBases(singular, visit);
  });
  pastBases(bare, visit);
  progressiveBases(bare, visit);
  agentBases(bare, visit);
}

/**
 * The one who does it: worker → work, shopper → shop, writer → write. Only where the stem has four
 * letters or more and the lexicon knows it as a verb ("tower" is not "tow"), and the -er word is
 * nothing but a noun there: "flower", "shower" and "counter" are also verbs of their own,
 * "lighter" and "slower" comparatives. Plurals reach here through their singular (workers →
 * worker → work).
 */
function agentBases(word: string, out: Visit): void {
  if (!/er$/i.test(word) || word.length < 6 || !onlyNounOrUnknown(word.toLowerCase())) return;
  const stem = word.slice(0, -2);
  for (const base of [stem, word.slice(0, -1), DOUBLED.test(stem) ? stem.slice(0, -1) : '']) {
    if (base.length >= MIN_AGENT_STEM && isVerb(base.toLowerCase())) out(base);
  }
}

const MIN_AGENT_STEM = 4;

/** The word itself and every base form it may inflect (case kept as given). */
export function englishBases(word: string): string[] {
  const out = new Set<string>();
  visitEnglishBases(word, (base) => out.add(base));
  return [...out];
}

/**
 * A glossary word and, when it looks plural, its singular. Singulars shorter than four letters
 * are not proposed so that "news" does not turn into "new" nor "arms" into "arm".
 */
export function glossaryWordForms(word: string): string[] {
  const forms = [word];
  let singular: string | null = null;
  if (/ies$/i.test(word)) singular = word.slice(0, -3) + 'y';
  else if (/(ss|x|z|ch|sh)es$/i.test(word)) singular = word.slice(0, -2);
  else if (/[^su]s$/i.test(word) && !/ss$/i.test(word)) singular = word.slice(0, -1);
  if (singular && singular.length >= 4) forms.push(singular);
  return forms;
}

/*
 * Closed compounds: filesystem, filename, household, waterfall. The text word is a head the
 * glossary knows followed by a tail that is an English noun of its own, so "warning" (war + ning)
 * or "hostage" (host + age) is no compound: head and tail have four letters at least (three-letter
 * heads made man + grove of "mangrove" and end + anger of "endangered"), and the tail is a singular
 * common noun in the lexicon of English word classes that the `natural` package ships with its
 * part-of-speech tagger (MIT licence; the classes used are kept in english-word-classes.json), other than the nouns
 * that are also suffixes (person + ally is "personally", hand + some "handsome").
 */
const MIN_HEAD = 4;
const MIN_TAIL = 4;
const SUFFIX_NOUNS: ReadonlySet<string> = new Set(['ally', 'some', 'most']);

/** Word classes from that lexicon, as tests/scripts/english-word-classes.ts writes them. */
const NOUNS: ReadonlySet<string> = new Set(wordClasses.nouns);
const VERBS: ReadonlySet<string> = new Set(wordClasses.verbs);
const NOT_AGENTS: ReadonlySet<string> = new Set(wordClasses.notAgents);

const isNoun = (word: string) => NOUNS.has(word);
const isVerb = (word: string) => VERBS.has(word);
const onlyNounOrUnknown = (word: string) => !NOT_AGENTS.has(word);

/**
 * Calls visit with each head of the lower-case word that isHead accepts and that a noun follows
 * (filesystem → file). isHead is asked first, so a word whose starts the glossary does not hold
 * costs a few set look-ups.
 */
export function visitCompoundHeads(word: string, isHead: (head: string) => boolean, visit: Visit): void {
  for (let cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
    const head = word.slice(0, cut);
    if (!isHead(head)) continue;
    const tail = word.slice(cut);
    if (!SUFFIX_NOUNS.has(tail) && isNoun(tail)) visit(head);
  }
}
