/**
 * Word alignment inside one sentence pair. Every Indonesian–English word pair gets a
 * confidence from the strongest evidence it has:
 *
 *   same      the same name or number on both sides (Kazakhstan, 2.500 / 2,500)      0.95
 *   lexicon   the built-in word list, with approved glossary terms merged in         0.90
 *   dictionary an installed dictionary's gloss of the word's root names the word    0.80
 *   cognate   spellings alike once rewritten (stabilitas / stability)              0.75
 *   learned   IBM-Model-1 probabilities from the library's aligned sentences: the share
 *             of the English word's probability mass its Indonesian word holds in
 *             this pair, times 0.85
 *
 * Links are then chosen competitively, strongest first, each word taken once; a word may
 * take a second partner next to its first when the evidence for it is strong (a phrase such
 * as "turun tangan" → "step in"). Where scores tie, the pair nearer the diagonal wins.
 */
import { englishHeadword, translate, type Lexicon } from '../align/lexicon';
import { isCognate } from '../align/cognates';
import { scanEnglishWords, scanWords, type Word } from '../glossary/words';
import { englishKey, indonesianKey, numberKey } from './keys';
import { NULL_WORD, type TranslationTable } from './translation-table';

export type WordEvidenceKind = 'same' | 'lexicon' | 'dictionary' | 'cognate' | 'learned';

export interface WordEvidence {
  /** The built-in list merged with the glossary (buildLexicon); null leaves it out. */
  lexicon: Lexicon | null;
  /** English words an installed dictionary gives for an Indonesian key (lower case). */
  dictionary?: (indonesianKey: string) => ReadonlySet<string> | undefined;
  table?: TranslationTable | null;
  /** Names, numbers and cognates; on unless turned off (the lexicon-only baseline). */
  spelling?: boolean;
}

export interface WordLink {
  source: number;
  target: number;
  confidence: number;
  evidence: WordEvidenceKind;
}

/** Below this a partner is not shown in the reader: measured on the sample article's gold links (see eval:words). */
export const SHOW_PARTNER_AT = 0.5;
/** Candidates weaker than this are not considered at all. */
const MIN_CANDIDATE = 0.2;
/** A second partner beside the first needs evidence at least this strong. */
const SECOND_PARTNER_AT = 0.75;
const LEARNED_WEIGHT = 0.85;

interface Candidate extends WordLink {
  order: number;
}

function learnedScores(table: TranslationTable, sourceKeys: string[], targetKeys: string[]): Float64Array {
  const scores = new Float64Array(sourceKeys.length * targetKeys.length);
  const nullRow = table.get(NULL_WORD);
  targetKeys.forEach((e, j) => {
    let norm = nullRow?.get(e) ?? 0;
    const column = sourceKeys.map((f) => table.get(f)?.get(e) ?? 0);
    for (const p of column) norm += p;
    if (norm <= 0) return;
    column.forEach((p, i) => (scores[i * targetKeys.length + j] = (p / norm) * LEARNED_WEIGHT));
  });
  return scores;
}

function spellingScore(source: string, target: string): { confidence: number; evidence: WordEvidenceKind } | null {
  const s = source.toLowerCase();
  const t = target.toLowerCase().replace(/['’]s$/, '');
  const number = numberKey(s);
  if (number !== undefined && number === numberKey(t)) return { confidence: 0.95, evidence: 'same' };
  if (s.length >= 2 && s === t && !/^\d/.test(s)) return { confidence: 0.95, evidence: 'same' };
  if (isCognate(s, t)) return { confidence: 0.75, evidence: 'cognate' };
  return null;
}

function pairScore(
  evidence: WordEvidence,
  source: Word,
  target: Word,
  sourceKey: string,
  translations: readonly string[] | undefined,
  learned: number,
): { confidence: number; evidence: WordEvidenceKind } | null {
  const spelled = evidence.spelling === false ? null : spellingScore(source.text, target.text);
  if (spelled?.evidence === 'same') return spelled;
  const lower = target.text.toLowerCase();
  if (translations && evidence.lexicon) {
    const head = englishHeadword(evidence.lexicon, lower);
    if (translations.includes(lower) || (head !== undefined && translations.includes(head))) return { confidence: 0.9, evidence: 'lexicon' };
  }
  const glosses = evidence.dictionary?.(sourceKey);
  if (glosses && (glosses.has(lower) || glosses.has(englishKey(lower)))) return { confidence: 0.8, evidence: 'dictionary' };
  if (spelled) return spelled;
  return learned > 0 ? { confidence: learned, evidence: 'learned' } : null;
}

function candidates(evidence: WordEvidence, source: Word[], target: Word[]): Candidate[] {
  const sourceKeys = source.map((w) => indonesianKey(w.text));
  const learned = evidence.table ? learnedScores(evidence.table, sourceKeys, target.map((w) => englishKey(w.text))) : null;
  const found: Candidate[] = [];
  source.forEach((s, i) => {
    const translations = evidence.lexicon ? translate(evidence.lexicon, s.text) : undefined;
    target.forEach((t, j) => {
      const score = pairScore(evidence, s, t, sourceKeys[i]!, translations, learned ? learned[i * target.length + j]! : 0);
      if (!score || score.confidence < MIN_CANDIDATE) return;
      const distance = Math.abs((i + 0.5) / source.length - (j + 0.5) / target.length);
      found.push({ source: i, target: j, ...score, order: score.confidence - 0.1 * distance });
    });
  });
  return found.sort((a, b) => b.order - a.order);
}

/** Links between the words of one Indonesian and one English text (word indices as scanWords / scanEnglishWords count them). */
export function alignWords(sourceText: string, targetText: string, evidence: WordEvidence): WordLink[] {
  return alignScanned(scanWords(sourceText), scanEnglishWords(targetText), evidence);
}

export function alignScanned(source: Word[], target: Word[], evidence: WordEvidence): WordLink[] {
  const all = candidates(evidence, source, target);
  const sourcePartner = new Map<number, number[]>();
  const targetPartner = new Map<number, number[]>();
  const links: WordLink[] = [];
  const take = (c: Candidate) => {
    links.push({ source: c.source, target: c.target, confidence: c.confidence, evidence: c.evidence });
    sourcePartner.set(c.source, [...(sourcePartner.get(c.source) ?? []), c.target]);
    targetPartner.set(c.target, [...(targetPartner.get(c.target) ?? []), c.source]);
  };
  for (const c of all) if (!sourcePartner.has(c.source) && !targetPartner.has(c.target)) take(c);
  for (const c of all) {
    if (c.confidence < SECOND_PARTNER_AT) continue;
    const sourceFree = !sourcePartner.has(c.source);
    const targetFree = !targetPartner.has(c.target);
    if (sourceFree === targetFree) continue;
    const beside = sourceFree
      ? (targetPartner.get(c.target) ?? []).some((i) => Math.abs(i - c.source) === 1)
      : (sourcePartner.get(c.source) ?? []).some((j) => Math.abs(j - c.target) === 1);
    if (beside) take(c);
  }
  return links.sort((a, b) => a.source - b.source || a.target - b.target);
}
