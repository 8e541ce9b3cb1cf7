/**
 * Word alignment quality on the hand-aligned sample article (gold/sample-words.gold.txt), at the
 * confidence the reader shows partners at (SHOW_PARTNER_AT): the lexicon alone (the baseline),
 * then with the glossary, names and cognates, then with co-occurrence probabilities learned the
 * way the server learns them, from a library holding the sample article and the shared
 * evaluation data (FLORES-200 devtest and NusaX sentence pairs, when present beside the project).
 * Usage: npm run eval:words [-- --all] (--all: every link, whatever its confidence)
 */
import fs from 'node:fs';
import { buildLexicon } from '../../src/core/align/lexicon';
import { parseGlossaryCsv } from '../../src/core/glossary/index';
import { glossaryLexicon } from '../../src/core/glossary/lexicon';
import { alignWords, SHOW_PARTNER_AT, type WordEvidence } from '../../src/core/words/align-words';
import { trainTranslationTable, type SentencePairText } from '../../src/core/words/translation-table';
import { englishKey } from '../../src/core/words/keys';
import { readDictionary } from '../../src/learner/dictionary';
import { floresPairs, nusaxPairs } from './lib/corpus';
import { readWordGold, wordScores } from './lib/word-gold';

const threshold = process.argv.includes('--all') ? 0 : SHOW_PARTNER_AT;
const gold = readWordGold();
const glossaryCsv = fs.readFileSync(new URL('../../seeds/intisari-csto-kazakhstan.glossary.csv', import.meta.url), 'utf8');
const parsed = parseGlossaryCsv(glossaryCsv);
if (!parsed.ok) throw new Error('the sample glossary does not parse');
const glossary = glossaryLexicon(parsed.terms);

function sharedPairs(): SentencePairText[] {
  try {
    return [...floresPairs(), ...nusaxPairs()].map((p) => ({ source: p.id, target: p.en }));
  } catch {
    console.log('(shared evaluation data not found: the table learns from the sample article alone)');
    return [];
  }
}

const library = [...gold.map((g) => ({ source: g.source, target: g.target })), ...sharedPairs()];
const started = performance.now();
const table = trainTranslationTable(library);
const trainMs = performance.now() - started;

const systems: [string, WordEvidence][] = [
  ['lexicon alone (baseline)', { lexicon: buildLexicon(), spelling: false }],
  ['lexicon + glossary + names/cognates', { lexicon: buildLexicon(glossary) }],
  ['+ learned co-occurrence (full)', { lexicon: buildLexicon(glossary), table }],
  ['learned co-occurrence alone', { lexicon: null, spelling: false, table }],
];

/** FreeDict English→Indonesian, reversed, where Debian's dict-freedict-eng-ind is installed. */
async function installedDictionary(): Promise<WordEvidence['dictionary'] | null> {
  const path = '/usr/share/dictd/freedict-eng-ind.index';
  if (!fs.existsSync(path)) return null;
  const byWord = new Map<string, Set<string>>();
  for (const e of await readDictionary(path)) {
    const set = byWord.get(e.word) ?? new Set<string>();
    for (const w of e.gloss.toLowerCase().split(/[^a-z'-]+/)) if (w.length > 2) set.add(w).add(englishKey(w));
    byWord.set(e.word, set);
  }
  return (key) => byWord.get(key);
}
const dictionary = await installedDictionary();
if (dictionary) systems.push(['+ FreeDict eng-ind dictionary', { lexicon: buildLexicon(glossary), table, dictionary }]);
else console.log('(FreeDict eng-ind not installed: the dictionary row is left out)');

console.log(`Gold: ${gold.length} sentence pairs, ${gold.reduce((n, g) => n + g.sure.size, 0)} sure links; threshold ${threshold}`);
console.log(`Learned table: ${library.length} sentence pairs, ${table.size} Indonesian keys, trained in ${trainMs.toFixed(0)} ms`);
console.log('system                                   links  precision  recall   AER   AER/baseline');
let baseline = 0;
for (const [name, evidence] of systems) {
  const proposed = gold.map((g) => new Set(alignWords(g.source, g.target, evidence).filter((l) => l.confidence >= threshold).map((l) => `${l.source}-${l.target}`)));
  const s = wordScores(gold, proposed);
  baseline ||= s.aer;
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  console.log(`${name.padEnd(40)} ${String(s.proposed).padStart(5)}  ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.aer)}   ${(s.aer / baseline).toFixed(2)}`);
}
