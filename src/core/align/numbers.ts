/**
 * Number evidence: digits, number words, months and dates written the
 * Indonesian way (2.500; 5,3 persen; 6 Januari) or the English way
 * (2,500; 5.3 percent; January 6) reduce to the same canonical keys.
 */
import type { Lang } from '../model';

export type { Lang };

/** Maps, not object literals: words such as "constructor" must not hit Object.prototype. */
function toMap(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

const ID_SMALL = toMap({
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7,
  delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000,
});
const EN_SMALL = toMap({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12,
});
const SCALE = toMap({
  ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});
const PERCENT = new Set(['persen', 'percent', '%']);
const MONTHS = toMap({
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, feb: 2, pebruari: 2,
  maret: 3, march: 3, mar: 3, april: 4, apr: 4, mei: 5, may: 5, juni: 6, june: 6,
  jun: 6, juli: 7, july: 7, jul: 7, agustus: 8, august: 8, agu: 8, agt: 8, aug: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11, desember: 12, december: 12, des: 12, dec: 12,
});
/** Short month forms that are also ordinary words; only trusted next to a day number. */
const AMBIGUOUS_MONTH = new Set(['may', 'mar', 'jan', 'des', 'sep', 'jun', 'jul', 'dec', 'nov', 'feb', 'apr', 'aug', 'oct', 'okt', 'agu', 'agt', 'mei']);

const NUMBER_WORDS = new RegExp(`\\d|\\b(?:${[...ID_SMALL.keys(), ...EN_SMALL.keys(), ...MONTHS.keys()].join('|')})\\b`);

/** Cheap test that lets texts without digits, number words or months skip the full reading. */
export function mayHoldNumbers(lowerCaseText: string): boolean {
  return NUMBER_WORDS.test(lowerCaseText);
}

const TOKEN = /\d+(?:[.,:]\d+)*|[\p{L}]+|%/gu;

/** Canonical decimal text of a value: "2500", "5.3", "1000000.5". */
function canonical(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

const GROUPED: Record<Lang, RegExp> = {
  id: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/,
  en: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/,
};

/**
 * All plausible values of a digit token. A separator followed by exactly
 * three digits is a thousands mark in the language's convention, but the
 * other reading is kept too, because writers mix conventions.
 */
export function readDigits(token: string, lang: Lang): number[] {
  if (/^\d+$/.test(token)) return [Number(token)];
  const thousands = lang === 'id' ? '.' : ',';
  const decimal = lang === 'id' ? ',' : '.';
  const values: number[] = [];
  if (GROUPED[lang].test(token)) {
    values.push(Number(token.split(thousands).join('').replace(decimal, '.')));
  }
  const single = /^(\d+)[.,](\d+)$/.exec(token);
  if (single) {
    const asDecimal = Number(`${single[1]}.${single[2]}`);
    if (!values.includes(asDecimal)) values.push(asDecimal);
    const asThousands = Number(single[1] + single[2]);
    if (single[2]!.length === 3 && !values.includes(asThousands)) values.push(asThousands);
  }
  if (values.length === 0) {
    const otherGrouped = /^\d{1,3}(?:[.,]\d{3})+$/;
    if (otherGrouped.test(token)) values.push(Number(token.replace(/[.,]/g, '')));
  }
  return values;
}

function timeKey(token: string): string | undefined {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(token);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours <= 24 && minutes < 60 ? `t:${hours}:${m[2]}` : undefined;
}

interface Reading { values: number[]; fromDigits: boolean; length: number }

/**
 * Whether "one" or "satu" is a pronoun or part of an idiom here, not a count:
 * one another, no one, one of; satu sama lain (each other), salah satu (one of).
 */
function isIdiomaticOne(words: string[], at: number, lang: Lang): boolean {
  const before = words[at - 1];
  const after = words[at + 1];
  if (lang === 'en') return words[at] === 'one' && (after === 'another' || after === 'of' || before === 'no' || before === 'any' || before === 'every');
  return words[at] === 'satu' && ((after === 'sama' && words[at + 2] === 'lain') || before === 'salah');
}

/** Reads "dua", "dua belas", "dua puluh tiga", "twenty-three", "seven". */
function readWords(words: string[], at: number, lang: Lang): { value: number; length: number } | undefined {
  const w = words[at]!;
  if (isIdiomaticOne(words, at, lang)) return undefined;
  if (lang === 'en') {
    const v = EN_SMALL.get(w);
    if (v === undefined) return undefined;
    const next = words[at + 1];
    if (v >= 20 && v < 100 && v % 10 === 0 && next !== undefined) {
      const unit = EN_SMALL.get(next);
      if (unit !== undefined && unit >= 1 && unit <= 9) return { value: v + unit, length: 2 };
    }
    return { value: v, length: 1 };
  }
  if (w === 'sepuluh' || w === 'sebelas' || w === 'seratus' || w === 'seribu' || w === 'nol') {
    return { value: ID_SMALL.get(w)!, length: 1 };
  }
  const base = ID_SMALL.get(w);
  if (base === undefined || base < 1 || base > 9) return undefined;
  const next = words[at + 1];
  if (next === 'belas') return { value: 10 + base, length: 2 };
  if (next === 'puluh') {
    const unit = words[at + 2] !== undefined ? ID_SMALL.get(words[at + 2]!) : undefined;
    if (unit !== undefined && unit >= 1 && unit <= 9) return { value: base * 10 + unit, length: 3 };
    return { value: base * 10, length: 2 };
  }
  if (next === 'ratus') return { value: base * 100, length: 2 };
  return { value: base, length: 1 };
}

/**
 * Canonical number keys of a text: "n:2500", "n:5.3%", "n:2500000",
 * "m:1" (January), "d:1-6" (6 January), "t:10:30".
 */
export function numberKeys(text: string, lang: Lang): string[] {
  // Every token ends in a digit, a letter or %, so none carries a trailing separator to strip.
  const words = text.toLowerCase().match(TOKEN) ?? [];
  const keys = new Set<string>();
  // Filled, not made with new Array(length): past 100k elements that array is a slow dictionary.
  const readings: (Reading | undefined)[] = [];
  for (let i = 0; i < words.length; i++) readings.push(undefined);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (startsWithDigit(w)) {
      readings[i] = { values: readDigits(w, lang), fromDigits: true, length: 1 };
      const t = timeKey(w);
      if (t) keys.add(t);
      continue;
    }
    const wordNumber = readWords(words, i, lang);
    if (wordNumber) {
      readings[i] = { values: [wordNumber.value], fromDigits: false, length: wordNumber.length };
      i += wordNumber.length - 1;
    }
  }
  for (let i = 0; i < words.length; i++) {
    const reading = readings[i];
    if (!reading) continue;
    const follower = words[i + reading.length] ?? '';
    for (const v of reading.values) {
      keys.add(`n:${canonical(v)}`);
      const scale = SCALE.get(follower);
      if (scale !== undefined) keys.add(`n:${canonical(v * scale)}`);
      if (PERCENT.has(follower)) keys.add(`n:${canonical(v)}%`);
    }
  }
  addMonthKeys(words, readings, keys);
  return [...keys];
}

function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

function addMonthKeys(words: string[], readings: (Reading | undefined)[], keys: Set<string>): void {
  for (let i = 0; i < words.length; i++) {
    const month = MONTHS.get(words[i]!);
    if (month === undefined) continue;
    const day = dayNear(readings, i);
    if (AMBIGUOUS_MONTH.has(words[i]!) && day === undefined && !isYear(readings[i + 1])) continue;
    keys.add(`m:${month}`);
    if (day !== undefined) keys.add(`d:${month}-${day}`);
  }
}

function dayNear(readings: (Reading | undefined)[], at: number): number | undefined {
  for (const r of [readings[at - 1], readings[at + 1]]) {
    if (!r?.fromDigits) continue;
    const v = r.values[0]!;
    if (Number.isInteger(v) && v >= 1 && v <= 31) return v;
  }
  return undefined;
}

function isYear(r: Reading | undefined): boolean {
  const v = r?.fromDigits ? r.values[0] : undefined;
  return v !== undefined && v >= 1000 && v <= 2200;
}
