/**
 * The word translation table learned from the library (core/words/translation-table.ts), kept
 * in memory. Whenever the public documents change (one is imported, edited or removed) the
 * next lookup starts learning again on the worker pool and goes on with the table it has;
 * the new one replaces it when ready. Private documents are left out: what the table learns
 * shows in every reader's popover.
 */
import type { Compute } from '../compute/compute';
import type { SentencePairText, TranslationTable } from '../core/words/translation-table';
import type { Db } from '../store/database';
import { readLinks, sideTexts } from '../store/links';
import { publicDocumentStamps } from '../store/words';

/** Enough sentence pairs for stable counts of common words; more only costs learning time. */
const MAX_PAIRS = 50_000;
/** The library is looked at this often at most: a word look-up then costs no query for it. */
const CHECK_EVERY_MS = 5_000;

export class LearnedWordTable {
  private table: TranslationTable | null = null;
  private stamp = '';
  private learning: Promise<void> | null = null;
  private checkedAt = -Infinity;

  constructor(
    private readonly db: Db,
    private readonly compute: Compute,
  ) {}

  /** The table as it is now (null before the first is learned); starts learning again when the library changed. */
  async current(): Promise<TranslationTable | null> {
    if (performance.now() - this.checkedAt < CHECK_EVERY_MS) return this.table;
    this.checkedAt = performance.now();
    const stamp = (await publicDocumentStamps(this.db)).map((d) => `${d.id}.${d.revision}`).join();
    if (stamp !== this.stamp && !this.learning) {
      this.learning = this.learn(stamp).finally(() => (this.learning = null));
      // A failure leaves the old table in use; the next lookup tries again.
      this.learning.catch(() => undefined);
    }
    return this.table;
  }

  /** Waits for learning under way (for tests and the first lookup of a command). */
  async settled(): Promise<TranslationTable | null> {
    this.checkedAt = -Infinity;
    await this.current();
    await this.learning?.catch(() => undefined);
    return this.table;
  }

  private async learn(stamp: string): Promise<void> {
    const pairs = await libraryPairs(this.db);
    this.table = await this.compute.run('trainWordTable', pairs);
    this.stamp = stamp;
  }
}

async function libraryPairs(db: Db): Promise<SentencePairText[]> {
  const pairs: SentencePairText[] = [];
  for (const { id } of await publicDocumentStamps(db)) {
    const [links, source, target] = await Promise.all([readLinks(db, id, 'sentence'), sideTexts(db, id, 'id'), sideTexts(db, id, 'en')]);
    for (const link of links) {
      if (link.source.length === 0 || link.target.length === 0) continue;
      pairs.push({ source: link.source.map((i) => source[i] ?? '').join(' '), target: link.target.map((i) => target[i] ?? '').join(' ') });
      if (pairs.length >= MAX_PAIRS) return pairs;
    }
  }
  return pairs;
}
