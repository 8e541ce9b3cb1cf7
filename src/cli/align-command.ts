/**
 * `sejajar align SOURCE TARGET [--units lines|paragraphs|sentences] [--json]`
 * Aligns an Indonesian file with its English translation. Kept free of
 * server and database imports so the command starts fast.
 */
import { readFile } from 'node:fs/promises';
import { alignDocument, alignParagraphs, sentencesOf, type Link } from '../core/align';

type Units = 'lines' | 'paragraphs' | 'sentences';

const USAGE = 'usage: sejajar align SOURCE TARGET [--units lines|paragraphs|sentences] [--json]\n';

interface Parsed { source: string; target: string; units: Units; json: boolean }

function parse(args: readonly string[]): Parsed | string {
  const files: string[] = [];
  let units: Units = 'paragraphs';
  let json = false;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--json') json = true;
    else if (a === '--units' || a.startsWith('--units=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++k];
      if (value !== 'lines' && value !== 'paragraphs' && value !== 'sentences') return `unknown --units value: ${value ?? ''}\n`;
      units = value;
    } else if (a.startsWith('--')) return `unknown option: ${a}\n`;
    else files.push(a);
  }
  if (files.length !== 2) return USAGE;
  return { source: files[0]!, target: files[1]!, units, json };
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

function textApi(): Promise<typeof import('../core/text/index')> {
  // Loaded only for paragraph and sentence units: `--units lines` needs no paragraph splitter.
  // A literal specifier, so the bundle src/bin/sejajar.mjs runs includes it.
  return import('../core/text/index');
}

async function align(p: Parsed, sourceText: string, targetText: string): Promise<{ links: Link[]; source: string[]; target: string[] }> {
  if (p.units === 'lines') {
    const source = lines(sourceText);
    const target = lines(targetText);
    return { links: alignParagraphs(source, target), source, target };
  }
  const text = await textApi();
  const sourceParagraphs = text.splitParagraphs(sourceText);
  const targetParagraphs = text.splitParagraphs(targetText);
  if (p.units === 'paragraphs') return { links: alignParagraphs(sourceParagraphs, targetParagraphs), source: sourceParagraphs, target: targetParagraphs };
  const source = sourceParagraphs.map((para) => sentencesOf(para, 'id'));
  const target = targetParagraphs.map((para) => sentencesOf(para, 'en'));
  return { links: alignDocument(source, target).sentences, source: source.flat(), target: target.flat() };
}

function clip(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

function table(links: readonly Link[], source: readonly string[], target: readonly string[]): string {
  const rows = links.map((l) => {
    const s = l.source.map((k) => source[k]).join(' ');
    const t = l.target.map((k) => target[k]).join(' ');
    const shape = `${l.source.length}-${l.target.length}`;
    return `${shape.padEnd(4)} ${l.confidence.toFixed(2)}  ${clip(s || '—', 50)} | ${clip(t || '—', 50)}`;
  });
  return `${rows.join('\n')}\n`;
}

/**
 * Output piped into a reader that stops early (`sejajar align … | head`)
 * ends the command quietly, as other command-line tools do, instead of
 * with a stack trace. Only for this command: a server whose output pipe
 * closes must not stop as if it had finished.
 */
function endQuietlyOnClosedPipe(out: NodeJS.WritableStream): void {
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export async function runAlignCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  endQuietlyOnClosedPipe(out);
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    process.stderr.write(parsed);
    return 2;
  }
  let sourceText: string;
  let targetText: string;
  try {
    [sourceText, targetText] = await Promise.all([readFile(parsed.source, 'utf8'), readFile(parsed.target, 'utf8')]);
  } catch (error) {
    process.stderr.write(`cannot read input: ${(error as Error).message}\n`);
    return 1;
  }
  const result = await align(parsed, sourceText, targetText);
  out.write(parsed.json ? `${JSON.stringify({ links: result.links })}\n` : table(result.links, result.source, result.target));
  return 0;
}
