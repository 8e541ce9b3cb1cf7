/**
 * Glossary matching benchmark: compile and match time for 100 / 1,000 / 10,000 terms over
 * 100 KB and 1 MB of text. Terms and text are drawn from the root word list with fixed seeds;
 * the text adds affixes, clitics and reduplication so that word analysis is exercised.
 *
 * Each configuration runs in its own process, so no row profits from word analyses memoised
 * or code optimised by an earlier one. Wall time and CPU time (user + system of the process)
 * are shown: on a shared machine wall time also counts waiting for a core.
 * The floor column times the least any word-by-word matcher does (find the words, one look-up each)
 * on the Indonesian text: the machine's speed at that moment. The "again" columns match the same
 * texts a second time with the same compiled glossary, as a server does for every later page.
 * Run: npm run bench:glossary   (BENCH_UNIFORM=1 draws words uniformly instead of Zipf-like)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import kataDasar from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json' with { type: 'json' };
import { compileGlossary, DEFAULT_TERM, type GlossaryTerm } from '../../src/core/glossary';

const ROOTS = (kataDasar as string[]).filter((w) => /^[a-z]{3,}$/.test(w));
const SIZES: Record<string, number> = { '100 KB': 100_000, '1 MB': 1_000_000 };
const COUNTS = [100, 1_000, 10_000];

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

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function time<T>(fn: () => T): [T, Timing] {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return [result, { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }];
}

/**
 * The least any word-by-word matcher does: find the words and look each one up once. On a shared
 * machine all times stretch alike, so the ratio to this floor says more than milliseconds.
 */
function floor(text: string): number {
  const seen = new Map<string, number>();
  let n = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const w = m[0].toLowerCase();
    const c = seen.get(w);
    if (c === undefined) seen.set(w, 1);
    else n += c;
  }
  return n;
}

interface Row {
  count: number;
  size: string;
  compile: Timing;
  floor: Timing;
  source: Timing;
  target: Timing;
  sourceAgain: Timing;
  targetAgain: Timing;
  sourceMatches: number;
  targetMatches: number;
  types: number;
}

function runRow(count: number, size: string): Row {
  const chars = SIZES[size]!;
  const source = makeText(chars, random(42), SOURCE_FORMS);
  const target = makeText(chars, random(43), TARGET_FORMS);
  const terms = makeTerms(count, random(1000 + count));
  const [, floorTime] = time(() => floor(source));
  const [matcher, compile] = time(() => compileGlossary(terms));
  const [sourceMatches, sourceTime] = time(() => matcher.matchSource(source));
  const [targetMatches, targetTime] = time(() => matcher.matchTarget(target));
  const [, sourceAgain] = time(() => matcher.matchSource(source));
  const [, targetAgain] = time(() => matcher.matchTarget(target));
  return {
    count, size, compile, floor: floorTime, source: sourceTime, target: targetTime, sourceAgain, targetAgain,
    sourceMatches: sourceMatches.length, targetMatches: targetMatches.length, types: new Set(source.split(' ')).size,
  };
}

const fmt = (t: Timing) => `${t.wallMs.toFixed(0).padStart(6)} ${t.cpuMs.toFixed(0).padStart(5)}`;

function main(): void {
  const script = fileURLToPath(import.meta.url);
  console.log('terms   text      compile ms    floor ms     source ms  matches    target ms  matches  source types   again: source ms  target ms');
  console.log('                  wall   cpu   wall   cpu   wall   cpu             wall   cpu                               wall   cpu   wall   cpu');
  for (const count of COUNTS) {
    for (const size of Object.keys(SIZES)) {
      const out = execFileSync(process.execPath, [...process.execArgv, script, '--row', String(count), size], { encoding: 'utf8' });
      const row = JSON.parse(out) as Row;
      console.log([String(row.count).padEnd(7), row.size.padEnd(7), fmt(row.compile), fmt(row.floor), fmt(row.source), String(row.sourceMatches).padStart(8),
        fmt(row.target), String(row.targetMatches).padStart(8), String(row.types).padStart(13), '         ', fmt(row.sourceAgain), fmt(row.targetAgain)].join(' '));
    }
  }
}

const rowArg = process.argv.indexOf('--row');
if (rowArg >= 0) process.stdout.write(JSON.stringify(runRow(Number(process.argv[rowArg + 1]), process.argv[rowArg + 2]!)));
else main();
