import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDictionaryCommand } from '../../src/cli/dictionary-command';
import { importDocument } from '../../src/import/import-document';
import { dictionaryGlosses } from '../../src/store/words';
import { makeTestDatabase, testEnv, type TestDatabase } from '../support/database';
import { openTestApp } from '../support/app';

const HUNSPELL = '/usr/share/hunspell/id_ID.dic';
const FREEDICT = '/usr/share/dictd/freedict-eng-ind.index';

function output() {
  let text = '';
  return { write: (s: string) => ((text += s), true), text: () => text };
}

describe('sejajar dictionary import', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await makeTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sejajar-dict-'));
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads a word<TAB>gloss file once; the reader then shows the gloss and aligns by it', async () => {
    const file = path.join(dir, 'kamus.tsv');
    fs.writeFileSync(file, '# my words\ngelora\tsurge; upheaval\n');
    const out = output();
    expect(await runDictionaryCommand(['import', file], { env: testEnv(database), out })).toBe(0);
    expect(out.text()).toBe('Read 1 tsv entries; 1 were new.\n');
    const again = output();
    await runDictionaryCommand(['import', file], { env: testEnv(database), out: again });
    expect(again.text()).toBe('Read 1 tsv entries; 0 were new.\n');

    const { app, library } = await openTestApp(database);
    try {
      const id = await importDocument(library.db, { title: 'Gelora', source: 'Gelora itu besar.', translation: 'The surge was big.' }, library.config);
      const words = (await request(app).get(`/documents/${id}/words/0`).expect(200)).body;
      expect(words.source[0].words[0]).toMatchObject({ text: 'Gelora', dictionary: ['surge; upheaval'] });
      expect(words.links).toContainEqual([0, 1, 0.8, 'dictionary']);
    } finally {
      await library.close();
    }
  });

  it('refuses a wrong command line with its usage', async () => {
    const err = output();
    expect(await runDictionaryCommand(['import'], { env: testEnv(database), err })).toBe(2);
    expect(await runDictionaryCommand(['import', 'x.tsv', '--format', 'pdf'], { env: testEnv(database), err })).toBe(2);
    expect(err.text()).toContain('Usage: sejajar dictionary import PATH');
  });

  // Debian's hunspell-id and dict-freedict-eng-ind, where installed (nothing else depends on them).
  it.runIf(fs.existsSync(HUNSPELL) && fs.existsSync(FREEDICT))('reads the installed hunspell-id stems and FreeDict eng-ind, reversed', async () => {
    const env = testEnv(database);
    const hunspell = output();
    await runDictionaryCommand(['import', HUNSPELL], { env, out: hunspell });
    expect(Number(/Read (\d+) hunspell/.exec(hunspell.text())![1])).toBeGreaterThan(30_000);
    const freedict = output();
    await runDictionaryCommand(['import', FREEDICT], { env, out: freedict });
    expect(Number(/Read (\d+) freedict/.exec(freedict.text())![1])).toBeGreaterThan(10_000);
    const { library } = await openTestApp(database);
    try {
      const glosses = await dictionaryGlosses(library.db, ['serang']);
      expect(glosses).toContainEqual({ word: 'serang', gloss: 'attack', source: 'freedict' });
      expect(glosses).toContainEqual({ word: 'serang', gloss: '', source: 'hunspell' });
    } finally {
      await library.close();
    }
  }, 60_000);
});
