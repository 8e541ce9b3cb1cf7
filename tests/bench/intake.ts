/**
 * Importing books: a 300-page EPUB and a 300-page PDF (each side, Indonesian
 * and English), made here from the shared evaluation data (FLORES rows and
 * NusaX items in paragraphs of four, thirty chapters), imported through
 * `POST /api/documents` as multipart into a real server process. Meanwhile a
 * client asks the server for a static file one request after another; its
 * latency is printed against the same client's before the imports, and the
 * server reports its event-loop delay and largest resident memory
 * (server-vitals.cjs). Targets: each import under 10 s, memory under 500 MB,
 * the server answering meanwhile.
 * The memory is the server's largest during each import (before it, the
 * server has answered and imported what came earlier).
 * Usage: npm run bench:intake [-- --pages 300] [--formats epub,pdf]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { issueApiToken } from '../../src/accounts/api-tokens';
import { createUser } from '../../src/accounts/users';
import { openDatabase } from '../../src/store/database';
import { testConfig } from '../support/app';
import { makeTestDatabase } from '../support/database';
import { makeEpub, makePdf, type Chapter } from '../support/format-files';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { floresPairs, nusaxPairs } from '../eval/lib/corpus';
import { serverVitals } from './vitals';

const at = process.argv.indexOf('--pages');
const PAGES = at >= 0 ? Number(process.argv[at + 1]) : 300;
const FORMATS = (process.argv.includes('--formats') ? process.argv[process.argv.indexOf('--formats') + 1]! : 'epub,pdf').split(',');
const CHAPTERS = 30;
const TARGET_SECONDS = 10;
const TARGET_MB = 500;

interface Book {
  id: Chapter[];
  en: Chapter[];
}

/** Chapters of `paragraphs` paragraphs a side, four rows each, cycling through the data. */
function book(paragraphs: number): Book {
  const pairs = [...floresPairs(), ...nusaxPairs()];
  const perChapter = Math.ceil(paragraphs / CHAPTERS);
  const id: Chapter[] = [];
  const en: Chapter[] = [];
  let row = 0;
  for (let c = 0; c < CHAPTERS; c++) {
    const chapter = { id: [] as string[], en: [] as string[] };
    for (let p = 0; p < perChapter; p++) {
      const rows = Array.from({ length: 4 }, () => pairs[row++ % pairs.length]);
      chapter.id.push(rows.map((r) => r.id).join(' '));
      chapter.en.push(rows.map((r) => r.en).join(' '));
    }
    id.push({ title: `Bab ${c + 1}`, paragraphs: chapter.id });
    en.push({ title: `Chapter ${c + 1}`, paragraphs: chapter.en });
  }
  return { id, en };
}

const pdfOf = (chapters: Chapter[], header: string) =>
  makePdf(chapters.flatMap((c) => [{ text: c.title!, heading: true }, ...c.paragraphs.map((text) => ({ text }))]), { header, pageNumbers: true });

async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

/** The book at the size whose English PDF has about PAGES pages (the Indonesian runs a little longer). */
async function sizedBook(): Promise<{ book: Book; pdf: { id: Uint8Array; en: Uint8Array } }> {
  let paragraphs = PAGES * 6;
  for (;;) {
    const b = book(paragraphs);
    const en = await pdfOf(b.en, 'Annual collection');
    const pages = await pageCount(en);
    if (pages >= PAGES || paragraphs > PAGES * 40) return { book: b, pdf: { id: await pdfOf(b.id, 'Kumpulan tahunan'), en } };
    paragraphs = Math.ceil((paragraphs * PAGES) / pages) + 1;
  }
}

async function prepare(database: Awaited<ReturnType<typeof makeTestDatabase>>): Promise<string> {
  const config = testConfig(database);
  const db = await openDatabase(database.location);
  try {
    const user = await createUser(db, { name: 'bench', password: 'benchmark password', role: 'editor' }, config.accounts);
    return (await issueApiToken(db, user.id, 'intake bench')).token;
  } finally {
    await db.destroy();
  }
}


