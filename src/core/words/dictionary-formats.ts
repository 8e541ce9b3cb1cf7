/**
 * Reading the open dictionaries a learner may install (none is shipped with the library):
 *
 * - hunspell-id (id_ID.dic): one stem a line, "serang/B0D0Ka…", after a first line holding the
 *   count. The affix classes after the slash are hunspell's; the library's own morphology
 *   (core/glossary/morphology) does the affix work, so only the stems are kept, as roots.
 * - FreeDict English→Indonesian in dictd form (.index and .dict or .dict.dz): each entry is a
 *   headword line "attack /əˈtæk/ <n>", then translation lines ("1. serangan, anfal" or an
 *   unnumbered first line) each followed by an English explanation. Reversed here: every
 *   Indonesian translation becomes a look-up word whose gloss is the English headword.
 * - A plain TSV, word<TAB>gloss a line ('#' lines are comments).
 *
 * Every parser takes text already through the intake (normalizeText) and returns entries with
 * the Indonesian word in lower case; over-long words and glosses are dropped, not cut.
 */
export interface DictionaryEntryInput {
  word: string;
  gloss: string;
  source: 'hunspell' | 'freedict' | 'tsv';
}

export const MAX_DICTIONARY_WORD = 64;
export const MAX_DICTIONARY_GLOSS = 300;

const WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-‐ ]*$/u;

function acceptable(word: string, gloss: string): boolean {
  return word.length > 0 && word.length <= MAX_DICTIONARY_WORD && gloss.length <= MAX_DICTIONARY_GLOSS && WORD.test(word);
}

export function parseHunspellDic(text: string): DictionaryEntryInput[] {
  const entries: DictionaryEntryInput[] = [];
  const lines = text.split('\n');
  for (let i = /^\d+\s*$/.test(lines[0] ?? '') ? 1 : 0; i < lines.length; i++) {
    const stem = lines[i]!.split('/')[0]!.trim().toLowerCase();
    // Single letters and stems with spaces or digits are no roots a word is built on.
    if (stem.length < 2 || /[\s\d]/.test(stem) || !acceptable(stem, '')) continue;
    entries.push({ word: stem, gloss: '', source: 'hunspell' });
  }
  return entries;
}

export interface DictdIndexEntry {
  headword: string;
  offset: number;
  length: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function dictdNumber(text: string): number {
  let n = 0;
  for (const c of text) {
    const digit = BASE64.indexOf(c);
    if (digit < 0) return NaN;
    n = n * 64 + digit;
  }
  return n;
}

/** The .index file: headword, offset and length (dictd's base 64) a line; the 00database… entries are the file's own notes. */
export function parseDictdIndex(text: string): DictdIndexEntry[] {
  const entries: DictdIndexEntry[] = [];
  for (const line of text.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || offset === undefined || length === undefined || headword.startsWith('00database')) continue;
    const entry = { headword, offset: dictdNumber(offset), length: dictdNumber(length) };
    if (Number.isFinite(entry.offset) && Number.isFinite(entry.length)) entries.push(entry);
  }
  return entries;
}

/** The Indonesian translations of one FreeDict entry's text. */
export function freedictTranslations(entry: string): string[] {
  const all = entry.split('\n').map((l) => l.trim()).filter(Boolean);
  // Entries for English affixes give Indonesian affixes, which are no words to look up.
  if (/<(suffix|prefix)>/.test(all[0] ?? '')) return [];
  const lines = all.slice(1);
  const numbered = lines.filter((l) => /^\d+\.\s/.test(l)).map((l) => l.replace(/^\d+\.\s*/, ''));
  const translationLines = numbered.length > 0 ? numbered : lines.slice(0, 1);
  return translationLines.flatMap((l) => l.split(/[,;]/)).map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0 && !t.includes('(') && !/^-|-$|\s-|-\s/.test(t));
}

/** FreeDict English→Indonesian reversed: `data` is the whole .dict text (unpacked), read by the index's UTF-8 byte offsets. */
export function reverseFreedict(index: readonly DictdIndexEntry[], data: Buffer): DictionaryEntryInput[] {
  const entries: DictionaryEntryInput[] = [];
  const seen = new Set<string>();
  for (const { headword, offset, length } of index) {
    if (offset + length > data.length) continue;
    const text = data.subarray(offset, offset + length).toString('utf8');
    for (const word of freedictTranslations(text)) {
      const key = `${word}\t${headword}`;
      if (seen.has(key) || !acceptable(word, headword)) continue;
      seen.add(key);
      entries.push({ word, gloss: headword, source: 'freedict' });
    }
  }
  return entries;
}

export function parseDictionaryTsv(text: string): DictionaryEntryInput[] {
  const entries: DictionaryEntryInput[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [word, ...rest] = line.split('\t');
    const entry = { word: word!.trim().toLowerCase(), gloss: rest.join(' ').trim(), source: 'tsv' as const };
    if (entry.gloss && acceptable(entry.word, entry.gloss)) entries.push(entry);
  }
  return entries;
}
