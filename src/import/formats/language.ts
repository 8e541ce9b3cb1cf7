import { FormatError, type Block } from './blocks';

/**
 * Which language a side is mostly in, by the share of its words that are
 * the commonest function words of Indonesian and of English (lists written
 * for this project). Function words are nearly a fifth of running text in
 * either language and almost never shared between the two, so even a short
 * side tells them apart; names, numbers and loanwords count for neither.
 */

const INDONESIAN = new Set(
  'yang dan di ke dari ini itu dengan untuk pada adalah tidak akan dalam juga oleh atau sudah telah karena bahwa ada tersebut mereka kami kita saya dia ia bisa dapat lebih para sebagai jika tetapi namun serta hingga antara setelah saat masih belum harus secara agar kepada seperti sangat banyak'.split(' '),
);
const ENGLISH = new Set(
  'the and of to in is that for with was on as by at from this it be are were which an have has had not but or they their its he she we you will would been also who there more than into about after when can could said'.split(' '),
);
const SAMPLE_WORDS = 5000;
const MIN_WORDS = 20;

export interface LanguageShares {
  words: number;
  id: number;
  en: number;
}

/** Shares of Indonesian and English function words among the first few thousand words of the blocks. */
export function languageShares(blocks: readonly Block[]): LanguageShares {
  let words = 0;
  let id = 0;
  let en = 0;
  for (const block of blocks) {
    for (const word of block.text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      words++;
      if (INDONESIAN.has(word)) id++;
      if (ENGLISH.has(word)) en++;
      if (words >= SAMPLE_WORDS) return { words, id: id / words, en: en / words };
    }
  }
  return { words, id: words ? id / words : 0, en: words ? en / words : 0 };
}

type Verdict = 'id' | 'en' | 'unknown';

function verdict(shares: LanguageShares): Verdict {
  if (shares.words < MIN_WORDS || shares.id + shares.en < 0.04) return 'unknown';
  if (shares.en > shares.id * 2) return 'en';
  if (shares.id > shares.en * 2) return 'id';
  return 'unknown';
}

/** Refuses sides that read as the wrong language (or swapped), so the person can fix it or confirm before anything is stored. */
export function checkLanguages(source: LanguageShares, translation: LanguageShares | null): void {
  const s = verdict(source);
  const t = translation ? verdict(translation) : 'unknown';
  const pct = (x: number) => Math.round(x * 100);
  if (s === 'en' && t === 'id') {
    throw new FormatError('sides_swapped', 'The Indonesian side reads as English and the English side as Indonesian: are the two swapped?', 'source');
  }
  if (s === 'en') {
    throw new FormatError('source_looks_english', 'The Indonesian side reads mostly as English.', 'source', { en: pct(source.en), id: pct(source.id) });
  }
  if (t === 'id' && translation) {
    throw new FormatError('translation_looks_indonesian', 'The English side reads mostly as Indonesian.', 'translation', {
      en: pct(translation.en),
      id: pct(translation.id),
    });
  }
}
