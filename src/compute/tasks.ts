import type { Transferable } from 'node:worker_threads';
import { alignByChapters, alignDocument, type DocumentAlignment, type DocumentAlignOptions } from '../core/align/index';
import { readGlossaryFile, type GlossaryFileInput } from '../glossary/read-file';
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
  type TmxParagraph,
  type TmxOptions,
} from '../core/exchange/index';
import { documentEffort, type DocumentEffort, type EffortSentence } from '../core/effort/effort';
import { normalizeText } from '../core/text/index';
import { memoryPairsFromTmx } from '../core/exchange/memory-pairs';
import { trainTranslationTable, type SentencePairText } from '../core/words/translation-table';
import { documentRoots } from '../core/words/vocabulary';
import { intakeSide, type ImportLimits, type TextSide } from '../import/intake';
import { documentFindingsTask, findingsTaskSize, findingsTaskTransfer } from '../review/document-checks';
import { prepareImport, type ImportText, type PreparedImport } from '../import/prepare';
import { readSide, sideInputSize } from '../import/read-side';
import { buildBilingualDocx, buildBilingualEpub, type EpubOptions } from '../core/exchange/index';
import { packLinks, packParagraphs, unpackLinks, unpackParagraphs } from './packing';

/**
 * The heavy, pure work the server hands to its worker threads: each task
 * takes plain data (what structured cloning copies: strings, arrays, Maps)
 * and returns plain data. `size` tells how much text a task carries, in
 * characters, so that small ones can run where they are asked for; `pack`
 * and `unpack` carry a large result across threads (packing.ts).
 */

export interface ImportTask {
  request: ImportText;
  limits: ImportLimits;
  /** The library's approved terms as word pairs (glossary/alignment-lexicon.ts), read before the task is sent. */
  lexicon: Map<string, string[]>;
}

/** One side of a document as typed or uploaded, to pass the intake (a replaced English side). */
export interface SideTask {
  text: string;
  side: TextSide;
  limits: ImportLimits;
}

