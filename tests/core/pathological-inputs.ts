/**
 * Inputs that make text pipelines do more than linear work: one giant token, a blob, a long
 * address, a hundred thousand one-letter paragraphs, no spaces, only punctuation, ten
 * thousand nested brackets or repeated sentences, mixed scripts, every Unicode category.
 * Each maker returns an Indonesian source and an English translation of about `size`
 * characters a side, so a test can compare the work at size and four times that.
 */
import { readFileSync } from 'node:fs';
import { segmentDocument } from '../../src/core/text';
import { alignDocument, type DocumentAlignment } from '../../src/core/align';
import { compileGlossary, parseGlossaryCsv, type GlossaryTerm } from '../../src/core/glossary';
import { annotateDocument } from '../../src/core/reader/term-slices';

const seed = (name: string) => readFileSync(new URL(`../../seeds/intisari-csto-kazakhstan.${name}`, import.meta.url), 'utf8');
export const INDONESIAN = seed('id.txt');
export const ENGLISH = seed('en.txt');

/** `unit` repeated and cut to exactly `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
}

/** Short sentences `word 1.`, `word 2.`, … (no two the same), `perParagraph` to a line, cut to `size` characters. */
export function numberedSentences(word: string, size: number, perParagraph = Infinity): string {
  const out: string[] = [];
  let length = 0;
  for (let k = 1; length < size; k++) {
    const sentence = `${word} ${k}.${k % perParagraph === 0 ? '\n' : ' '}`;
    out.push(sentence);
    length += sentence.length;
  }
  return out.join('').slice(0, size);
}

/** One-word sentences of six pseudo-random letters, nearly all different, cut to `size` characters. */
export function randomWordSentences(size: number, seed: number): string {
  const out: string[] = [];
  let state = seed;
  for (let length = 0; length < size; length += 8) {
    let word = '';
    for (let k = 0; k < 6; k++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      word += String.fromCharCode((k === 0 ? 65 : 97) + (state % 26));
    }
    out.push(`${word}. `);
  }
  return out.join('').slice(0, size);
}

/** Deterministic pseudo-random base64 text, like a pasted image or key. */
function base64(size: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: string[] = [];
  let state = 12345;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out.push(alphabet[state % 64]!);
  }
  return out.join('');
}

/** Code points stepped through the whole range, so every general category turns up (lone surrogates too). */
function everyCategory(size: number, step: number): string {
  const out: string[] = [];
  let length = 0;
  for (let code = 0x20; length < size; code = (code + step) % 0x110000) {
    const char = String.fromCodePoint(code);
    out.push(char);
    length += char.length;
  }
  return out.join('').slice(0, size);
}

export interface PathologicalCase {
  name: string;
  /** Different variants give different giant tokens, so no cache of words carries work from one run into the next. */
  make(size: number, variant?: number): { source: string; translation: string };
  /**
   * Cheap cases are tested this many times larger: a giant token costs next to nothing once
   * handled well, and costs that grow with its square only show on long ones.
   */
  scale?: number;
}

/** One key held down; variants differ in length, so each is a word not seen before. */
const giant = (size: number, variant = 0) => 'x'.repeat(size + variant);

