import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/cli/import-command';
import { getDocument } from '../../src/store/documents';
import { openTestApp } from '../support/app';
import { makeDataDir, makeTestDatabase, testEnv, type TestDatabase } from '../support/database';

function captured() {
  let text = '';
  return { write: (chunk: string) => ((text += chunk), true), get text() { return text; } };
}

describe('sejajar import', () => {
  let dir: string;
  let database: TestDatabase;
  beforeAll(async () => {
    dir = makeDataDir();
    fs.writeFileSync(path.join(dir, 'id.txt'), 'Hujan turun di Jakarta.\n');
    database = await makeTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the id and no address when the server address is not known', async () => {
    const out = captured();
    const env = { ...testEnv(database), PORT: '8123' };
    expect(await runImportCommand([path.join(dir, 'id.txt')], { env, out, err: captured() })).toBe(0);
    expect(out.text).toMatch(/^Imported document (\d+)\n$/);
    expect(out.text).not.toContain('localhost');
  });

  it('prints the address under PUBLIC_URL when it is set', async () => {
    const out = captured();
    const env = { ...testEnv(database), PUBLIC_URL: 'https://sejajar.example.org/baca/' };
    expect(await runImportCommand([path.join(dir, 'id.txt')], { env, out, err: captured() })).toBe(0);
    const id = /^Imported document (\d+)/.exec(out.text)?.[1];
    expect(out.text).toBe(`Imported document ${id}: https://sejajar.example.org/baca/documents/${id}\n`);
  });

  it('pre-fills the library\'s reviewed translations as drafts with --prefill-from-memory', async () => {
    fs.writeFileSync(path.join(dir, 'pair-id.txt'), 'Banjir melanda kota.\n');
    fs.writeFileSync(path.join(dir, 'pair-en.txt'), 'Floods hit the city.\n');
    fs.writeFileSync(path.join(dir, 'new.txt'), 'Banjir melanda kota.\n\nAngin bertiup.\n');
    const env = testEnv(database);
    const idOf = (text: string) => Number(/^Imported document (\d+)/.exec(text)?.[1]);
    const stored = captured();
    expect(await runImportCommand([path.join(dir, 'pair-id.txt'), '--translation', path.join(dir, 'pair-en.txt')], { env, out: stored, err: captured() })).toBe(0);
    const library = await openTestApp(database);
    try {
      await library.db.updateTable('sentences').set({ status: 'reviewed' }).where('document_id', '=', idOf(stored.text)).where('lang', '=', 'en').execute();
    } finally {
      await library.library.close();
    }
    const prefilled = captured();
    expect(await runImportCommand([path.join(dir, 'new.txt'), '--prefill-from-memory'], { env, out: prefilled, err: captured() })).toBe(0);
    const plain = captured();
    expect(await runImportCommand([path.join(dir, 'new.txt')], { env, out: plain, err: captured() })).toBe(0);
    const check = await openTestApp(database);
    try {
      const english = async (id: number) => (await getDocument(check.db, id))!.translation.flatMap((p) => p.sentences).map((s) => [s.text, s.origin, s.status]);
      expect(await english(idOf(prefilled.text))).toEqual([['Floods hit the city.', 'memory', 'draft']]);
      expect(await english(idOf(plain.text))).toEqual([]);
    } finally {
      await check.library.close();
    }
  });
});
