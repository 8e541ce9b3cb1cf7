/**
 * Alignment quality on documents built from the shared evaluation data
 * with seeded translator edits: Sejajar's aligner against hunalign and a
 * plain Gale–Church baseline, at paragraph and sentence level.
 * Usage: npm run eval:align [-- --seed N] [--set udhr|flores|nusax] [--systems sejajar,sejajar-lines,hunalign,gale-church]
 *   [--errors para|sent [--details]]: also count each system's wrong links by kind (see lib/errors.ts).
 *   [--edits standard|light|restructure]: the translator edits injected; "light" is the standard ones
 *   at a third of their rate; "restructure" (moved sentences, three-way merges and splits, short notes)
 *   checks that nothing is tuned to the standard ones.
 *   [--via pdf|epub|wrapped|wrapped-flat]: adds the systems sejajar-via-FORMAT, Sejajar on the documents after both
 *   sides were rendered as that format and read back by the import's readers (lib/round-trip.ts), and
 *   sejajar-via-text, the same through plain text with blank lines between paragraphs, to compare with.
 *   [--cues JITTER_MS]: adds the systems sejajar-cues and sejajar-cues-timed, Sejajar on the documents as two
 *   subtitle files of one cue per sentence (lib/cue-times.ts), without and with the cue times as evidence, the
 *   English times off by up to JITTER_MS either way.
 *   [--book]: adds, per set, its documents as one book in two editions, one chapter each, the English lacking a
 *   middle chapter and the Indonesian opening with a preface (lib/book.ts), aligned chapters first
 *   (sejajar-book-chapters) and as one run of paragraphs (sejajar-book-whole).
 */
import { alignDocument, alignParagraphs } from '../../src/core/align';
import { floresDocuments, floresPairs, nusaxDocuments, nusaxPairs, udhrDocument, type GoldDocument } from './lib/corpus';
import { DEFAULT_RATES, editDocument, LIGHT_RATES, restructureDocument } from './lib/edits';
import { galeChurch } from './lib/gale-church';
import { goldLinks, targetTexts } from './lib/gold';
import { hunalignLinks } from './lib/hunalign';
import { describeLink, ERROR_KINDS, errorRegions, type ErrorKind } from './lib/errors';
import { addTally, EMPTY_TALLY, scores, tally, type Tally } from './lib/metrics';
import { seededRandom } from './lib/rng';
import { alignAsCues } from './lib/cue-times';
import { alignThrough, type Via } from './lib/round-trip';
import { BOOK_SYSTEMS, bookOf, evaluateBook } from './lib/book';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv.includes('--help')) {
  console.log('Usage: npm run eval:align [-- --seed N] [--set udhr|flores|nusax] [--systems sejajar,sejajar-lines,hunalign,gale-church] [--errors para|sent [--details]] [--edits standard|light|restructure]');
  process.exit(0);
}

const seed = Number(argument('seed') ?? 1);
const only = argument('set');
const errorLevel = argument('errors') as 'para' | 'sent' | undefined;
if (errorLevel !== undefined && errorLevel !== 'para' && errorLevel !== 'sent') throw new Error('--errors takes para or sent');
const details = process.argv.includes('--details');
const edits = argument('edits') ?? 'standard';
if (edits !== 'standard' && edits !== 'light' && edits !== 'restructure') throw new Error('--edits takes standard, light or restructure');
const via = argument('via') as Via | undefined;
if (via !== undefined && !['pdf', 'epub', 'wrapped', 'wrapped-flat'].includes(via)) throw new Error('--via takes pdf, epub, wrapped or wrapped-flat');
const cueJitter = argument('cues') === undefined ? undefined : Number(argument('cues'));
if (cueJitter !== undefined && !(cueJitter >= 0)) throw new Error('--cues takes the most milliseconds the English cue times are off, 0 or more');
const cueRandom = seededRandom(seed + 7);

interface Corpus { name: string; docs: GoldDocument[] }

