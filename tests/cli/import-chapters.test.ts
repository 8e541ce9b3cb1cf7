import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/cli/import-command';
import { getDocument } from '../../src/store/documents';
import { openTestApp } from '../support/app';
import { makeDataDir, makeTestDatabase, testEnv, type TestDatabase } from '../support/database';
import { englishEdition, indonesianEdition } from '../support/two-editions';

function captured() {
  let text = '';
  return { write: (chunk: string) => ((text += chunk), true), get text() { return text; } };
}

describe('sejajar import with two editions of a book', () => {
  let dir: string;
  let database: TestDatabase;
  beforeAll(async () => {
    dir = makeDataDir();
    fs.writeFileSync(path.join(dir, 'buku.epub'), indonesianEdition().epub);
    fs.writeFileSync(path.join(dir, 'book.epub'), englishEdition().epub);
    database = await makeTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores each side’s chapters and links nothing across them', async () => {
    const out = captured();
    const code = await runImportCommand([path.join(dir, 'buku.epub'), '--translation', path.join(dir, 'book.epub')], { env: testEnv(database), out, err: captured() });
    expect(code).toBe(0);
    const id = Number(/Imported document (\d+)/.exec(out.text)?.[1]);
    const { library } = await openTestApp(database);
    try {
      const doc = (await getDocument(library.db, id))!;
      expect([...new Set(doc.source.map((p) => p.chapter))]).toEqual([0, 1, 2, 3]);
      expect([...new Set(doc.translation.map((p) => p.chapter))]).toEqual([0, 1, 2, 3]);
      const paired = doc.paragraphLinks
        .filter((l) => l.source.length > 0 && l.target.length > 0)
        .map((l) => [...new Set(l.source.map((p) => doc.source[p]!.chapter))].join() + '↔' + [...new Set(l.target.map((p) => doc.translation[p]!.chapter))].join());
      expect([...new Set(paired)]).toEqual(['1↔0', '2↔1', '3↔3']);
    } finally {
      await library.close();
    }
  });
});
