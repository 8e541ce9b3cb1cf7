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
 * Settings: BENCH_SECONDS (60), BENCH_READERS (50), BENCH_EDITORS (5), BENCH_SAVE (segments).
 * Exits non-zero on any error, non-2xx answer or missing saved item.
 */
import os from 'node:os';
import autocannon, { type Result } from 'autocannon';
import { issueApiToken } from '../../src/accounts/api-tokens';
import { createUser } from '../../src/accounts/users';
import { importDocument } from '../../src/import/import-document';
import { seedIfEmpty } from '../../src/import/seed';
import { openDatabase } from '../../src/store/database';
import { testConfig } from '../support/app';
import { makeTestDatabase, type TestDatabase } from '../support/database';
import { startServerProcess } from '../support/server-process';
import { importDocumentStep, saveSegmentStep, type SaveStep } from './save-steps';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const readers = Number(process.env.BENCH_READERS ?? 50);
const editors = Number(process.env.BENCH_EDITORS ?? 5);
const STATIC_PATH = '/assets/style.css';

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

async function main() {
  // SQLite in a temporary folder, or PostgreSQL with SEJAJAR_TEST_DIALECT=postgres and TEST_DATABASE_URL.
  const database = await makeTestDatabase();
  const { token, sampleId, documentId, segmentIds } = await prepareLibrary(database);
  const server = await startServerProcess(database);
  const step = process.env.BENCH_SAVE === 'imports' ? importDocumentStep(token) : saveSegmentStep(token, segmentIds);
  const readerPaths = [`/documents/${sampleId}`, `/documents/${documentId}`];
  const saved: string[] = [];
  try {
    console.log(`${readers} readers (GET ${readerPaths.join(' and ')} in turn) and ${editors} editors (${step.name}) for ${seconds} s...`);
    const [reading, saving] = await Promise.all([
      run({ url: server.url, connections: readers, duration: seconds, requests: readerPaths.map((path) => ({ method: 'GET', path })) }),
      editorRun(server.url, step, saved),
    ]);
    console.log(`static file (GET ${STATIC_PATH}) with ${readers} connections for ${seconds} s...`);
    const staticFile = await run({ url: server.url + STATIC_PATH, connections: readers, duration: seconds });

    const missing: string[] = [];
    for (const key of saved) if (!(await step.isPresent(server.url, key, token))) missing.push(key);

    const rows = [summary('readers, while editors save', reading), summary('editors', saving), summary('static file alone', staticFile)];
    console.table(rows);
    console.log(`reader pages reach ${Math.round((100 * reading.requests.average) / staticFile.requests.average)}% of the static file's throughput`);
    console.log(`saved and acknowledged: ${saved.length}; missing afterwards: ${missing.length}`);
    console.log(`load average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
    const failed =
      [reading, saving, staticFile].some((r) => r.errors > 0 || r.timeouts > 0 || r.non2xx > 0) || missing.length > 0 || saved.length === 0;
    if (failed) console.error('FAILED: errors, non-2xx answers, nothing saved, or saved items missing');
    process.exitCode = failed ? 1 : 0;
  } finally {
    await server.stop();
    await database.drop();
  }
}

await main();