function buildCorpora(): Corpus[] {
  const random = seededRandom(seed);
  const flores = floresPairs();
  const nusax = nusaxPairs();
  // Unrelated English for insertions: NusaX reviews for FLORES/UDHR documents, FLORES news for NusaX ones.
  const reviews = nusax.map((p) => p.en);
  const news = flores.map((p) => p.en);
  const editOne = (d: GoldDocument, pool: string[]) =>
    (edits === 'restructure' ? restructureDocument(d, random) : editDocument(d, random, pool, edits === 'light' ? LIGHT_RATES : DEFAULT_RATES)).doc;
  const edit = (docs: GoldDocument[], pool: string[]) => docs.map((d) => editOne(d, pool));
  const udhr = Array.from({ length: 6 }, () => editOne(udhrDocument(), [...reviews, ...news]));
  const corpora: Corpus[] = [
    { name: 'udhr', docs: udhr },
    { name: 'flores', docs: edit(floresDocuments(flores, random, 10), reviews) },
    { name: 'nusax', docs: edit(nusaxDocuments(nusax, random, 10), news) },
  ];
  return corpora.filter((c) => !only || c.name === only);
}

/**
 * sejajar-lines aligns each level from flat lines, as `sejajar align --units lines` does:
 * each line is split into sentences again, but the document's paragraphs are not known
 * when its sentences are aligned.
 */
type System = 'sejajar' | 'sejajar-lines' | 'hunalign' | 'gale-church' | `sejajar-via-${Via}` | 'sejajar-cues' | 'sejajar-cues-timed';
const SYSTEMS: System[] = [
  ...((argument('systems')?.split(',') as System[] | undefined) ?? ['sejajar', 'sejajar-lines', 'hunalign', 'gale-church']),
  ...(via ? (['sejajar-via-text', `sejajar-via-${via}`] as const) : []),
  ...(cueJitter !== undefined ? (['sejajar-cues', 'sejajar-cues-timed'] as const) : []),
];
interface Tallies { paragraphs: Tally; sentences: Tally }
type Links = { source: number[]; target: number[] }[];

/** Error counts by kind, per system and corpus. */
const errorCounts = new Map<string, Map<ErrorKind, number>>();

function countErrors(system: System, corpus: string, doc: GoldDocument, predicted: Links, gold: Links): void {
  const target = targetTexts(doc);
  const sourceUnits = errorLevel === 'para' ? doc.source.map((p) => p.join(' ')) : doc.source.flat();
  const targetUnits = errorLevel === 'para' ? target.map((p) => p.join(' ')) : target.flat();
  const key = `${system} ${corpus}`;
  const counts = errorCounts.get(key) ?? new Map<ErrorKind, number>();
  errorCounts.set(key, counts);
  for (const region of errorRegions(predicted, gold, sourceUnits.length, targetUnits.length)) {
    counts.set(region.kind, (counts.get(region.kind) ?? 0) + 1);
    if (!details) continue;
    const clip = (s: string) => (s.length > 70 ? `${s.slice(0, 70)}…` : s);
    console.log(`-- ${system} ${doc.name}: ${region.kind}; predicted ${region.predicted.map(describeLink).join(' ')}; gold ${region.gold.map(describeLink).join(' ')}`);
    const sources = [...new Set([...region.predicted, ...region.gold].flatMap((l) => l.source))].sort((x, y) => x - y);
    const targets = [...new Set([...region.predicted, ...region.gold].flatMap((l) => l.target))].sort((x, y) => x - y);
    for (const s of sources) console.log(`   id ${s}: ${clip(sourceUnits[s]!)}`);
    for (const t of targets) console.log(`   en ${t}: ${clip(targetUnits[t]!)}`);
  }
}

async function evaluate(doc: GoldDocument, system: System, corpus: string): Promise<Tallies> {
  const gold = goldLinks(doc);
  const target = targetTexts(doc);
  let paragraphs: Links;
  let sentences: Links;
  if (system === 'sejajar') {
    ({ paragraphs, sentences } = alignDocument(doc.source, target));
  } else if (system === 'sejajar-cues' || system === 'sejajar-cues-timed') {
    ({ paragraphs, sentences } = alignAsCues(doc, system === 'sejajar-cues-timed', cueJitter ?? 0, cueRandom));
  } else if (system.startsWith('sejajar-via-')) {
    ({ paragraphs, sentences } = await alignThrough(doc.source, target, system.slice('sejajar-via-'.length) as Via));
  } else {
    const run =
      system === 'hunalign'
        ? hunalignLinks
        : system === 'sejajar-lines'
          ? async (s: readonly string[], t: readonly string[]) => alignParagraphs(s, t)
          : async (s: readonly string[], t: readonly string[]) => galeChurch(s, t);
    paragraphs = await run(doc.source.map((p) => p.join(' ')), target.map((p) => p.join(' ')));
    sentences = await run(doc.source.flat(), target.flat());
  }
  if (errorLevel === 'para') countErrors(system, corpus, doc, paragraphs, gold.paragraphs);
  if (errorLevel === 'sent') countErrors(system, corpus, doc, sentences, gold.sentences);
  return { paragraphs: tally(paragraphs, gold.paragraphs), sentences: tally(sentences, gold.sentences) };
}

