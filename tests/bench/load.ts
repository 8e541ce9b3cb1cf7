/**
 * Load test: readers and editors at the same time against a real server
 * process, then a static file from the same app for comparison.
 *
 *   npm run bench:load                     # 60 s per phase
 *   BENCH_SECONDS=10 npm run bench:load    # a quick run
 *
 * Editors post-edit English segments of one 200-paragraph document; readers read, in turn, the
 * sample article and that same document, so half the reader pages are of a document changing
 * many times a second. BENCH_SAVE=imports has the editors import documents instead.
 *
 * Then, each alone with as many connections as readers, taking turns: the static file, the sample's
 * reader page as an anonymous visitor gets it (kept as ready bytes; plain, and brotli as browsers
 * ask), its revalidation (If-None-Match, 304), and the sample's API document; each is printed as
 * a ratio of the static file measured in the same run, with the targets, the machine and its load
 * average.
 *
 * During the mixed phase one importer also imports a document of BENCH_IMPORT_PARAGRAPHS (20,000)
 * paragraphs a side, again and again; the server measures its own event-loop delay and memory
 * (server-vitals.cjs) and the benchmark prints them against the targets: memory for that phase and
 * for the whole run (which ends with reading every imported document back, one after another).
 * Settings: BENCH_SECONDS (60), BENCH_READERS (50), BENCH_EDITORS (5), BENCH_SAVE (segments),
 * BENCH_IMPORT_PARAGRAPHS (20000; 0 for no importer),
 * BENCH_ROUNDS (3), BENCH_MIXED (1; 0 skips the readers-and-editors phase), BENCH_SERVER_HEAP_MB (the
 * server's --max-old-space-size: 384 as `npm start` has it, 0 for none), BENCH_CPU_PROF (a
 * folder: the server writes a V8 CPU profile there when it stops).
 * Exits non-zero on any error, non-2xx answer (304 where asked for) or missing saved item.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { issueApiToken } from '../../src/accounts/api-tokens';
import { createUser } from '../../src/accounts/users';
import { importDocument } from '../../src/import/import-document';
import { seedIfEmpty } from '../../src/import/seed';
import { openDatabase } from '../../src/store/database';
import { testConfig } from '../support/app';
import { makeTestDatabase, type TestDatabase } from '../support/database';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { importDocumentStep, saveSegmentStep, type SaveStep } from './save-steps';
import { serverVitals, type Vitals } from './vitals';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const readers = Number(process.env.BENCH_READERS ?? 50);
const editors = Number(process.env.BENCH_EDITORS ?? 5);
const mixed = process.env.BENCH_MIXED !== '0';
const cpuProfileDir = process.env.BENCH_CPU_PROF;
const STATIC_PATH = '/assets/style.css';
const BROWSER_ENCODINGS = 'gzip, deflate, br';
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const importParagraphs = Number(process.env.BENCH_IMPORT_PARAGRAPHS ?? 20_000);
const SERVER_HEAP_MB = 384;

/** The sample article, an editor's token, and a document of many English sentences for the editors to save. */
async function prepareLibrary(database: TestDatabase): Promise<{ token: string; sampleId: number; documentId: number; segmentIds: number[] }> {
  const config = testConfig(database);
  const db = await openDatabase(database.location);
  try {
    // The sample article and its glossary, as a first start would seed them, for the readers.
    const [sampleId] = await seedIfEmpty(db, config.seedsDir, config);
    const user = await createUser(db, { name: 'bench', password: 'benchmark password', role: 'editor' }, config.accounts);
    const token = (await issueApiToken(db, user.id, 'load test')).token;
    const count = 200;
    const id = await importDocument(
      db,
      {
        title: 'Dokumen suntingan',
        source: Array.from({ length: count }, (_, i) => `Kalimat nomor ${i + 1} dalam dokumen ini.`).join('\n\n'),
        translation: Array.from({ length: count }, (_, i) => `Sentence number ${i + 1} in this document.`).join('\n\n'),
      },
      config,
    );
    const rows = await db.selectFrom('sentences').select('id').where('document_id', '=', id).where('lang', '=', 'en').orderBy('position').execute();
    return { token, sampleId: sampleId!, documentId: id, segmentIds: rows.map((r) => r.id) };
  } finally {
    await db.destroy();
  }
}

