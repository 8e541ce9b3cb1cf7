/**
 * Search benchmark: a library of 100,000 sentence pairs made from the shared evaluation data
 * (FLORES-200 devtest and NusaX, real Indonesian and English), then root searches, English searches
 * and translation-memory look-ups through the service as the pages call it, and the cost of the
 * index on import. On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 *
 * The library: every real pair, over and over, with two of its words swapped for words of the same
 * language drawn from the data's own vocabulary (by frequency), so that no two pairs read alike and
 * word frequencies stay those of real text. 100 documents of 1,000 pairs, one-to-one links, all
 * English reviewed (the memory offers reviewed pairs only).
 *
 * Pre-filling from memory: an Indonesian-only document of 1,000 sentences (250 paragraphs of four), half of
 * them sentences of the data the library holds word for word, half with two words changed; the look-up
 * alone (memory/drafts.ts), the import with and without it, and the longest the event loop was held.
 *
 * Reference in the same run: reading one sentence by its id (the floor of any look-up).
 * Import: the same documents imported through importDocument (segment, align, store) into a library
 * with the index and into one whose full-text index was dropped, in turns; the roots column (Indonesian
 * roots, English stems) is written either way, so the time to compute it (measured alone) is added to
 * the difference.
 *
 * Times are wall time (the target) and this process's CPU time (on a busy shared machine wall time also
 * counts waiting for a core; on SQLite the CPU time is all the work, on PostgreSQL the server's is not in it).
 *
 * Run: npm run bench:search   (BENCH_PAIRS=20000 for a smaller library, BENCH_QUERIES=200)
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Viewer } from '../../src/core/model';
import { rootText, stemText } from '../../src/core/search/words';
import { importDocument, prepareDocument } from '../../src/import/import-document';
import { memoryDraftSide } from '../../src/memory/drafts';
import { memoryMatches, searchLibrary } from '../../src/search/service';
import { insertDocument, type NewDocument } from '../../src/store/documents';
import { dialectOf } from '../../src/store/dialect';
import type { Db } from '../../src/store/database';
import { makeTestDb, testDatabaseUrl, type TestDb } from '../support/database';
import type { DialectName } from '../../src/store/dialect';

const DATA = path.join(import.meta.dirname, '../../../shared/eval-data');
const PAIRS = Number(process.env['BENCH_PAIRS'] ?? 100_000);
const PER_DOCUMENT = 1_000;
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? 200);
const IMPORT_ROUNDS = 3;
const editor: Viewer = { user: { id: 1, name: 'bench', role: 'editor' } };

function realPairs(): [string, string][] {
  const flores = (lang: string) => fs.readFileSync(path.join(DATA, `flores200-devtest/devtest.${lang}_Latn.txt`), 'utf8').split('\n');
  const [id, en] = [flores('ind'), flores('eng')];
  const pairs: [string, string][] = id.map((s, i) => [s.trim(), (en[i] ?? '').trim()]);
  const nusax = fs.readFileSync(path.join(DATA, 'nusax-mt/nusax-mt.ind-eng.tsv'), 'utf8').split('\n').slice(1);
  for (const line of nusax) {
    const [, , indonesian, english] = line.split('\t');
    if (indonesian && english) pairs.push([indonesian.trim(), english.trim()]);
  }
  return pairs.filter(([a, b]) => a && b);
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORD = /[\p{L}]{3,}/gu;

/** Every word occurrence of one language: drawing from it draws by frequency. */
function occurrences(texts: string[]): string[] {
  return texts.flatMap((t) => t.match(WORD) ?? []);
}

function vary(text: string, words: string[], rnd: () => number): string {
  let out = text;
  for (let k = 0; k < 2; k++) {
    const present = out.match(WORD);
    if (!present) break;
    const victim = present[Math.floor(rnd() * present.length)]!;
    out = out.replace(victim, words[Math.floor(rnd() * words.length)]!);
  }
  return out;
}

function libraryPairs(): [string, string][] {
  const real = realPairs();
  const [idWords, enWords] = [occurrences(real.map((p) => p[0])), occurrences(real.map((p) => p[1]))];
  const rnd = random(18);
  return Array.from({ length: PAIRS }, (_, i) => {
    const [id, en] = real[i % real.length]!;
    return i < real.length ? [id, en] : [vary(id, idWords, rnd), vary(en, enWords, rnd)];
  });
}

