import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/store/statement-cache';

describe('withStatementCache', () => {
  let dir: string;
  let db: SQLite.Database;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sejajar-statements-'));
    db = new SQLite(path.join(dir, 'test.sqlite'));
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, word TEXT)');
  });
  afterEach(() => {
    if (db.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reuses the prepared statement of the same SQL and gives fresh results', () => {
    const cached = withStatementCache(db);
    const insert = cached.prepare('INSERT INTO t (word) VALUES (?)');
    insert.run(['satu']);
    expect(cached.prepare('INSERT INTO t (word) VALUES (?)')).toBe(insert);
    cached.prepare('INSERT INTO t (word) VALUES (?)').run(['dua']);
    expect(cached.prepare('SELECT word FROM t ORDER BY id').all([])).toEqual([{ word: 'satu' }, { word: 'dua' }]);
  });

  it('drops the least recently used statement beyond its limit', () => {
    const cached = withStatementCache(db, 2);
    const a = cached.prepare('SELECT 1');
    const b = cached.prepare('SELECT 2');
    cached.prepare('SELECT 1');
    cached.prepare('SELECT 3');
    expect(cached.prepare('SELECT 1')).toBe(a);
    expect(cached.prepare('SELECT 2')).not.toBe(b);
  });

  it('keeps working after the schema changes under a cached statement', () => {
    const cached = withStatementCache(db);
    cached.prepare('INSERT INTO t (word) VALUES (?)').run(['satu']);
    expect(cached.prepare('SELECT * FROM t').all([])).toEqual([{ id: 1, word: 'satu' }]);
    db.exec("ALTER TABLE t ADD COLUMN lang TEXT NOT NULL DEFAULT 'id'");
    expect(cached.prepare('SELECT * FROM t').all([])).toEqual([{ id: 1, word: 'satu', lang: 'id' }]);
  });

  it('closes the database', () => {
    withStatementCache(db).close();
    expect(db.open).toBe(false);
  });
});
