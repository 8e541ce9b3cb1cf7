/**
 * Glossary matching benchmark: compile and match time for 100 / 1,000 / 10,000 terms over
 * 100 KB and 1 MB of text. Terms and text are drawn from the root word list with a fixed seed;
 * the text adds affixes, clitics and reduplication so that word analysis is exercised.
 * Run: npm run bench:glossary
 */
import kataDasar from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json' with { type: 'json' };
import { compileGlossary, DEFAULT_TERM, type GlossaryTerm } from '../../src/core/glossary';

const ROOTS = (kataDasar as string[]).filter((w) => /^[a-z]{3,}$/.test(w));

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function makeTerms(count: number, rnd: () => number): GlossaryTerm[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rnd();
    const words = r < 0.2 ? 2 + Math.floor(rnd() * 2) : 1;
    const source = Array.from({ length: words }, () => pick(rnd, ROOTS)).join(' ');
    const targets = [pick(rnd, ROOTS), `${pick(rnd, ROOTS)} ${pick(rnd, ROOTS)}`];
    const mode = r > 0.9 ? 'derived' : 'forms';
    return { ...DEFAULT_TERM, id: i + 1, source, targets, mode, caseSensitive: r > 0.98 };
  });
}

const SOURCE_FORMS = [(w: string) => w, (w: string) => 'di' + w, (w: string) => 'ber' + w, (w: string) => w + 'nya',
  (w: string) => `${w}-${w}`, (w: string) => 'ke' + w + 'an', (w: string) => 'me' + w + 'kan', (w: string) => w.toUpperCase()];
const TARGET_FORMS = [(w: string) => w, (w: string) => w + 's', (w: string) => w + 'ed', (w: string) => w + 'ing'];

const UNIFORM = process.env['BENCH_UNIFORM'] === '1';

function pickWord(rnd: () => number): string {
  return UNIFORM ? pick(rnd, ROOTS) : ROOTS[Math.floor(ROOTS.length * rnd() ** 4)]!;
}

function makeText(chars: number, rnd: () => number, forms: readonly ((w: string) => string)[]): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentence = Array.from({ length: 8 + Math.floor(rnd() * 12) }, () => pick(rnd, forms)(pickWord(rnd))).join(' ') + '. ';
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('');
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const result = fn();
  return [result, performance.now() - t0];
}

function run(): void {
  const rnd = random(42);
  const texts = [
    { label: '100 KB', source: makeText(100_000, rnd, SOURCE_FORMS), target: makeText(100_000, rnd, TARGET_FORMS) },
    { label: '1 MB', source: makeText(1_000_000, rnd, SOURCE_FORMS), target: makeText(1_000_000, rnd, TARGET_FORMS) },
  ];
  console.log('terms   text    compile ms  source ms  matches  target ms  matches  source types');
  for (const count of [100, 1_000, 10_000]) {
    const terms = makeTerms(count, rnd);
    for (const text of texts) {
      const [matcher, compileMs] = time(() => compileGlossary(terms));
      const [source, sourceMs] = time(() => matcher.matchSource(text.source));
      const [target, targetMs] = time(() => matcher.matchTarget(text.target));
      const types = new Set(text.source.split(' ')).size;
      console.log(
        [String(count).padEnd(7), text.label.padEnd(7), compileMs.toFixed(0).padStart(10), sourceMs.toFixed(0).padStart(10),
          String(source.length).padStart(8), targetMs.toFixed(0).padStart(10), String(target.length).padStart(8), String(types).padStart(12)].join(' '),
      );
    }
  }
}

run();
