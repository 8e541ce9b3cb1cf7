/**
 * The review queue of a long document, in one run:
 *
 *   npm run bench:queue                     # 3,000 paragraphs, 7 runs each
 *   BENCH_PARAGRAPHS=600 npm run bench:queue
 *
 * It imports a long document of real translated sentences (FLORES-200 devtest and NusaX from
 * ../shared/eval-data, one to three sentence pairs per paragraph, each paragraph numbered so no two
 * read alike; the 2,000 pairs come round again after about a third of the document, so later
 * sentences repeat earlier ones), with the sample glossary, and a
 * second copy of its first third with a few words of the English changed, so the check for
 * inconsistent translation finds the same sentences elsewhere in the library. Then, median of the runs:
 * - core: the checks and the ranked queue over the document's links, pure, every link checked;
 * - service, first: the same with what it reads from the database (marks, switches, who touched
 *   which sentence, the library's pairs), the document itself already read (the edit page keeps
 *   it), by a service that has not seen the document before, its checks on the library's worker
 *   pool as the server runs them (a link whose texts came before in the same document is checked
 *   once: here that is most of the repeated sentences; the library's pairs, the marks and the
 *   touches are read while the worker checks, the pairs following the task on a port). The pool's worker is started by one
 *   call before these runs, timed apart: a server's pool starts with its first large task and
 *   stops after a minute without work;
 * - service, again: the next time, as on the next Alt+N: the findings are kept per document
 *   revision, so only the reads and the ranking are done again;
 * - service, after a save: a new revision with the same texts, as after saving one sentence: the
 *   worker checks again, answering links whose texts did not change from the service's memo;
 * - reference: reading the whole document from the database, measured in the same run, so the
 *   figures above are also printed as ratios of it;
 * and the longest the event loop was held during the service's first runs.
 * The target: the queue of a 3,000-paragraph document computed in under 200 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { runChecks, allChecks } from '../../src/core/checks/index';
import { compileGlossary } from '../../src/core/glossary/index';
import { reviewInput } from '../../src/core/review/input';
import { buildQueue } from '../../src/core/review/queue';
import { getDocument, type DocumentDetail } from '../../src/store/documents';
import { GlossaryService } from '../../src/glossary/service';
import { importDocument } from '../../src/import/import-document';
import { ReviewService } from '../../src/review/service';
import { makeTestApp } from '../support/app';

const paragraphs = Number(process.env.BENCH_PARAGRAPHS ?? 3000);
const runs = Number(process.env.BENCH_RUNS ?? 7);

async function median(label: string, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const m = times[times.length >> 1]!;
  console.log(`${label.padEnd(12)} median ${m.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`);
  return m;
}

const EVAL = path.join(import.meta.dirname, '../../../shared/eval-data');

/** Real sentence pairs: FLORES-200 devtest line by line, then NusaX's rows. */
function realPairs(): [string, string][] {
  const lines = (file: string) => fs.readFileSync(path.join(EVAL, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const ind = lines('flores200-devtest/devtest.ind_Latn.txt');
  const eng = lines('flores200-devtest/devtest.eng_Latn.txt');
  const pairs: [string, string][] = ind.map((l, i) => [l, eng[i]!]);
  for (const row of lines('nusax-mt/nusax-mt.ind-eng.tsv').slice(1)) {
    const [, , id, en] = row.split('\t');
    if (id && en) pairs.push([id, en]);
  }
  return pairs;
}

function realDocument(count: number): { title: string; source: string; translation: string } {
  const pairs = realPairs();
  const source: string[] = [];
  const translation: string[] = [];
  for (let p = 0, at = 0; p < count; p++) {
    const take = 1 + (p % 3);
    const chunk = Array.from({ length: take }, (_, i) => pairs[(at + i) % pairs.length]!);
    at += take;
    source.push(`${p + 1}. ${chunk.map((c) => c[0]).join(' ')}`);
    translation.push(`${p + 1}. ${chunk.map((c) => c[1]).join(' ')}`);
  }
  return { title: `Dokumen nyata (${count} paragraf)`, source: source.join('\n\n'), translation: translation.join('\n\n') };
}

const sentencesOf = (side: DocumentDetail['source']) => side.flatMap((p) => p.sentences);

async function main() {
  console.log(`load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const ctx = await makeTestApp({ seed: true });
  try {
    const limits = { ...ctx.config, maxParagraphs: Math.max(paragraphs, ctx.config.maxParagraphs) };
    const doc = realDocument(paragraphs);
    const id = await importDocument(ctx.db, doc, limits);
    const third = realDocument(Math.ceil(paragraphs / 3));
    await importDocument(ctx.db, { ...third, title: 'Salinan', translation: third.translation.replace(/\bthe\b/g, 'this') }, limits);
    const detail = (await getDocument(ctx.db, id))!;
    const glossary = new GlossaryService(ctx.db);
    const review = new ReviewService(ctx.db, glossary, ctx.compute);
    const { terms } = await glossary.forChecks();
    const checks = { terms, matcher: compileGlossary(terms, { documentId: id }) };
    const library = await review.libraryPairs(detail, { user: null });
    const links = detail.sentenceLinks.length;
    console.log(`document: ${paragraphs} paragraphs, ${links} sentence links; library pairs found for it: ${library.length}`);

    const core = await median('core', () => {
      const input = reviewInput({ source: sentencesOf(detail.source), target: sentencesOf(detail.translation), sentenceLinks: detail.sentenceLinks, passageOf: () => 0 });
      const findings = runChecks(input.pairs, { enabled: allChecks(), glossary: checks, library });
      return buildQueue({ links: input.links, findings, changed: new Set(), marks: new Map() });
    });
    const viewer = { user: { id: 1, name: 'bench', role: 'editor' as const } };
    let items = 0;
    const start = performance.now();
    await new ReviewService(ctx.db, glossary, ctx.compute).queue(detail, viewer);
    console.log(`service with the pool's worker not yet started: ${(performance.now() - start).toFixed(1)} ms`);
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const first = await median('service 1st', async () => {
      items = (await new ReviewService(ctx.db, glossary, ctx.compute).queue(detail, viewer)).items.length;
    });
    loop.disable();
    console.log(`longest event-loop delay during the first runs: ${(loop.max / 1e6).toFixed(0)} ms (the checks run on the worker pool; a database read holds the loop as long as it lasts)`);
    await review.queue(detail, viewer);
    const again = await median('service 2nd', async () => {
      items = (await review.queue(detail, viewer)).items.length;
    });
    let revision = detail.document.revision;
    const saved = await median('after save', async () => {
      items = (await review.queue({ ...detail, document: { ...detail.document, revision: ++revision } }, viewer)).items.length;
    });
    const reference = await median('reference', () => getDocument(ctx.db, id));
    console.log(`queue items: ${items}`);
    for (const [name, ms] of [['core', core], ['service 1st', first], ['service 2nd', again], ['after save', saved]] as const) {
      console.log(`${name}: ${ms.toFixed(1)} ms = ${(ms / reference).toFixed(2)} × reference; target under 200 ms: ${ms < 200 ? 'met' : 'not met'}`);
    }
  } finally {
    await ctx.close();
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

await main();