export interface AlignTask {
  source: string[][];
  target: string[][];
  options: DocumentAlignOptions;
  /** Where the chapters of a book begin on each side: aligned chapter by chapter (core/align/chapters.ts). */
  chapters?: { source: number[]; target: number[] };
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

export type BookTask =
  | { format: 'epub'; doc: ExchangeDocument; options: EpubOptions }
  | { format: 'docx'; doc: ExchangeDocument; labels: { source: string; translation: string } };

interface Task<In, Out> {
  run(input: In): Out;
  size(input: In): number;
  /** What of the input is moved to the worker rather than copied (a port the task listens on); absent: nothing. */
  transfer?(input: In): Transferable[];
  /** The result as it leaves a worker; absent: as it is. */
  pack?(out: Out): unknown;
  unpack?(packed: never): Promise<Out>;
}

function task<In, Out, Packed = Out>(
  run: (input: In) => Out,
  size: (input: In) => number,
  crossing?: { pack?(out: Out): Packed; unpack?(packed: Packed): Promise<Out>; transfer?(input: In): Transferable[] },
): Task<In, Out> {
  return { run, size, ...crossing } as Task<In, Out>;
}

const packAlignment = (a: DocumentAlignment) => ({ paragraphs: packLinks(a.paragraphs), sentences: packLinks(a.sentences) });

async function unpackAlignment(a: ReturnType<typeof packAlignment>): Promise<DocumentAlignment> {
  return { paragraphs: await unpackLinks(a.paragraphs), sentences: await unpackLinks(a.sentences) };
}

const packImport = ({ title, source, translation, alignment, sourceRoots, translationRoots }: PreparedImport) => ({
  title,
  // Roots and stems hold no line break (words and spaces only): one string crosses at once.
  sourceRoots: sourceRoots.join('\n'),
  translationRoots: translationRoots.join('\n'),
  source: packParagraphs(source),
  translation: packParagraphs(translation),
  alignment: packAlignment(alignment),
});

async function unpackImport(p: ReturnType<typeof packImport>): Promise<PreparedImport> {
  const lines = (joined: string) => (joined === '' ? [] : joined.split('\n'));
  return { title: p.title, sourceRoots: lines(p.sourceRoots), translationRoots: lines(p.translationRoots), source: await unpackParagraphs(p.source), translation: await unpackParagraphs(p.translation), alignment: await unpackAlignment(p.alignment) };
}

/** A paragraph's structure and chapter travel beside its packed text, one small object each. */
const placesOf = (paragraphs: TmxParagraph[]) => paragraphs.map(({ structure, chapter }) => ({ structure, chapter }));

const packTmx = ({ parts, ...header }: ReadTmx) => ({
  ...header,
  source: packParagraphs(parts.source),
  translation: packParagraphs(parts.translation),
  places: { source: placesOf(parts.source), translation: placesOf(parts.translation) },
  alignment: packAlignment({ paragraphs: parts.paragraphLinks, sentences: parts.sentenceLinks }),
  translationStatuses: parts.translationStatuses,
});

async function unpackTmx({ source, translation, places, alignment, translationStatuses, ...header }: ReturnType<typeof packTmx>): Promise<ReadTmx> {
  const links = await unpackAlignment(alignment);
  const placed = async (packed: typeof source, at: ReturnType<typeof placesOf>) => (await unpackParagraphs(packed)).map((p, i) => ({ ...p, ...at[i]! }));
  const parts = {
    source: await placed(source, places.source),
    translation: await placed(translation, places.translation),
    paragraphLinks: links.paragraphs,
    sentenceLinks: links.sentences,
    translationStatuses,
  };
  return { ...header, parts };
}

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
    { pack: packImport, unpack: unpackImport },
  ),
  /** One side through the intake: checked, cleaned and segmented (a replaced English side). */
  intakeSide: task(
    (input: SideTask) => intakeSide(input.text, input.side, input.limits),
    (input) => input.text.length,
    { pack: packParagraphs, unpack: unpackParagraphs },
  ),
  /** A whole document aligned again (re-alignment, a replaced English side). */
  alignDocument: task(
    (input: AlignTask): DocumentAlignment =>
      input.chapters ? alignByChapters(input.source, input.target, input.chapters, input.options) : alignDocument(input.source, input.target, input.options),
    (input) => textLength(input.source) + textLength(input.target),
    { pack: packAlignment, unpack: unpackAlignment },
  ),
  /** A TMX file read into the parts of a document, after the one intake. */
  readTmx: task(readTmx, (xml: string) => xml.length, { pack: packTmx, unpack: unpackTmx }),
  /** A glossary file (CSV or TBX) read into terms, or its problems (glossary/read-file.ts). */
  readGlossaryFile: task(readGlossaryFile, (input: GlossaryFileInput) => input.bytes.length),
  /** An export file as one string. */
  exportDocument: task(buildExport, exportSize),
  /** One side of an import, a file of any format or pasted text, read into blocks (import/read-side.ts). */
  readSide: task(readSide, sideInputSize),
  /** A bilingual EPUB or Word file (core/exchange/bilingual-epub.ts, bilingual-docx.ts). */
  exportBook: task(
    (input: BookTask): Uint8Array => (input.format === 'epub' ? buildBilingualEpub(input.doc, input.options) : buildBilingualDocx(input.doc, input.labels)),
    (input) => exportSize({ format: 'html', doc: input.doc, labels: { lang: '', source: '', translation: '', generator: '' } }),
  ),
  /** Word translation probabilities learned from the library's aligned sentences (core/words/translation-table.ts). */
  trainWordTable: task(
    (pairs: SentencePairText[]) => trainTranslationTable(pairs),
    (pairs) => pairs.reduce((n, p) => n + p.source.length + p.target.length, 0),
  ),
  /** Post-editing effort of several documents, each its English sentences with their revisions (core/effort/effort.ts). */
  documentEfforts: task(
    (documents: [number, EffortSentence[]][]): [number, DocumentEffort][] => documents.map(([id, sentences]) => [id, documentEffort(sentences)]),
    (documents) => documents.reduce((n, [, list]) => n + list.reduce((m, s) => m + s.text.length + s.revisions.reduce((k, r) => k + r.text.length, 0), 0), 0),
  ),
  /** A TMX file read as memory pairs after the one intake, each with its Indonesian roots (core/exchange/memory-pairs.ts). */
  readMemoryTmx: task((xml: string) => memoryPairsFromTmx(normalizeText(xml)), (xml) => xml.length),
  /** The translation checks over a document's sentence links, for its review queue (review/document-checks.ts); the library's pairs may follow on a port. */
  documentFindings: task(documentFindingsTask, findingsTaskSize, { transfer: findingsTaskTransfer }),
  /** The distinct roots of a document's Indonesian sentences (core/words/vocabulary.ts). */
  documentRoots: task(documentRoots, (texts: readonly string[]) => texts.reduce((n, t) => n + t.length, 0)),
};

export type Tasks = typeof TASKS;

/** Tasks that keep something in their worker for the next call (the review checks' memo and matchers): their worker is not ended after them. */
export const KEEPS_WORKER_STATE: ReadonlySet<TaskName> = new Set<TaskName>(['documentFindings']);
export type TaskName = keyof Tasks;
export type TaskInput<N extends TaskName> = Parameters<Tasks[N]['run']>[0];
export type TaskOutput<N extends TaskName> = ReturnType<Tasks[N]['run']>;

function taskOf<N extends TaskName>(name: N): Task<TaskInput<N>, TaskOutput<N>> {
  return TASKS[name] as unknown as Task<TaskInput<N>, TaskOutput<N>>;
}

export function runTask<N extends TaskName>(name: N, input: TaskInput<N>): TaskOutput<N> {
  return taskOf(name).run(input);
}

export function taskSize<N extends TaskName>(name: N, input: TaskInput<N>): number {
  return taskOf(name).size(input);
}

/** What of a task's input moves to the worker instead of being copied. */
export function taskTransfer<N extends TaskName>(name: N, input: TaskInput<N>): Transferable[] {
  return taskOf(name).transfer?.(input) ?? [];
}

/** In a worker: the task's result, packed to cross to the main thread. */
export function runPacked<N extends TaskName>(name: N, input: TaskInput<N>): unknown {
  const { run, pack } = taskOf(name);
  const out = run(input);
  return pack ? pack(out) : out;
}

/** On the main thread: the result a worker packed, rebuilt. */
export async function unpackResult<N extends TaskName>(name: N, packed: unknown): Promise<TaskOutput<N>> {
  const { unpack } = taskOf(name);
  return unpack ? unpack(packed as never) : (packed as TaskOutput<N>);
}