function run(options: autocannon.Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    // On a busy two-core machine an import queued behind 50 readers can exceed autocannon's default 10 s;
    // the table reports the real latencies, and a request still counts as an error when the server fails it.
    autocannon({ timeout: 30, ...options }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function editorRun(url: string, step: SaveStep, saved: string[]) {
  let index = 0;
  return run({
    url,
    connections: editors,
    duration: seconds,
    requests: [
      {
        // Keep autocannon's host and port; the step supplies method, path, headers and body.
        setupRequest: (request) => ({ ...request, ...step.request(index++) }),
        onResponse: (status, body) => {
          const key = step.acknowledged(status, body);
          if (key !== null) saved.push(key);
        },
      },
    ],
  });
}

function summary(name: string, r: Result) {
  return {
    phase: name,
    'req/s': Math.round(r.requests.average),
    requests: r['2xx'] + r.non2xx,
    'p50 ms': r.latency.p50,
    'p90 ms': r.latency.p90,
    'p99 ms': r.latency.p99,
    'max ms': r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

/** Has the server record a CPU profile (see cpu-profile.cjs) and its vitals (server-vitals.cjs). */
function serverEnv(profileDir: string | undefined, vitalsFile: string): NodeJS.ProcessEnv {
  const preloads = [path.join(import.meta.dirname, 'server-vitals.cjs')];
  if (profileDir) preloads.push(path.join(import.meta.dirname, 'cpu-profile.cjs'));
  // The server's V8 heap budget, as `npm start` and the service in the README give it; 0 for V8's own.
  const heapMb = Number(process.env.BENCH_SERVER_HEAP_MB ?? SERVER_HEAP_MB);
  const heap = heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
  const options = [process.env.NODE_OPTIONS ?? '', ...heap, ...preloads.map((p) => `--require ${p}`)].join(' ').trim();
  // The workers' priority as a server has it (the tests run theirs at 0), unless the run sets one.
  return { NODE_OPTIONS: options, WORKER_NICE: process.env.WORKER_NICE ?? '10', BENCH_VITALS_FILE: vitalsFile, ...(profileDir ? { BENCH_CPU_PROF_DIR: path.resolve(profileDir) } : {}) };
}


/** One importer bringing in a long document again and again until `until`; the last import is waited for. */
async function importerRun(url: string, token: string, until: number): Promise<{ ids: number[]; seconds: number[] }> {
  const side = (word: string) => Array.from({ length: importParagraphs }, (_, i) => `${word} ${i + 1}.`).join('\n\n');
  const body = JSON.stringify({ title: 'Dokumen panjang', source: side('Kalimat nomor'), translation: side('Sentence number') });
  const ids: number[] = [];
  const seconds: number[] = [];
  do {
    const started = performance.now();
    const res = await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    if (res.status !== 201) throw new Error(`The long import answered ${res.status}: ${await res.text()}`);
    ids.push(((await res.json()) as { id: number }).id);
    seconds.push((performance.now() - started) / 1000);
  } while (Date.now() < until);
  return { ids, seconds };
}

async function importedWhole(url: string, token: string, id: number): Promise<boolean> {
  const res = await fetch(`${url}/api/documents/${id}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) return false;
  const doc = (await res.json()) as { source: unknown[]; translation: unknown[] };
  return doc.source.length === importParagraphs && doc.translation.length === importParagraphs;
}

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').trim().split(' ').slice(0, 3).join(' ');

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Several runs of one request: throughput over all of them; latency percentiles the mean of the runs'. */
interface Measured {
  runs: Result[];
  /** Status class every answer must have: 2 (2xx) or 3 (304). */
  expected: 2 | 3;
}

const rate = (m: Measured) => m.runs.reduce((n, r) => n + r.requests.total, 0) / m.runs.reduce((n, r) => n + r.duration, 0);
const meanOf = (m: Measured, pick: (r: Result) => number) => Math.round(m.runs.reduce((n, r) => n + pick(r), 0) / m.runs.length);
const p99 = (m: Measured) => meanOf(m, (r) => r.latency.p99);
const failedRun = (r: Result, expected: 2 | 3) => r.errors > 0 || r.timeouts > 0 || r[expected === 2 ? '2xx' : '3xx'] !== r.requests.total;

function measuredSummary(name: string, m: Measured) {
  return {
    phase: name,
    'req/s': Math.round(rate(m)),
    requests: m.runs.reduce((n, r) => n + r.requests.total, 0),
    'p50 ms': meanOf(m, (r) => r.latency.p50),
    'p90 ms': meanOf(m, (r) => r.latency.p90),
    'p99 ms': p99(m),
    'max ms': Math.max(...m.runs.map((r) => r.latency.max)),
    errors: m.runs.reduce((n, r) => n + r.errors + r.timeouts, 0),
    unexpected: m.runs.reduce((n, r) => n + r.requests.total - r[m.expected === 2 ? '2xx' : '3xx'], 0),
  };
}

/**
 * The static file, the reader page (plain and as browsers ask for it), its revalidation and the API
 * document, each alone. The machine is shared and its load drifts, so the five take turns in
 * BENCH_ROUNDS rounds (each phase gets BENCH_SECONDS in all): every ratio compares runs made in
 * the same minutes.
 */
async function cachedPhases(url: string, sampleId: number) {
  const readerPath = `/documents/${sampleId}`;
  const apiPath = `/api/documents/${sampleId}`;
  const first = await fetch(url + readerPath);
  const etag = first.headers.get('etag');
  if (!first.ok || !etag) throw new Error(`GET ${readerPath} answered ${first.status} without an ETag`);
  // Compiled and optimized before anything is measured, as after the mixed phase (or in a server that has run a while).
  for (const path of [STATIC_PATH, readerPath, apiPath]) await run({ url: url + path, connections: readers, duration: Math.min(5, seconds) });
  const phases = {
    staticFile: { url: url + STATIC_PATH },
    page: { url: url + readerPath },
    compressed: { url: url + readerPath, headers: { 'accept-encoding': BROWSER_ENCODINGS } },
    revalidation: { url: url + readerPath, headers: { 'if-none-match': etag } },
    api: { url: url + apiPath },
  } satisfies Record<string, autocannon.Options>;
  const measured = Object.fromEntries(Object.keys(phases).map((k) => [k, { runs: [], expected: k === 'revalidation' ? 3 : 2 }])) as unknown as Record<
    keyof typeof phases,
    Measured
  >;
  const share = Math.max(1, Math.round(seconds / rounds));
  console.log(
    `each alone with ${readers} connections, ${rounds} rounds of ${share} s: GET ${STATIC_PATH}; GET ${readerPath} plain, ` +
      `with Accept-Encoding: ${BROWSER_ENCODINGS}, and with If-None-Match; GET ${apiPath}...`,
  );
  for (let round = 0; round < rounds; round++) {
    for (const [name, options] of Object.entries(phases)) {
      measured[name as keyof typeof phases].runs.push(await run({ connections: readers, duration: share, ...options }));
    }
  }
  return measured;
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

function printRatios({ staticFile, page, compressed, revalidation, api }: Awaited<ReturnType<typeof cachedPhases>>) {
  const lines = [
    [`reader page: ${percent(rate(page), rate(staticFile))} of the static file's req/s`, 'target ≥ 70%', rate(page) >= 0.7 * rate(staticFile)],
    [`reader page p99: ${(p99(page) / p99(staticFile)).toFixed(2)}× the static file's (${p99(page)} vs ${p99(staticFile)} ms)`, 'target ≤ 2×', p99(page) <= 2 * p99(staticFile)],
    [`reader page with brotli: ${percent(rate(compressed), rate(staticFile))} of the static file's req/s, p99 ${(p99(compressed) / p99(staticFile)).toFixed(2)}×`, 'as browsers ask', null],
    [`304 revalidation: ${percent(rate(revalidation), rate(staticFile))} of the static file's req/s`, 'target ≥ 90%', rate(revalidation) >= 0.9 * rate(staticFile)],
    [`API document: ${percent(rate(api), rate(staticFile))} of the static file's req/s, p99 ${(p99(api) / p99(staticFile)).toFixed(2)}×`, 'no target', null],
  ] as const;
  for (const [text, target, met] of lines) console.log(`${text} (${target}${met === null ? '' : met ? ': met' : ': missed'})`);
}

/** The mixed phase against the targets: the server's own event-loop delay and the readers' latency. */
function printMixedTargets(vitals: Vitals, reading: Result) {
  const met = (ok: boolean) => (ok ? 'met' : 'missed');
  console.log(
    `event-loop delay while readers, editors and the importer ran (1 ms sampling): p50 ${vitals.delayP50} ms, p99 ${vitals.delayP99} ms, max ${vitals.delayMax} ms (target p99 under 20 ms: ${met(vitals.delayP99 < 20)})`,
  );
  console.log(`readers' p99 meanwhile: ${reading.latency.p99} ms (target under 100 ms: ${met(reading.latency.p99 < 100)})`);
  console.log(`server memory meanwhile: largest RSS ${vitals.rssIntervalMaxMb} MB (target under 300 MB: ${met(vitals.rssIntervalMaxMb < 300)})`);
}

async function main() {
  // SQLite in a temporary folder, or PostgreSQL with SEJAJAR_TEST_DIALECT=postgres and TEST_DATABASE_URL.
  const database = await makeTestDatabase();
  const { token, sampleId, documentId, segmentIds } = await prepareLibrary(database);
  if (cpuProfileDir) fs.mkdirSync(cpuProfileDir, { recursive: true });
  const vitalsFile = path.join(os.tmpdir(), `sejajar-bench-vitals-${process.pid}.json`);
  const server = await startServerProcess(database, serverEnv(cpuProfileDir, vitalsFile));
  const step = process.env.BENCH_SAVE === 'imports' ? importDocumentStep(token) : saveSegmentStep(token, segmentIds);
  const readerPaths = [`/documents/${sampleId}`, `/documents/${documentId}`];
  const saved: string[] = [];
  const loadBefore = loadAverage();
  console.log(`machine: ${machine()}; load average before: ${loadBefore}`);
  try {
    const rows = [];
    let mixedRuns: Result[] = [];
    let mixedVitals: Vitals | null = null;
    let imports: { ids: number[]; seconds: number[] } = { ids: [], seconds: [] };
    if (mixed) {
      const importer = importParagraphs > 0 ? ` and 1 importer (${importParagraphs} paragraphs a side, again and again)` : '';
      console.log(`${readers} readers (GET ${readerPaths.join(' and ')} in turn), ${editors} editors (${step.name})${importer} for ${seconds} s...`);
      await serverVitals(server, vitalsFile);
      const until = Date.now() + seconds * 1000;
      const [reading, saving, imported] = await Promise.all([
        run({ url: server.url, connections: readers, duration: seconds, requests: readerPaths.map((path) => ({ method: 'GET', path })) }),
        editorRun(server.url, step, saved),
        importParagraphs > 0 ? importerRun(server.url, token, until) : Promise.resolve({ ids: [], seconds: [] }),
      ]);
      mixedVitals = await serverVitals(server, vitalsFile);
      mixedRuns = [reading, saving];
      imports = imported;
      rows.push(summary('readers, while editors save', reading), summary('editors', saving));
    }
    const cached = await cachedPhases(server.url, sampleId);
    const loadAfter = loadAverage();
    const cachedRows = [
      measuredSummary('static file alone', cached.staticFile),
      measuredSummary('reader page, anonymous', cached.page),
      measuredSummary('reader page, brotli', cached.compressed),
      measuredSummary('reader page, 304', cached.revalidation),
      measuredSummary('API document', cached.api),
    ];

    const missing: string[] = [];
    for (const key of saved) if (!(await step.isPresent(server.url, key, token))) missing.push(key);
    // One long document after another, as a client that reads each one would.
    let wholeImports = 0;
    for (const id of imports.ids) if (await importedWhole(server.url, token, id)) wholeImports++;
    const runVitals = await serverVitals(server, vitalsFile);

    if (mixed) {
      console.table(rows);
      console.log(`readers while editors save reach ${percent(mixedRuns[0]!.requests.average, rate(cached.staticFile))} of the static file's req/s`);
      console.log(`saved and acknowledged: ${saved.length}; missing afterwards: ${missing.length}`);
      if (importParagraphs > 0) {
        const took = imports.seconds.map((t) => t.toFixed(1)).join(', ');
        console.log(`long imports finished: ${imports.ids.length} (${took} s each), stored whole: ${wholeImports}`);
      }
      if (mixedVitals) printMixedTargets(mixedVitals, mixedRuns[0]!);
    }
    console.table(cachedRows);
    printRatios(cached);
    console.log(`server memory: largest RSS through the whole run ${runVitals.rssMaxMb} MB (target under 300 MB: ${runVitals.rssMaxMb < 300 ? 'met' : 'missed'})`);
    console.log(`machine: ${machine()}; server heap budget: ${Number(process.env.BENCH_SERVER_HEAP_MB ?? SERVER_HEAP_MB) || 'none'}${Number(process.env.BENCH_SERVER_HEAP_MB ?? SERVER_HEAP_MB) ? ' MB' : ''}`);
    console.log(`load average (1, 5, 15 min): ${loadBefore} before the run, ${loadAfter} at its end`);
    const failed =
      mixedRuns.some((r) => failedRun(r, 2)) ||
      (mixed && importParagraphs > 0 && (imports.ids.length === 0 || wholeImports !== imports.ids.length)) ||
      Object.values(cached).some((m) => m.runs.some((r) => failedRun(r, m.expected))) ||
      missing.length > 0 ||
      (mixed && saved.length === 0);
    if (failed) console.error('FAILED: errors, unexpected statuses, nothing saved, or saved items missing');
    process.exitCode = failed ? 1 : 0;
  } finally {
    await server.stop();
    await database.drop();
  }
}

await main();
