/**
 * Length-ratio check: an English text far longer or shorter than its Indonesian, measured
 * against the document's own typical ratio (its median, with the median absolute deviation as
 * the spread), so a terse or a wordy translator is not flagged throughout. A document with few
 * links is measured against a ratio of about one. Short texts are left alone: "Ya." → "Yes,
 * certainly." is not an outlier.
 */
import { isTranslated, type CheckPair, type Finding } from './types';

const MIN_SOURCE_CHARS = 30;
/** Below this many measured links the document's own ratio is not trusted. */
const MIN_SAMPLE = 12;
const PRIOR = { centre: 0, spread: 0.2 };
/** How many spreads away, and how far as a plain ratio, a link must lie to be an outlier. */
const Z_LIMIT = 3.5;
const MIN_FACTOR = Math.log(1.6);

/** The length of the sentences joined by single spaces, without joining them. */
const joinedLength = (sentences: readonly string[]) => sentences.reduce((n, s) => n + s.length, Math.max(0, sentences.length - 1));

const logRatio = (pair: CheckPair) => Math.log((joinedLength(pair.target) + 1) / (joinedLength(pair.source) + 1));

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The centre and spread of the document's log length ratios. */
export function ratioScale(ratios: readonly number[]): { centre: number; spread: number } {
  if (ratios.length < MIN_SAMPLE) return PRIOR;
  const sorted = [...ratios].sort((a, b) => a - b);
  const centre = median(sorted);
  const deviations = sorted.map((r) => Math.abs(r - centre)).sort((a, b) => a - b);
  return { centre, spread: Math.max(1.4826 * median(deviations), 0.1) };
}

export function checkLengthRatios(pairs: readonly CheckPair[]): Finding[] {
  const measured = pairs.filter((p) => isTranslated(p) && joinedLength(p.source) >= MIN_SOURCE_CHARS);
  const ratios = measured.map(logRatio);
  const { centre, spread } = ratioScale(ratios);
  const out: Finding[] = [];
  measured.forEach((pair, i) => {
    const off = ratios[i]! - centre;
    if (Math.abs(off) / spread <= Z_LIMIT || Math.abs(off) < MIN_FACTOR) return;
    out.push({
      check: 'length',
      link: pair.link,
      params: { ratio: Math.round(Math.exp(ratios[i]!) * 100) / 100, expected: Math.round(Math.exp(centre) * 100) / 100 },
    });
  });
  return out;
}
