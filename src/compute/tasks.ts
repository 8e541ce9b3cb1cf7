import { alignDocument, type DocumentAlignment, type DocumentAlignOptions } from '../core/align/index';
import {
  buildBilingualHtml,
  buildDelimited,
  buildTmx,
  documentFromTmx,
  parseTmx,
  type Delimiter,
  type ExchangeDocument,
  type HtmlLabels,
  type TmxDocumentParts,
  type TmxOptions,
} from '../core/exchange/index';
import { normalizeText } from '../core/text/index';
import type { ImportLimits } from '../import/intake';
import { prepareImport, type ImportText, type PreparedImport } from '../import/prepare';

/**
 * The heavy, pure work the server hands to its worker threads: each task
 * takes plain data (what structured cloning copies: strings, arrays, Maps)
 * and returns plain data. `size` tells how much text a task carries, in
 * characters, so that small ones can run where they are asked for.
 */

export interface ImportTask {
  request: ImportText;
  limits: ImportLimits;
  /** The library's approved terms as word pairs (glossary/alignment-lexicon.ts), read before the task is sent. */
  lexicon: Map<string, string[]>;
}

export interface AlignTask {
  source: string[][];
  target: string[][];
  options: DocumentAlignOptions;
}

/** What a TMX file says, without its units (they are in `parts`). */
export interface ReadTmx {
  title: string | null;
  titleEn: string | null;
  targetLang: string | null;
  parts: TmxDocumentParts;
}

export type ExportTask =
  | { format: 'tmx'; doc: ExchangeDocument; options: TmxOptions }
  | { format: 'delimited'; doc: ExchangeDocument; delimiter: Delimiter }
  | { format: 'html'; doc: ExchangeDocument; labels: HtmlLabels };

interface Task<In, Out> {
  run(input: In): Out;
  size(input: In): number;
}

const task = <In, Out>(run: (input: In) => Out, size: (input: In) => number): Task<In, Out> => ({ run, size });

function textLength(texts: readonly (readonly string[])[]): number {
  let n = 0;
  for (const list of texts) for (const text of list) n += text.length;
  return n;
}

function readTmx(xml: string): ReadTmx {
  const parsed = parseTmx(normalizeText(xml));
  return { title: parsed.title, titleEn: parsed.titleEn, targetLang: parsed.targetLang, parts: documentFromTmx(parsed) };
}

function buildExport(input: ExportTask): string {
  if (input.format === 'tmx') return buildTmx(input.doc, input.options);
  if (input.format === 'html') return buildBilingualHtml(input.doc, input.labels);
  return buildDelimited(input.doc, input.delimiter);
}

const exportSize = ({ doc }: ExportTask) => textLength(doc.pairs.map((p) => p.source)) + textLength(doc.pairs.map((p) => p.target));

export const TASKS = {
  /** Intake, segmenting and aligning of a text import. */
  prepareImport: task(
    (input: ImportTask): PreparedImport => prepareImport(input.request, input.limits, input.lexicon),
    (input) => input.request.source.length + (input.request.translation?.length ?? 0),
  ),
  /** A whole document aligned again (re-alignment, a replaced English side). */
  alignDocument: task(
    (input: AlignTask): DocumentAlignment => alignDocument(input.source, input.target, input.options),
    (input) => textLength(input.source) + textLength(input.target),
  ),
  /** A TMX file read into the parts of a document, after the one intake. */
  readTmx: task(readTmx, (xml: string) => xml.length),
  /** An export file as one string. */
  exportDocument: task(buildExport, exportSize),
};

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
export type TaskInput<N extends TaskName> = Parameters<Tasks[N]['run']>[0];
export type TaskOutput<N extends TaskName> = ReturnType<Tasks[N]['run']>;

export function runTask<N extends TaskName>(name: N, input: TaskInput<N>): TaskOutput<N> {
  const { run } = TASKS[name] as unknown as Task<TaskInput<N>, TaskOutput<N>>;
  return run(input);
}

export function taskSize<N extends TaskName>(name: N, input: TaskInput<N>): number {
  const { size } = TASKS[name] as unknown as Task<TaskInput<N>, TaskOutput<N>>;
  return size(input);
}
