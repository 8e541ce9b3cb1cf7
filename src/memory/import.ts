/**
 * A TMX file imported as memory only: its pairs are stored in `memory_pairs` (migration 014) for
 * the memory look-up, not as a document. Read on the worker pool after the one intake; all pairs
 * of a file in one transaction, so a bad or refused file stores nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Compute } from '../compute/compute';
import { DomainError } from '../core/errors';
import type { Db } from '../store/database';
import { insertMemoryPairs } from '../store/memory-pairs';

/** Pairs one file may bring: a large CAT tool memory, not a whole corpus at once. */
export const MAX_MEMORY_PAIRS = 100_000;

export interface MemoryImport {
  xml: string;
  fileName: string;
  author: string | null;
}

export async function importMemory(db: Db, compute: Compute, input: MemoryImport, maxBytes: number, now = new Date()): Promise<number> {
  if (Buffer.byteLength(input.xml, 'utf8') > maxBytes) {
    throw new DomainError('too_large', 'memory_too_large', 'The TMX file is too large.', { max: maxBytes }, 'tmx_file');
  }
  const pairs = await compute.run('readMemoryTmx', input.xml);
  if (pairs.length === 0) throw new DomainError('invalid', 'memory_no_pairs', 'The TMX file has no unit with both Indonesian and English.', {}, 'tmx_file');
  if (pairs.length > MAX_MEMORY_PAIRS) {
    throw new DomainError('too_large', 'memory_pair_limit', `A memory file holds at most ${MAX_MEMORY_PAIRS} pairs.`, { max: MAX_MEMORY_PAIRS }, 'tmx_file');
  }
  const fileName = input.fileName.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'memory.tmx';
  await insertMemoryPairs(db, pairs, { importId: randomUUID(), fileName, author: input.author, at: now.toISOString() });
  return pairs.length;
}
