import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/cli/import-command';
import { getDocument, listDocuments } from '../../src/store/documents';
import { openTestApp } from '../support/app';
import { makeDataDir, makeTestDatabase, testEnv, type TestDatabase } from '../support/database';
import { makeManyPagesPdf } from '../support/format-files';
import { cue, DIALOGUE, englishSubtitles, srt } from '../support/subtitle-dialogue';

function captured() {
  let text = '';
  return { write: (chunk: string) => ((text += chunk), true), get text() { return text; } };
}

const ID = 'Kafé di Jakarta menjual kopi dari Aceh.\n\nHarganya naik sejak bulan lalu.\n';
const EN = 'The café in Jakarta sells coffee from Aceh.\n\nIts price has risen since last month.\n';

describe('sejajar import: encodings, file limits and subtitle times', () => {
  let dir: string;
  let database: TestDatabase;
  const file = (name: string, bytes: Uint8Array) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    return path.join(dir, name);
  };
  const documents = async () => {
    const { library } = await openTestApp(database);
    try {
      return await listDocuments(library.db);
    } finally {
      await library.close();
    }
  };
  beforeAll(async () => {
    dir = makeDataDir();
    database = await makeTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a Latin-1 text with a UTF-16 big-endian translation', async () => {
    const latin1 = file('lama.txt', Buffer.from(ID, 'latin1'));
    const utf16 = file('en.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(EN, 'utf16le').swap16()]));
    const out = captured();
    expect(await runImportCommand([latin1, '--translation', utf16], { env: testEnv(database), out, err: captured() })).toBe(0);
    const { library } = await openTestApp(database);
    try {
      const doc = (await getDocument(library.db, Number(/Imported document (\d+)/.exec(out.text)?.[1])))!;
      expect(doc.source.map((p) => p.text)).toEqual(ID.trim().split('\n\n'));
      expect(doc.translation.map((p) => p.text)).toEqual(EN.trim().split('\n\n'));
    } finally {
      await library.close();
    }
  });

  it('refuses a file mixing UTF-8 with Latin-1, naming the line, and stores nothing', async () => {
    const before = (await documents()).length;
    const mixed = file('campur.txt', Buffer.concat([Buffer.from('Kafé.\n\nKopi.\n'), Buffer.from('Caf\u00e9.\n', 'latin1')]));
    const run = runImportCommand([mixed], { env: testEnv(database), out: captured(), err: captured() });
    await expect(run).rejects.toMatchObject({ code: 'mixed_encoding', params: { file: 'campur.txt', line: 4 } });
    expect((await documents()).length).toBe(before);
  });

  it('takes its page limit from MAX_PDF_PAGES, and refuses a bad value before it starts', async () => {
    const pdf = file('tiga.pdf', makeManyPagesPdf(3));
    const limited = runImportCommand([pdf], { env: { ...testEnv(database), MAX_PDF_PAGES: '2' }, out: captured(), err: captured() });
    await expect(limited).rejects.toMatchObject({ code: 'too_many_pages', params: { count: 3, max: 2 } });
    const bad = runImportCommand([pdf], { env: { ...testEnv(database), MAX_PDF_PAGES: 'dua' }, out: captured(), err: captured() });
    await expect(bad).rejects.toThrow('MAX_PDF_PAGES must be a positive whole number, got "dua"');
  });

  it('aligns two subtitle files by their cue times, with one cue merged and one dropped', async () => {
    const indonesian = DIALOGUE.map(([id]) => id);
    const { target, times, gold } = englishSubtitles(9, 7);
    const source = file('film.id.srt', Buffer.from(srt(indonesian, indonesian.map((_, i) => cue(i)))));
    const translation = file('film.en.srt', Buffer.from(srt(target.map((t) => t.join(' ')), times)));
    const out = captured();
    expect(await runImportCommand([source, '--translation', translation, '--confirm-language'], { env: testEnv(database), out, err: captured() })).toBe(0);
    const { library } = await openTestApp(database);
    try {
      const doc = (await getDocument(library.db, Number(/Imported document (\d+)/.exec(out.text)?.[1])))!;
      expect(doc.paragraphLinks.map((l) => `${l.source.join('+')}:${l.target.join('+')}`)).toEqual(gold);
    } finally {
      await library.close();
    }
  });
});
