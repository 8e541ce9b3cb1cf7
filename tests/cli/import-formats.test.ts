import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/cli/import-command';
import { getDocument } from '../../src/store/documents';
import { makeDataDir, makeTestDatabase, testEnv, type TestDatabase } from '../support/database';
import { makeEpub, makePdf } from '../support/format-files';
import { openTestApp } from '../support/app';

function captured() {
  let text = '';
  return { write: (chunk: string) => ((text += chunk), true), get text() { return text; } };
}

const ID = ['Hujan turun deras di Jakarta sejak pagi hari ini.', 'Banyak jalan di pusat kota tergenang air dan lalu lintas macet total.'];
const EN = ['Heavy rain has fallen in Jakarta since this morning.', 'Many roads in the city centre were flooded and traffic came to a standstill.'];

describe('sejajar import with files of other formats', () => {
  let dir: string;
  let database: TestDatabase;
  beforeAll(async () => {
    dir = makeDataDir();
    fs.writeFileSync(path.join(dir, 'book.epub'), makeEpub('Hujan', [{ title: 'Bab 1', paragraphs: ID }]));
    fs.writeFileSync(path.join(dir, 'book-en.pdf'), await makePdf([{ text: 'Chapter 1', heading: true }, ...EN.map((text) => ({ text }))]));
    fs.writeFileSync(path.join(dir, 'scan.pdf'), await makePdf([]));
    database = await makeTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports an EPUB with a PDF translation', async () => {
    const out = captured();
    const code = await runImportCommand([path.join(dir, 'book.epub'), '--translation', path.join(dir, 'book-en.pdf')], { env: testEnv(database), out, err: captured() });
    expect(code).toBe(0);
    const id = Number(/Imported document (\d+)/.exec(out.text)?.[1]);
    const { library } = await openTestApp(database);
    try {
      const doc = (await getDocument(library.db, id))!;
      expect(doc.document.title).toBe('Hujan');
      expect(doc.source.map((p) => p.text)).toEqual(['Bab 1', ...ID]);
      expect(doc.translation.map((p) => p.text)).toEqual(['Chapter 1', ...EN]);
    } finally {
      await library.close();
    }
  });

  it('refuses a PDF without text with the reason (main prints it) and stores nothing', async () => {
    const run = runImportCommand([path.join(dir, 'scan.pdf')], { env: testEnv(database), out: captured(), err: captured() });
    await expect(run).rejects.toMatchObject({ code: 'pdf_no_text', message: expect.stringMatching(/scan\.pdf has no text layer/) });
    const { library } = await openTestApp(database);
    try {
      expect((await library.db.selectFrom('documents').select('id').execute()).length).toBe(1);
    } finally {
      await library.close();
    }
  });
});
