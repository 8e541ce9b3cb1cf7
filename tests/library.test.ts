import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '../src/accounts/users';
import { loadConfig } from '../src/config';
import { LibraryUnavailableError, openLibrary, type Library } from '../src/library';
import { makeDataDir, makeTestDatabase, testEnv, type TestDatabase } from './support/database';

describe('openLibrary', () => {
  let database: TestDatabase | undefined;
  let library: Library | undefined;
  afterEach(async () => {
    await library?.close();
    await database?.drop();
    library = database = undefined;
  });

  it('opens the database the settings name, migrated, with machine translation off without a key', async () => {
    database = await makeTestDatabase();
    library = await openLibrary(loadConfig(testEnv(database)));
    expect(library.migrations.applied).toHaveLength(library.migrations.total);
    expect(library.translation.translator).toBeNull();
    await createUser(library.db, { name: 'sari', password: 'long enough password', role: 'editor' }, library.config.accounts);
    // A second opening finds the same library, already up to date.
    const again = await openLibrary(loadConfig(testEnv(database)));
    try {
      expect(again.migrations.applied).toEqual([]);
      expect(await again.db.selectFrom('users').select('name').execute()).toEqual([{ name: 'sari' }]);
    } finally {
      await again.close();
    }
  });

  it('stops its job runner and closes the database on close, once however often it is called', async () => {
    database = await makeTestDatabase();
    library = await openLibrary(loadConfig(testEnv(database)), { housekeeping: true });
    library.translation.runner.start();
    await Promise.all([library.close(), library.close()]);
    await expect(library.db.selectFrom('users').select('id').execute()).rejects.toThrow();
  });

  it('refuses an unreachable DATABASE_URL with its location, password hidden, and creates no SQLite file', async () => {
    const dataDir = makeDataDir();
    try {
      const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/x' });
      const opening = openLibrary(config);
      await expect(opening).rejects.toBeInstanceOf(LibraryUnavailableError);
      await expect(opening).rejects.toThrow(/^Cannot open the library at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED/);
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
