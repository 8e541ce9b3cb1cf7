/**
 * What the reader's word popover shows for one sentence link: every Indonesian word with its
 * analysis, glossary terms and dictionary glosses, every English word, and the word links
 * confident enough to show (SHOW_PARTNER_AT). Word indices run through the link's sentences
 * of a side in order, as the page counts them.
 */
import { analyseWord, describeBuild } from '../glossary/morphology/analyse';
import { scanEnglishWords, scanWords, type Word } from '../glossary/words';
import { alignScanned, SHOW_PARTNER_AT, type WordEvidence, type WordEvidenceKind } from './align-words';
import { indonesianKey } from './keys';

export interface GlossaryNote {
  source: string;
  targets: string[];
}

export interface ExplainedWord {
  text: string;
  /** The root words are tracked under (keys.ts). */
  root: string;
  /** "di- + serang", or null for a bare root or an unknown word. */
  build: string | null;
  known: boolean;
  glossary: GlossaryNote[];
  dictionary: string[];
}

export interface SentenceWords<W> {
  position: number;
  words: W[];
}

export interface PairWords {
  source: SentenceWords<ExplainedWord>[];
  target: SentenceWords<{ text: string }>[];
  /** [Indonesian word index, English word index, confidence, evidence]. */
  links: [number, number, number, WordEvidenceKind][];
  threshold: number;
}

export interface WordNotes {
  glossary(root: string): GlossaryNote[];
  dictionary(root: string, word: string): string[];
}

export interface SentenceText {
  position: number;
  text: string;
}

function explainWord(word: Word, notes: WordNotes): ExplainedWord {
  const analysis = analyseWord(word.text);
  const root = indonesianKey(word.text);
  const hasAffixes = analysis !== null && (analysis.prefixes.length + analysis.suffixes.length + analysis.clitics.length > 0 || analysis.reduplicated);
  return {
    text: word.text,
    root,
    build: hasAffixes ? describeBuild(analysis) : null,
    known: analysis !== null,
    glossary: notes.glossary(root),
    dictionary: notes.dictionary(root, word.text.toLowerCase()),
  };
}

export function explainPair(source: readonly SentenceText[], target: readonly SentenceText[], evidence: WordEvidence, notes: WordNotes): PairWords {
  const sourceWords = source.map((s) => scanWords(s.text));
  const targetWords = target.map((s) => scanEnglishWords(s.text));
  const links = alignScanned(sourceWords.flat(), targetWords.flat(), evidence)
    .filter((l) => l.confidence >= SHOW_PARTNER_AT)
    .map((l): PairWords['links'][number] => [l.source, l.target, Math.round(l.confidence * 100) / 100, l.evidence]);
  return {
    source: source.map((s, i) => ({ position: s.position, words: sourceWords[i]!.map((w) => explainWord(w, notes)) })),
    target: target.map((s, i) => ({ position: s.position, words: targetWords[i]!.map((w) => ({ text: w.text })) })),
    links,
    threshold: SHOW_PARTNER_AT,
  };
}
