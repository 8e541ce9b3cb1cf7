import { importDocument } from '../../src/import/import-document';
import type { Db } from '../../src/store/database';
import { getDocument } from '../../src/store/documents';

/** Two paragraphs a side, two sentences each: enough for splits, merges and a paragraph group of its own. */
export const MARKET = {
  title: 'Pasar pagi',
  source: 'Hujan turun sejak pagi. Jalan-jalan di kota basah.\n\nPasar tetap ramai. Pedagang menjual sayur dan buah.',
  translation: 'Rain has fallen since the morning. The streets in town are wet.\n\nThe market stays busy. Traders sell vegetables and fruit.',
};

export async function importMarket(db: Db): Promise<number> {
  return importDocument(db, MARKET, { maxDocumentBytes: 100_000 });
}

export async function englishOf(db: Db, documentId: number) {
  const detail = await getDocument(db, documentId);
  return detail!.translation.flatMap((p) => p.sentences);
}

export async function revisionOf(db: Db, documentId: number): Promise<number> {
  const row = await db.selectFrom('documents').select('revision').where('id', '=', documentId).executeTakeFirstOrThrow();
  return row.revision;
}