function documentOf(title: string, pairs: [string, string][]): NewDocument {
  return {
    title,
    source: pairs.map(([id]) => ({ text: id, sentences: [id] })),
    translation: pairs.map(([, en]) => ({ text: en, sentences: [en] })),
    translationOrigin: 'human',
    paragraphLinks: pairs.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
    sentenceLinks: pairs.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
  };
}

async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** CPU time of this process (user + system) spent in fn: on a busy machine wall time also counts waiting for a core. */
async function cpuMs(fn: () => Promise<unknown>): Promise<number> {
  const c0 = process.cpuUsage();
  await fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Wall and CPU time of each call, kept apart. */
function timer() {
  const wall: number[] = [];
  const cpu: number[] = [];
  return {
    wall,
    cpu,
    async time(fn: () => Promise<unknown>) {
      let elapsed = 0;
      cpu.push(await cpuMs(async () => (elapsed = await timeMs(fn))));
      wall.push(elapsed);
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function fillLibrary(db: Db, pairs: [string, string][]): Promise<number> {
  return timeMs(async () => {
    for (let d = 0; d * PER_DOCUMENT < pairs.length; d++) {
      await insertDocument(db, documentOf(`Dokumen ${d + 1}`, pairs.slice(d * PER_DOCUMENT, (d + 1) * PER_DOCUMENT)));
      if (d % 10 === 9) process.stdout.write(`  ${((d + 1) * PER_DOCUMENT).toLocaleString('en')} pairs stored\r`);
    }
    await db.updateTable('sentences').set({ status: 'reviewed' }).where('lang', '=', 'en').execute();
    if (dialectOf(db) === 'postgres') await sql`analyze`.execute(db);
  });
}

/** Query words: real Indonesian words of the data in a derived form (so the root, not the form, must match), by frequency. */
function rootQueries(pairs: [string, string][], rnd: () => number): string[] {
  const derived = occurrences(pairs.slice(0, 2012).map((p) => p[0])).filter((w) => /^(me|di|ber|ter|pe|ke)/i.test(w) || /(kan|an|nya)$/i.test(w));
  return Array.from({ length: QUERIES }, () => derived[Math.floor(rnd() * derived.length)]!.toLowerCase());
}

function englishQueries(pairs: [string, string][], rnd: () => number): string[] {
  const words = occurrences(pairs.slice(0, 2012).map((p) => p[1])).filter((w) => w.length > 4);
  return Array.from({ length: QUERIES }, () => words[Math.floor(rnd() * words.length)]!.toLowerCase());
}

async function measureQueries(db: Db, pairs: [string, string][]) {
  const rnd = random(7);
  const ids = (await db.selectFrom('sentences').select('id').where('lang', '=', 'id').limit(QUERIES).execute()).map((r) => r.id);
  const reference = timer();
  for (const id of ids) await reference.time(() => db.selectFrom('sentences').selectAll().where('id', '=', id).executeTakeFirst());
  const roots = timer();
  let hits = 0;
  for (const q of rootQueries(pairs, rnd)) await roots.time(async () => (hits += (await searchLibrary(db, editor, { q, lang: 'id' })).hits.length));
  const english = timer();
  for (const q of englishQueries(pairs, rnd)) await english.time(() => searchLibrary(db, editor, { q, lang: 'en' }));
  const memory = timer();
  let offers = 0;
  for (let i = 0; i < QUERIES; i++) {
    // A sentence of the data with one word changed: what a translator meets again.
    const [id] = pairs[Math.floor(rnd() * 2012)]!;
    const sentence = vary(id, occurrences([id]), rnd);
    await memory.time(async () => (offers += (await memoryMatches(db, editor, sentence)).length));
  }
  // Sentences the library does not hold (the UDHR): the look-up goes on to its wider second step.
  const unseen = timer();
  let unseenOffers = 0;
  // Lines of more than five words (the file's lines are indented: blank ones are no sentence and would be answered at once).
  const udhr = fs.readFileSync(path.join(DATA, 'udhr/udhr2.ind.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length > 5);
  for (let i = 0; i < Math.min(QUERIES, udhr.length * 2); i++) {
    await unseen.time(async () => (unseenOffers += (await memoryMatches(db, editor, udhr[i % udhr.length]!)).length));
  }
  return { reference, roots, english, memory, unseen, hits: hits / QUERIES, offers: offers / QUERIES, unseenOffers: unseenOffers / unseen.wall.length };
}

/** An Indonesian-only document of 1,000 sentences: even ones as the data has them, odd ones with two words changed. */
function prefillText(pairs: [string, string][]): string {
  const rnd = random(11);
  const sentences = Array.from({ length: 1000 }, (_, i) => {
    const [id] = pairs[Math.floor(rnd() * 1000)]!;
    return i % 2 === 0 ? id : vary(id, occurrences([id]).reverse(), rnd);
  });
  return Array.from({ length: 250 }, (_, p) => sentences.slice(p * 4, p * 4 + 4).join(' ')).join('\n\n');
}

async function measurePrefill(db: Db, pairs: [string, string][]) {
  const source = prefillText(pairs);
  const limits = { maxDocumentBytes: 8 * 1024 * 1024, maxParagraphs: 20_000 };
  // Segmented as the import segments it, so that the look-up asks for the sentences an import would.
  const paragraphs = prepareDocument({ source }, limits).source;
  const lookup = timer();
  const [withPrefill, without] = [timer(), timer()];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  let prefilled = 0;
  loop.enable();
  for (let round = 0; round < IMPORT_ROUNDS; round++) {
    await lookup.time(async () => (prefilled = (await memoryDraftSide(db, paragraphs, 'public'))?.prefilled ?? 0));
  }
  loop.disable();
  let stored = 0;
  for (let round = 0; round < IMPORT_ROUNDS; round++) {
    await withPrefill.time(async () => {
      const id = await importDocument(db, { title: 'Isi dari memori', source, prefillFromMemory: true }, limits);
      stored = Number((await db.selectFrom('sentences').select((eb) => eb.fn.countAll<number>().as('n')).where('document_id', '=', id).where('lang', '=', 'en').executeTakeFirst())?.n ?? 0);
    });
    await without.time(() => importDocument(db, { title: 'Tanpa memori', source }, limits));
  }
  return { lookup, withPrefill, without, prefilled, stored, longestHold: loop.max / 1e6 };
}

async function dropFullTextIndex(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop index sentences_search`.execute(db);
    await sql`alter table sentences drop column search_vector`.execute(db);
  } else {
    for (const trigger of ['sentences_search_insert', 'sentences_search_delete', 'sentences_search_update']) await sql.raw(`drop trigger ${trigger}`).execute(db);
  }
}

/** Pseudo-articles of the FLORES rows: paragraphs of four sentences, each document 1,000 sentences a side. */
function importTexts(): { source: string; translation: string }[] {
  const real = realPairs().slice(0, 1012);
  const docs = [];
  for (let d = 0; d < 3; d++) {
    const rows = Array.from({ length: 1000 }, (_, i) => real[(i + d * 7) % real.length]!);
    const paragraphs = (side: 0 | 1) => Array.from({ length: 250 }, (_, p) => rows.slice(p * 4, p * 4 + 4).map((r) => r[side]).join(' ')).join('\n\n');
    docs.push({ source: paragraphs(0), translation: paragraphs(1) });
  }
  return docs;
}

async function measureImport(dialect: DialectName) {
  const withIndex = await makeTestDb(dialect);
  const without = await makeTestDb(dialect);
  await dropFullTextIndex(without.db);
  const limits = { maxDocumentBytes: 8 * 1024 * 1024, maxParagraphs: 20_000 };
  const texts = importTexts();
  const [a, b] = [timer(), timer()];
  try {
    for (let round = 0; round < IMPORT_ROUNDS; round++) {
      for (const text of texts) {
        await a.time(() => importDocument(withIndex.db, { title: 'Impor', ...text }, limits));
        await b.time(() => importDocument(without.db, { title: 'Impor', ...text }, limits));
      }
    }
  } finally {
    await withIndex.close();
    await without.close();
  }
  // The search column of both sides: Indonesian roots, English stems (what PostgreSQL indexes English by).
  const rootsCpu = await cpuMs(async () => {
    for (const text of texts) {
      for (const paragraph of text.source.split('\n\n')) rootText(paragraph);
      for (const paragraph of text.translation.split('\n\n')) stemText(paragraph);
    }
  });
  const rootsMs = rootsCpu / texts.length;
  return { withIndex: median(a.wall), without: median(b.wall), withIndexCpu: median(a.cpu), withoutCpu: median(b.cpu), rootsMs };
}

async function run(dialect: DialectName, pairs: [string, string][]): Promise<boolean> {
  console.log(`\n${dialect}: ${pairs.length.toLocaleString('en')} sentence pairs`);
  const test: TestDb = await makeTestDb(dialect);
  let ok = true;
  try {
    console.log(`  library filled in ${(await fillLibrary(test.db, pairs)) / 1000} s`);
    const q = await measureQueries(test.db, pairs);
    const floor = median(q.reference.wall);
    const line = (name: string, t: ReturnType<typeof timer>, target: number) => {
      const met = median(t.wall) < target;
      ok &&= met;
      console.log(
        `  ${name.padEnd(26)} wall median ${ms(median(t.wall)).padStart(9)}  p90 ${ms(p90(t.wall)).padStart(9)}  ${(median(t.wall) / floor).toFixed(0).padStart(5)}× the floor;` +
          ` CPU median ${ms(median(t.cpu)).padStart(8)}  target < ${target} ms: ${met ? 'met' : 'NOT met'}`,
      );
    };
    console.log(`  ${'floor: a sentence by id'.padEnd(26)} wall median ${ms(floor).padStart(9)}`);
    line('root search (Indonesian)', q.roots, 50);
    line('stem search (English)', q.english, 50);
    line('memory look-up', q.memory, 30);
    line('memory, unseen sentence', q.unseen, 30);
    console.log(`  hits per root search (first page, at most 50): ${q.hits.toFixed(1)}; memory offers per sentence: ${q.offers.toFixed(2)} (unseen: ${q.unseenOffers.toFixed(2)})`);
    const f = await measurePrefill(test.db, pairs);
    console.log(
      `  pre-fill from memory, 1,000 Indonesian sentences, half held by the library (median of ${IMPORT_ROUNDS}): look-up wall ${ms(median(f.lookup.wall))}, CPU ${ms(median(f.lookup.cpu))}` +
        ` (${f.prefilled} sentences matched; ${f.stored} English sentences stored); longest event-loop delay during the look-ups ${ms(f.longestHold)}` +
        `\n  import with / without pre-filling (with it, the English side is written too): wall ${ms(median(f.withPrefill.wall))} / ${ms(median(f.without.wall))}, CPU ${ms(median(f.withPrefill.cpu))} / ${ms(median(f.without.cpu))}`,
    );
  } finally {
    await test.close();
  }
  const imp = await measureImport(dialect);
  // The roots column is written in both libraries, so its cost moves from the reference to the index.
  const share = (withIndex: number, without: number) => (withIndex - without + imp.rootsMs) / (without - imp.rootsMs);
  const [wallShare, cpuShare] = [share(imp.withIndex, imp.without), share(imp.withIndexCpu, imp.withoutCpu)];
  ok &&= wallShare < 0.2;
  console.log(
    `  import of 1,000 sentence pairs (median of ${IMPORT_ROUNDS * 3}), with the index / without its full-text part: wall ${ms(imp.withIndex)} / ${ms(imp.without)},` +
      ` CPU ${ms(imp.withIndexCpu)} / ${ms(imp.withoutCpu)}; computing roots and stems ${ms(imp.rootsMs)} CPU` +
      `\n  indexing adds ${(wallShare * 100).toFixed(1)}% (wall), ${(cpuShare * 100).toFixed(1)}% (this process's CPU) to import time (target < 20%: ${wallShare < 0.2 ? 'met' : 'NOT met'})`,
  );
  return ok;
}

const pairs = libraryPairs();
const dialects: DialectName[] = testDatabaseUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
let allMet = true;
for (const dialect of dialects) allMet = (await run(dialect, pairs)) && allMet;
if (!testDatabaseUrl()) console.log('\n(TEST_DATABASE_URL not set: PostgreSQL skipped)');
console.log(`\nmachine: ${process.platform}, Node ${process.version}, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
process.exitCode = allMet ? 0 : 1;