export const PATHOLOGICAL_CASES: PathologicalCase[] = [
  { name: 'one giant token on both sides', make: (n, v) => ({ source: giant(n, v), translation: giant(n, v) }), scale: 4 },
  { name: 'a normal source and a one-word translation', make: (n, v) => ({ source: repeatTo(`${INDONESIAN}\n`, n), translation: giant(n, v) }), scale: 4 },
  { name: 'a giant word with a cognate beginning', make: (n, v) => ({ source: `organisasi${giant(n, v)}`, translation: `organization${giant(n, v)}` }), scale: 4 },
  { name: 'a base64 blob', make: (n) => ({ source: base64(n), translation: base64(n) }) },
  { name: 'a long address', make: (n) => ({ source: `https://contoh.co.id/${repeatTo('a/b?c=d&', n)}`, translation: `https://example.com/${repeatTo('a/b?c=d&', n)}` }) },
  { name: 'one-character paragraphs', make: (n) => ({ source: repeatTo('a\n', n), translation: repeatTo('b\n', n) }) },
  { name: 'no spaces', make: (n) => ({ source: repeatTo('abc.', n), translation: repeatTo('Abc.', n) }) },
  { name: 'only punctuation', make: (n) => ({ source: repeatTo('.,;!?-"(', n), translation: repeatTo('?!.', n) }) },
  { name: 'nested brackets', make: (n) => ({ source: '('.repeat(n / 2) + ')'.repeat(n / 2), translation: '['.repeat(n / 2) + ']'.repeat(n / 2) }) },
  { name: 'one sentence repeated', make: (n) => ({ source: repeatTo('Pasukan keamanan tiba di Almaty. ', n), translation: repeatTo('Security forces arrived in Almaty. ', n) }) },
  { name: 'two-letter sentences in long paragraphs', make: (n) => ({ source: repeatTo(`${repeatTo('Ya. ', 40)}\n`, n), translation: repeatTo(`${repeatTo('Yes. ', 50)}\n`, n) }) },
  { name: 'numbered sentences, none the same', make: (n) => ({ source: numberedSentences('Ya', n), translation: numberedSentences('Yes', n) }) },
  { name: 'numbered sentences, a hundred a paragraph', make: (n) => ({ source: numberedSentences('Ya', n, 100), translation: numberedSentences('Yes', n, 100) }) },
  { name: 'digit-only sentences', make: (n) => ({ source: repeatTo('12. 345. 6. ', n), translation: repeatTo('12. 345. 6. ', n) }) },
  { name: 'exclamations and questions', make: (n) => ({ source: repeatTo('Ya! Tidak? ', n), translation: repeatTo('Yes! No? ', n) }) },
  { name: 'one-word sentences of random letters', make: (n, v = 0) => ({ source: randomWordSentences(n, 1 + 2 * v), translation: randomWordSentences(n, 2 + 2 * v) }) },
  { name: 'a hyphen chain', make: (n) => ({ source: repeatTo('pasukan-', n), translation: repeatTo('troops-', n) }) },
  { name: 'digits and separators', make: (n) => ({ source: repeatTo('1.2,', n), translation: repeatTo('1,2.', n) }) },
  { name: 'a derived form of unbounded length', make: (n) => ({ source: `menyerang${repeatTo('kan', n)}nya`, translation: `attack${repeatTo('ing', n)}s` }) },
  { name: 'mixed scripts', make: (n) => ({ source: repeatTo('Jakarta 東京 Москва القاهرة ', n), translation: repeatTo('Tokyo 東京 Moscow  القاهرة. ', n) }) },
  { name: 'every Unicode category', make: (n) => ({ source: everyCategory(n, 7919), translation: everyCategory(n, 104729) }) },
  { name: 'a normal document', make: (n) => ({ source: repeatTo(`${INDONESIAN}\n`, n), translation: repeatTo(`${ENGLISH}\n`, n) }) },
];

/** The sample glossary; its derived term serangan (root serang) is what the derived-form case builds on. */
export function sampleTerms(): GlossaryTerm[] {
  const parsed = parseGlossaryCsv(seed('glossary.csv'));
  if (!parsed.ok) throw new Error('the sample glossary does not parse');
  return parsed.terms.map((term, k) => ({ ...term, id: k + 1 }));
}

export interface PipelineResult {
  alignment: DocumentAlignment | undefined;
}

/**
 * What an import and the reader do with a document: segment both sides, align them, and
 * find the glossary terms of every linked sentence.
 */
export function runPipeline(source: string, translation: string, terms: readonly GlossaryTerm[]): PipelineResult {
  const src = segmentDocument(source, 'id');
  const tgt = segmentDocument(translation, 'en');
  if (src.length === 0 || tgt.length === 0) return { alignment: undefined };
  const alignment = alignDocument(src.map((p) => p.sentences), tgt.map((p) => p.sentences));
  const positions = (paragraphs: typeof src) => paragraphs.flatMap((p) => p.sentences).map((text, position) => ({ text, position }));
  annotateDocument(compileGlossary(terms), terms, positions(src), positions(tgt), alignment.sentences);
  return { alignment };
}
