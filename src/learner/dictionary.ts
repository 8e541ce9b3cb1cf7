/**
 * `sejajar dictionary import PATH`: an installed dictionary file read into the library's
 * dictionary_entries (core/words/dictionary-formats.ts says what each format holds). The kind
 * is told by the file's name: .dic (hunspell), .index/.dict/.dict.dz (FreeDict, both files
 * beside each other), anything else a word<TAB>gloss TSV.
 */
import fs from 'node:fs/promises';
import zlib from 'node:zlib';
import { normalizeText } from '../core/text/normalize';
import {
  parseDictdIndex,
  parseDictionaryTsv,
  parseHunspellDic,
  reverseFreedict,
  type DictionaryEntryInput,
} from '../core/words/dictionary-formats';
import { LearnerError } from '../core/words/errors';
import type { Db } from '../store/database';
import { insertDictionaryEntries } from '../store/words';

/** Far above the largest open Indonesian dictionaries (hunspell-id: 0.3 MB, FreeDict eng-ind: 0.5 MB unpacked). */
export const MAX_DICTIONARY_BYTES = 64 * 1024 * 1024;

export type DictionaryKind = 'hunspell' | 'freedict' | 'tsv';

export function dictionaryKind(path: string): DictionaryKind {
  if (path.endsWith('.dic')) return 'hunspell';
  if (/\.(index|dict|dict\.dz)$/.test(path)) return 'freedict';
  return 'tsv';
}

async function readBytes(path: string): Promise<Buffer> {
  const stat = await fs.stat(path);
  if (stat.size > MAX_DICTIONARY_BYTES) throw new LearnerError('dictionary_too_large', `The file is larger than ${MAX_DICTIONARY_BYTES} bytes.`, { max: MAX_DICTIONARY_BYTES });
  return fs.readFile(path);
}

async function readText(path: string): Promise<string> {
  return normalizeText((await readBytes(path)).toString('utf8'));
}

async function freedictEntries(path: string): Promise<DictionaryEntryInput[]> {
  const base = path.replace(/\.(index|dict|dict\.dz)$/, '');
  const index = parseDictdIndex(await readText(`${base}.index`));
  const packed = await readBytes(`${base}.dict.dz`).catch(() => null);
  const data = packed ? zlib.gunzipSync(packed, { maxOutputLength: MAX_DICTIONARY_BYTES }) : await readBytes(`${base}.dict`);
  // Offsets count bytes of the file as written, so the data is read before any text normalisation;
  // each entry's text is normalised as it is read.
  return reverseFreedict(index, data).map((e) => ({ ...e, word: normalizeText(e.word), gloss: normalizeText(e.gloss) }));
}

export async function readDictionary(path: string, kind = dictionaryKind(path)): Promise<DictionaryEntryInput[]> {
  if (kind === 'hunspell') return parseHunspellDic(await readText(path));
  if (kind === 'freedict') return freedictEntries(path);
  return parseDictionaryTsv(await readText(path));
}

export async function importDictionary(db: Db, path: string, kind = dictionaryKind(path)): Promise<{ read: number; added: number; kind: DictionaryKind }> {
  const entries = await readDictionary(path, kind);
  return { read: entries.length, added: await insertDictionaryEntries(db, entries), kind };
}