/** One request after another for a static file until `done` resolves; the latencies in ms. */
async function probe(url: string, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const times: number[] = [];
  while (!finished) {
    const started = performance.now();
    const res = await fetch(`${url}/assets/style.css`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`static file answered ${res.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function importBook(url: string, token: string, files: { source: [Uint8Array, string]; translation: [Uint8Array, string] }): Promise<{ id: number; seconds: number }> {
  const form = new FormData();
  form.set('source_file', new Blob([Buffer.from(files.source[0])]), files.source[1]);
  form.set('translation_file', new Blob([Buffer.from(files.translation[0])]), files.translation[1]);
  const started = performance.now();
  const res = await fetch(`${url}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await res.json()) as { id?: number; error?: { message: string } };
  if (res.status !== 201 || !body.id) throw new Error(`import answered ${res.status}: ${JSON.stringify(body)}`);
  return { id: body.id, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const { book: b, pdf } = await sizedBook();
  const epub = { id: makeEpub('Kumpulan', b.id), en: makeEpub('Collection', b.en) };
  const kb = (x: Uint8Array) => `${Math.round(x.length / 1024)} KB`;
  console.log(
    `book: ${CHAPTERS} chapters, ${b.id.reduce((n, c) => n + c.paragraphs.length, 0)} paragraphs a side; ` +
      `PDF ${await pageCount(pdf.id)} / ${await pageCount(pdf.en)} pages (${kb(pdf.id)} / ${kb(pdf.en)}), EPUB ${kb(epub.id)} / ${kb(epub.en)}`,
  );
  const database = await makeTestDatabase();
  const token = await prepare(database);
  const vitalsFile = path.join(os.tmpdir(), `sejajar-intake-vitals-${process.pid}.json`);
  const preload = `--require ${path.join(import.meta.dirname, 'server-vitals.cjs')}`;
  const server = await startServerProcess(database, {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${preload}`.trim(),
    BENCH_VITALS_FILE: vitalsFile,
    MAX_REQUEST_BYTES: String(16 * 1024 * 1024),
  });
  let failed = false;
  try {
    const idle = await probe(server.url, new Promise((r) => setTimeout(r, 3000)));
    const idleVitals = await serverVitals(server, vitalsFile);
    console.log(`static file, server idle: ${idle.length} answers, p50 ${ms(quantile(idle, 0.5))}, p99 ${ms(quantile(idle, 0.99))}; RSS ${idleVitals.rssMaxMb} MB`);
    const runs = ([
      ['EPUB', { source: [epub.id, 'kumpulan.epub'], translation: [epub.en, 'collection.epub'] }],
      ['PDF', { source: [pdf.id, 'kumpulan.pdf'], translation: [pdf.en, 'collection.pdf'] }],
    ] as [string, { source: [Uint8Array, string]; translation: [Uint8Array, string] }][]).filter(([name]) => FORMATS.includes(name.toLowerCase()));
    for (const [name, files] of runs) {
      const imported = importBook(server.url, token, files);
      const during = await probe(server.url, imported);
      const { id, seconds } = await imported;
      const vitals = await serverVitals(server, vitalsFile);
      const detail = (await (await fetch(`${server.url}/api/documents/${id}?fields=links`, { headers: { authorization: `Bearer ${token}` } })).json()) as { links: unknown[] };
      const ok = seconds < TARGET_SECONDS && vitals.rssIntervalMaxMb < TARGET_MB && during.length > 0;
      failed ||= !ok;
      console.log(
        `${name} (both sides): ${seconds.toFixed(2)} s (target under ${TARGET_SECONDS} s), ${detail.links.length} paragraph links; ` +
          `server RSS max ${vitals.rssIntervalMaxMb} MB during the import (target under ${TARGET_MB} MB; ${vitals.rssMaxMb} MB since start); event loop p99 ${vitals.delayP99} ms, max ${vitals.delayMax} ms; ` +
          `static file meanwhile: ${during.length} answers, p50 ${ms(quantile(during, 0.5))} (${(quantile(during, 0.5) / quantile(idle, 0.5)).toFixed(1)}× idle), ` +
          `p99 ${ms(quantile(during, 0.99))} (${(quantile(during, 0.99) / quantile(idle, 0.99)).toFixed(1)}× idle), max ${ms(Math.max(...during))} — ${ok ? 'met' : 'NOT met'}`,
      );
    }
  } finally {
    await server.stop();
    await database.drop();
    fs.rmSync(vitalsFile, { force: true });
  }
  if (failed) process.exitCode = 1;
}

await main();
