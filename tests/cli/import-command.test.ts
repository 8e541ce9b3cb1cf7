import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/cli/import-command';
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
});
