/**
 * False alarms of the translation check on human translations: a handful of common glossary terms
 * are checked over every aligned unit of the shared evaluation data (UDHR paragraphs, FLORES-200
 * sentences, NusaX items), each unit translated by a person. A flag says "the Indonesian holds the
 * term but the English shows none of its equivalents". A flag whose English holds a word that
 * starts with an equivalent (files, filesystem for file) is counted as suspect: most such words
 * render the term, so each is listed with --details for a person to judge.
 * Usage: npm run eval:glossary-check [-- --details]
 */
import { checkTerms, compileGlossary, type GlossaryTerm } from '../../src/core/glossary';
import { floresPairs, nusaxPairs, udhrDocument, type Pair } from './lib/corpus';

const TERMS: [source: string, targets: string[]][] = [
  ['berkas', ['file']],
  ['hak', ['right']],
  ['negara', ['country', 'state', 'nation']],
  ['manusia', ['human', 'man', 'person']],
  ['kerja', ['work', 'job']],
  ['rumah', ['house', 'home']],
  ['sekolah', ['school']],
  ['air', ['water']],
  ['kota', ['city', 'town']],
  ['buku', ['book']],
  ['kapal', ['ship', 'boat']],
  ['hari', ['day']],
  ['makan', ['food', 'eat', 'meal']],
  ['main', ['play', 'game']],
];

const terms: GlossaryTerm[] = TERMS.map(([source, targets], k) => ({
  id: k + 1, source, targets, note: '', mode: 'derived', caseSensitive: false, status: 'approved', documentId: null,
}));

function udhrPairs(): Pair[] {
  const doc = udhrDocument();
  // The preamble's one coarse region (Indonesian 8–11 against English 8–11) is left out: its lines do not pair one to one.
  return doc.source.flatMap((p, k) => (k >= 8 && k <= 11 ? [] : [{ id: p[0]!, en: doc.target[k]![0]!.text }]));
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** The English words that begin with one of the term's equivalents, the candidates for a false alarm. */
function suspects(term: GlossaryTerm, english: string): string[] {
  const heads = term.targets.map((t) => t.toLowerCase());
  return words(english).filter((w) => heads.some((h) => w.startsWith(h)));
}

const details = process.argv.includes('--details');
const matcher = compileGlossary(terms);
let flags = 0;
let suspect = 0;
const perTerm = new Map<string, { flags: number; suspect: number }>();
const suspectWords = new Map<string, number>();
for (const [corpus, pairs] of [['udhr', udhrPairs()], ['flores', floresPairs()], ['nusax', nusaxPairs()]] as const) {
  let corpusFlags = 0;
  for (const pair of pairs) {
    for (const missing of checkTerms(matcher, [pair.id], [pair.en], terms)) {
      const term = terms[missing.termId - 1]!;
      const found = suspects(term, pair.en);
      const tally = perTerm.get(term.source) ?? { flags: 0, suspect: 0 };
      tally.flags++;
      flags++;
      corpusFlags++;
      if (found.length > 0) {
        tally.suspect++;
        suspect++;
        for (const w of found) suspectWords.set(`${term.source} → ${w}`, (suspectWords.get(`${term.source} → ${w}`) ?? 0) + 1);
        if (details) console.log(`  ${corpus}: ${term.source} → ${term.targets.join('|')}: ${found.join(', ')}\n    ${pair.en}`);
      }
      perTerm.set(term.source, tally);
    }
  }
  console.log(`${corpus}: ${pairs.length} units, ${corpusFlags} flags`);
}
console.log(`\nterm: flags (of which an English word starts with an equivalent)`);
for (const [source, t] of perTerm) console.log(`  ${source}: ${t.flags} (${t.suspect})`);
console.log(`\nflags: ${flags}; with a word starting with an equivalent: ${suspect}`);
console.log(`words starting with an equivalent in flagged units: ${[...suspectWords].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w} ×${n}`).join(', ')}`);
