import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { bumpRevision } from '../../src/store/document-revision';
import { getDocument, insertDocument, type NewDocument } from '../../src/store/documents';
import { PAGE_ROWS } from '../../src/store/paged-rows';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

/** More sentences a side than one page holds, so each side is read in several statements. */
const COUNT = PAGE_ROWS + 500;
const long: NewDocument = {
  title: 'Panjang',
  source: Array.from({ length: COUNT }, (_, i) => ({ text: `Kalimat ${i}.`, sentences: [`Kalimat ${i}.`] })),
  translation: Array.from({ length: COUNT }, (_, i) => ({ text: `Sentence ${i}.`, sentences: [`Sentence ${i}.`] })),
  translationOrigin: 'human',
  paragraphLinks: Array.from({ length: COUNT }, (_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
  sentenceLinks: Array.from({ length: COUNT }, (_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
};

/**
 * The database as getDocument sees it, with `during` run once just before the statement that reads
 * the second page of English sentences: a save landing between two pages of one read.
 */
function savingBetweenPages(db: Db, during: () => Promise<void>): Db {
  let done = false;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'executeQuery') {
        return async (query: { sql: string; parameters: readonly unknown[] }, ...rest: unknown[]) => {
          const secondPage = /from "sentences"/.test(query.sql) && query.parameters.includes('en') && query.parameters.includes(PAGE_ROWS - 1);
          if (secondPage && !done) {
            done = true;
            await during();
          }
          return (target.executeQuery as (...args: unknown[]) => unknown)(query, ...rest);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe(`a long document read a page at a time on ${testDialect()}`, () => {
  let test: TestDb;
  let db: Db;
  let id: number;
  beforeEach(async () => {
    test = await makeTestDb();
    db = test.db;
    id = await insertDocument(db, long);
  });
  afterEach(() => test.close());

  it('reads every paragraph, sentence and link in order', async () => {
    const detail = (await getDocument(db, id))!;
    expect(detail.translation.map((p) => p.sentences[0]!.text)).toEqual(long.translation.map((p) => p.text));
    expect(detail.source).toHaveLength(COUNT);
    expect(detail.sentenceLinks.map((l) => l.source[0])).toEqual([...Array(COUNT).keys()]);
  });

  it('reads again when a change lands between its pages, so it never mixes two revisions', async () => {
    const first = (await getDocument(db, id))!.translation[0]!.sentences[0]!;
    const change = async () => {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('sentences').set({ text: 'Changed meanwhile.' }).where('id', '=', first.id).execute();
        await bumpRevision(trx, id, new Date().toISOString());
      });
    };
    const detail = (await getDocument(savingBetweenPages(db, change), id))!;
    // The first page was read before the change: kept, it would show the old text beside a newer revision.
    expect(detail.translation[0]!.sentences[0]!.text).toBe('Changed meanwhile.');
    expect(detail.document.revision).toBe((await getDocument(db, id))!.document.revision);
  });
});