const pct = (x: number) => x.toFixed(3);

function row(label: string, system: string, t: Tally): string {
  const s = scores(t);
  return [label.padEnd(20), system.padEnd(19), pct(s.strictP), pct(s.strictR), pct(s.strictF), pct(s.laxP), pct(s.laxR), pct(s.laxF), pct(s.top90P), String(s.count).padStart(6)].join('  ');
}

async function main(): Promise<void> {
  const corpora = buildCorpora();
  console.log(`seed ${seed}; edits ${edits}; documents: ${corpora.map((c) => `${c.name} ${c.docs.length}`).join(', ')}`);
  console.log(['level/set'.padEnd(20), 'system'.padEnd(19), 'str-P', 'str-R', 'str-F1', 'lax-P', 'lax-R', 'lax-F1', 'top90P', '  gold'].join('  '));
  const totals = new Map<System, Tallies>(SYSTEMS.map((s) => [s, { paragraphs: EMPTY_TALLY, sentences: EMPTY_TALLY }]));
  const lines: string[] = [];
  for (const corpus of corpora) {
    for (const system of SYSTEMS) {
      let sum: Tallies = { paragraphs: EMPTY_TALLY, sentences: EMPTY_TALLY };
      for (const doc of corpus.docs) {
        const t = await evaluate(doc, system, corpus.name);
        sum = { paragraphs: addTally(sum.paragraphs, t.paragraphs), sentences: addTally(sum.sentences, t.sentences) };
      }
      const total = totals.get(system)!;
      totals.set(system, { paragraphs: addTally(total.paragraphs, sum.paragraphs), sentences: addTally(total.sentences, sum.sentences) });
      lines.push(row(`para ${corpus.name}`, system, sum.paragraphs), row(`sent ${corpus.name}`, system, sum.sentences));
    }
  }
  for (const level of ['para', 'sent'] as const) {
    for (const l of lines.filter((x) => x.startsWith(level))) console.log(l);
    for (const system of SYSTEMS) {
      const t = totals.get(system)!;
      console.log(row(`${level} ALL`, system, level === 'para' ? t.paragraphs : t.sentences));
    }
  }
  if (errorLevel) printErrorCounts();
  if (process.argv.includes('--book')) printBooks(corpora);
}

function printBooks(corpora: Corpus[]): void {
  console.log('\nbooks: each set one book, a chapter per document, a preface and a missing chapter');
  for (const corpus of corpora) {
    const book = bookOf(corpus.name, corpus.docs);
    for (const system of BOOK_SYSTEMS) {
      const t = evaluateBook(book, system);
      console.log(row(`para ${corpus.name}`, system, t.paragraphs));
      console.log(row(`sent ${corpus.name}`, system, t.sentences));
    }
  }
}

function printErrorCounts(): void {
  console.log(`\n${errorLevel} errors by kind`);
  console.log(['system/set'.padEnd(20), ...ERROR_KINDS.map((k) => k.padStart(k.length)), 'total'].join('  '));
  const totals = new Map<System, Map<ErrorKind, number>>();
  const line = (label: string, counts: Map<ErrorKind, number>) => {
    const values = ERROR_KINDS.map((k) => String(counts.get(k) ?? 0).padStart(k.length));
    const total = ERROR_KINDS.reduce((n, k) => n + (counts.get(k) ?? 0), 0);
    console.log([label.padEnd(20), ...values, String(total).padStart(5)].join('  '));
  };
  for (const [label, counts] of errorCounts) {
    line(label, counts);
    const system = label.split(' ')[0] as System;
    const total = totals.get(system) ?? new Map<ErrorKind, number>();
    totals.set(system, total);
    for (const [k, v] of counts) total.set(k, (total.get(k) ?? 0) + v);
  }
  for (const [system, counts] of totals) line(`${system} ALL`, counts);
}

await main();
