/**
 * Speed and memory of the aligner against hunalign on long documents built
 * from the evaluation data (1k, 10k, 50k units a side), each run in its own
 * process, for flat units and for the command line's path; and the command
 * itself (process start included) on three 2,900/2,700-line documents against
 * hunalign in-process on the same lines, in a fresh process of its own (its
 * first run, and its third, which reuses the first run's compiled code).
 * Usage: npm run bench:align [-- --sizes 1000,10000,50000 | --cli-only]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longDocument } from './documents';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sizesArg = process.argv.indexOf('--sizes');
const sizes = process.argv.includes('--cli-only') ? []
  : sizesArg >= 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [1000, 10000, 50000];
/** hunalign is skipped above this size: its memory grows too fast for a shared machine. */
const HUNALIGN_LIMIT = Number(process.env.HUNALIGN_LIMIT ?? 10000);

interface Timing { ms: number; cpuMs: number }

interface Measure { ms: number; cpuMs: number; strictF1: number; peakRssMb: number; heapAfterMb: number; links: number; source: number; target: number }

function measure(system: (typeof SYSTEMS)[number], size: number): Measure | undefined {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'tests/bench/align-worker.ts'), system, String(size)], {
    cwd: root, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    console.log(`  ${system} ${size}: failed (${run.signal ?? run.status}) ${run.stderr.slice(0, 200)}`);
    return undefined;
  }
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Measure;
}

type CliShape = 'rows' | 'paragraphs' | 'short';

/**
 * The CLI documents, 2,900 Indonesian and 2,700 English lines: `rows` has one
 * FLORES/NusaX row per line (a sentence or two); `paragraphs` one paragraph
 * of a pseudo-article per line (several rows, so about three times the text);
 * `short` the rows cut to their first eight words, a light document on which
 * fixed costs (process start, compiling the code) weigh most.
 */
function cliDocument(shape: CliShape): { sourcePath: string; targetPath: string; source: string[]; target: string[] } {
  let source: string[];
  let target: string[];
  if (shape === 'paragraphs') {
    const doc = longDocument(2900 * 6, 11);
    source = doc.source.map((p) => p.join(' ')).slice(0, 2900);
    target = doc.target.map((p) => p.map((s) => s.text).join(' ')).slice(0, 2700);
  } else {
    const doc = longDocument(2900, 11);
    const cut = (line: string) => (shape === 'short' ? line.split(/\s+/).slice(0, 8).join(' ') : line);
    source = doc.source.flat().slice(0, 2900).map(cut);
    target = doc.target.flat().map((s) => cut(s.text)).slice(0, 2700);
  }
  const dir = mkdtempSync(join(tmpdir(), 'sejajar-bench-'));
  const sourcePath = join(dir, 'id.txt');
  const targetPath = join(dir, 'en.txt');
  writeFileSync(sourcePath, `${source.join('\n')}\n`);
  writeFileSync(targetPath, `${target.join('\n')}\n`);
  return { sourcePath, targetPath, source, target };
}

/**
 * hunalign in-process on the same files, in a fresh process as the command
 * gets: its first run, which compiles hunalign's WebAssembly, and its third,
 * which reuses the code V8 compiled and optimised for the first two.
 */
function hunalignInProcess(sourcePath: string, targetPath: string): { first: Timing; third: Timing } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'tests/bench/hunalign-timing.ts'), sourcePath, targetPath], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const { runs } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { runs: Timing[] };
  return { first: runs[0]!, third: runs[2]! };
}

/** Preloaded into the CLI process: reports its own CPU time on stderr at exit (process start and module loading included). */
const reportCpu = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });")}`;

/** One run of the real command, `sejajar align SOURCE TARGET --units lines --json`, as a user starts it. */
function cliRun(sourcePath: string, targetPath: string): { ms: number; cpuMs: number; links: number } {
  const args = ['--import', reportCpu, join(root, 'src/bin/sejajar.mjs'), 'align', sourcePath, targetPath, '--units', 'lines', '--json'];
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(run.stderr);
  const cpuMs = (JSON.parse(run.stderr.trim().split('\n').at(-1)!) as { cpuMs: number }).cpuMs;
  return { ms, cpuMs, links: (JSON.parse(run.stdout) as { links: unknown[] }).links.length };
}

/** sejajar aligns flat units; sejajar-lines takes the command line's path (units split into sentences, both levels aligned). */
const SYSTEMS = ['sejajar', 'sejajar-lines', 'hunalign'] as const;

async function main(): Promise<void> {
  if (sizes.length) console.log('size     system         units(src/tgt)   wall ms    CPU ms   peak RSS MB   heap MB   strict F1');
  for (const size of sizes) {
    const measured = SYSTEMS.map((system) => [system, system !== 'hunalign' || size <= HUNALIGN_LIMIT ? measure(system, size) : undefined] as const);
    for (const [name, m] of measured) {
      if (m) console.log(`${String(size).padEnd(8)} ${name.padEnd(14)} ${`${m.source}/${m.target}`.padEnd(16)} ${String(m.ms).padStart(7)}   ${String(m.cpuMs).padStart(7)}   ${String(m.peakRssMb).padStart(11)}   ${String(m.heapAfterMb).padStart(7)}   ${m.strictF1.toFixed(4)}`);
    }
    const theirs = measured.at(-1)![1];
    for (const [name, ours] of measured.slice(0, -1)) {
      if (ours && theirs) console.log(`         ratio ${name}/hunalign: wall ${(ours.ms / theirs.ms).toFixed(2)}, CPU ${(ours.cpuMs / theirs.cpuMs).toFixed(2)}, peak RSS ${(ours.peakRssMb / theirs.peakRssMb).toFixed(2)}`);
    }
  }
  for (const shape of ['rows', 'paragraphs', 'short'] as const) await cliComparison(shape);
}

async function cliComparison(shape: CliShape): Promise<void> {
  const { sourcePath, targetPath, source, target } = cliDocument(shape);
  const words = (lines: string[]) => lines.reduce((n, l) => n + l.split(/\s+/).length, 0);
  cliRun(sourcePath, targetPath); // warm-up: builds the command's bundle if the sources changed
  const runs: ReturnType<typeof cliRun>[] = [];
  const hunalign: ReturnType<typeof hunalignInProcess>[] = [];
  // Alternated, so a slow spell of the machine touches both.
  for (let r = 0; r < 3; r++) {
    runs.push(cliRun(sourcePath, targetPath));
    hunalign.push(hunalignInProcess(sourcePath, targetPath));
  }
  const best = Math.min(...runs.map((r) => r.ms));
  const bestCpu = Math.min(...runs.map((r) => r.cpuMs));
  const first = Math.min(...hunalign.map((h) => h.first.ms));
  const third = Math.min(...hunalign.map((h) => h.third.ms));
  console.log(`CLI sejajar align --units lines --json, ${shape}: ${source.length}/${target.length} lines, ${words(source)}/${words(target)} words (process start included): best of 3 wall ${best.toFixed(0)} ms, CPU ${bestCpu.toFixed(0)} ms (wall runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')}), ${runs[0]!.links} links`);
  console.log(`hunalign in-process on the same lines, best of 3 fresh processes: first run ${first} ms, third run ${third} ms; ratio CLI/hunalign wall ${(best / first).toFixed(2)} (first run), ${(best / third).toFixed(2)} (third run)`);
}

await main();
