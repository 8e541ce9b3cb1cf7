import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { PassThrough } from 'node:stream';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { runBackupCommand } from '../../src/cli/backup-command';
import { runRestoreCommand } from '../../src/cli/restore-command';
import { Migrator } from 'kysely';
import { writeBackup } from '../../src/operations/backup';
import { countRows } from '../../src/store/copy-database';
import { appliedMigrations } from '../../src/store/migration-state';
import { migrations } from '../../src/store/migrations/index';
import { createKysely, currentSchema, listUserTables, type DialectName } from '../../src/store/dialect';
import { openTestApp } from '../support/app';
import { apiToken } from '../support/auth';
import { makeTestDatabase, testDatabaseUrl, testDialect, testEnv, type TestDatabase } from '../support/database';

/* eslint-disable @typescript-eslint/no-explicit-any */

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../src/bin/sejajar.mjs');

/*
 * Backups of a library on this pass's database, restored into the other kind
 * when a PostgreSQL server is configured (so SQLite → PostgreSQL on the
 * SQLite pass, PostgreSQL → SQLite on the PostgreSQL pass), else into SQLite.
 */
const sourceDialect = testDialect();
const targetDialect: DialectName = testDatabaseUrl() ? (sourceDialect === 'sqlite' ? 'postgres' : 'sqlite') : 'sqlite';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

async function backup(database: TestDatabase, file: string): Promise<string> {
  const [out, err] = [capture(), capture()];
  const code = await runBackupCommand([file], out.stream, err.stream, testEnv(database));
  expect(code, err.text()).toBe(0);
  return out.text();
}

async function restore(database: TestDatabase, file: string, ...flags: string[]): Promise<{ code: number; out: string; err: string }> {
  const [out, err] = [capture(), capture()];
  const code = await runRestoreCommand([file, ...flags], out.stream, err.stream, testEnv(database));
  return { code, out: out.text(), err: err.text() };
}

/** Rows per table in a library, without opening it as a library (which would create and migrate it). */
async function rowsIn(database: TestDatabase): Promise<Record<string, number>> {
  if (database.location.dialect === 'sqlite' && !fs.existsSync(database.location.file)) return {};
  const db = createKysely<any>(database.location);
  try {
    const counts: Record<string, number> = {};
    for (const { name } of await listUserTables(db)) {
      const rows = await countRows(db, name);
      if (rows > 0) counts[name] = rows;
    }
    return counts;
  } finally {
    await db.destroy();
  }
}

const imports = [
  { title: 'Banjir', source: 'Air naik. Warga mengungsi.\n\nHujan berhenti.', translation: 'Water rose. Residents fled.\n\nThe rain stopped.' },
  { title: 'Dihapus', source: 'Ini akan dihapus.' },
  { title: 'Kutipan "aneh" \\ ü', source: 'Harga naik 3,5%.\n\nPasar ramai.' },
];

describe(`backup of a ${sourceDialect} library, restored into ${targetDialect}`, () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanup.length > 0) await cleanup.pop()!();
  });

  async function database(dialect: DialectName = sourceDialect): Promise<TestDatabase> {
    const made = await makeTestDatabase(dialect);
    cleanup.push(() => made.drop());
    return made;
  }

  async function filledLibrary() {
    const source = await database();
    const app = await openTestApp(source, { seed: true });
    cleanup.push(() => app.library.close());
    const token = `Bearer ${await apiToken(app)}`;
    for (const body of imports) await request(app.app).post('/api/documents').set('Authorization', token).send(body).expect(201);
    // A gap in the ids: a restore keeps ids.
    await app.db.deleteFrom('documents').where('title', '=', 'Dihapus').execute();
    return { source, app, token };
  }

  it('restores every row, ids and all, so the API reads the same and the token still works', async () => {
    const { source, app, token } = await filledLibrary();
    const file = path.join(source.dataDir, 'library.backup');
    expect(await backup(source, file)).toMatch(/^Backed up .*\n\d+ rows in \d+ tables/);
    const restoredDb = await database(targetDialect);
    const check = await restore(restoredDb, file, '--check');
    expect(check.code, check.err).toBe(0);
    expect(check.out).toContain('The backup is complete and its checksum matches.');
    expect(await rowsIn(restoredDb)).toEqual({});

    const done = await restore(restoredDb, file);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toMatch(new RegExp(`Backup of .* from ${sourceDialect}: restored \\d+ rows`));
    expect(await rowsIn(restoredDb)).toEqual(await rowsIn(source));

    const copy = await openTestApp(restoredDb);
    cleanup.push(() => copy.library.close());
    const [before, after] = await Promise.all([app.app, copy.app].map((a) => request(a).get('/api/documents').expect(200)));
    expect(after.body).toEqual(before.body);
    const ids = before.body.documents.map((d: { id: number }) => d.id).sort((a: number, b: number) => a - b);
    expect(ids).toEqual([1, 2, 4]);
    for (const id of ids) {
      const [a, b] = await Promise.all([app.app, copy.app].map((x) => request(x).get(`/api/documents/${id}`).expect(200)));
      expect(b.body).toEqual(a.body);
    }
    // New rows continue after the restored ids (PostgreSQL's sequences were moved past them).
    const created = await request(copy.app).post('/api/documents').set('Authorization', token).send({ source: 'Baru.' }).expect(201);
    expect(created.body.id).toBe(5);
  });

  it('refuses a damaged, cut-short or foreign file with a clear message and writes nothing', async () => {
    const { source } = await filledLibrary();
    const good = path.join(source.dataDir, 'good.backup');
    await backup(source, good);
    const bytes = fs.readFileSync(good);
    const plain = zlib.gunzipSync(bytes).toString();
    const lines = plain.split('\n');
    const rowLine = lines.findIndex((l, i) => i > 0 && l.includes('Air naik'));
    expect(rowLine).toBeGreaterThan(0);
    const variants: Array<[string, Buffer, RegExp]> = [
      ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), /cut short/],
      ['one byte changed', Buffer.from(bytes.map((b, i) => (i === Math.floor(bytes.length / 2) ? b ^ 0xff : b))), /damaged|checksum|cut short/],
      ['text edited, gzip rebuilt', zlib.gzipSync(plain.replace('Air naik', 'Air turun')), /checksum does not match/],
      ['last line dropped', zlib.gzipSync(lines.slice(0, -2).join('\n') + '\n'), /cut short/],
      ['a row dropped, sum redone by hand', zlib.gzipSync(lines.filter((_, i) => i !== rowLine).join('\n')), /checksum does not match|lists \d+ rows/],
      ['not gzip', Buffer.from('id,source\n1,Air naik\n'), /not a Sejajar backup/],
      ['another format', zlib.gzipSync('{"format":"something-else"}\n'), /not a Sejajar backup/],
      ['a later version', zlib.gzipSync(plain.replace('"version":1', '"version":2')), /format version 2, and this Sejajar reads version 1/],
    ];
    for (const [name, content, message] of variants) {
      const file = path.join(source.dataDir, `${name.replace(/\W+/g, '-')}.backup`);
      fs.writeFileSync(file, content);
      const target = await database(targetDialect);
      const result = await restore(target, file);
      expect(result.code, `${name}: ${result.out}${result.err}`).toBe(1);
      expect(result.err, name).toMatch(message);
      expect(result.err, name).toContain('Nothing was written.');
      expect(await rowsIn(target), name).toEqual({});
      if (target.location.dialect === 'sqlite') expect(fs.existsSync(target.location.file), `${name}: SQLite file created`).toBe(false);
    }
  });

  it.runIf(sourceDialect === 'sqlite')('runs as `sejajar backup` and `sejajar restore --check` from the command line', async () => {
    const { source } = await filledLibrary();
    const file = path.join(source.dataDir, 'cli.backup');
    const env = { ...process.env, ...testEnv(source) };
    const made = await run(process.execPath, [bin, 'backup', file], { env });
    expect(made.stdout).toMatch(/^Backed up .*sejajar\.sqlite to .*cli\.backup\n\d+ rows in \d+ tables/);
    expect((await restore(source, file, '--check')).out).toContain('The backup is complete and its checksum matches.');
    fs.truncateSync(file, 100);
    const refused = await run(process.execPath, [bin, 'restore', '--check', file], { env }).catch((err: { code: number; stderr: string }) => err);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot be restored: it is cut short') });
  }, 30_000);

  it('says so when the backup folder does not exist, leaving nothing behind', async () => {
    const { source } = await filledLibrary();
    const file = `${source.dataDir}/no-such-folder/library.backup`;
    await expect(runBackupCommand([file], capture().stream, capture().stream, testEnv(source))).rejects.toThrow(
      `Cannot write the backup: the folder ${source.dataDir}/no-such-folder does not exist.`,
    );
    expect(fs.readdirSync(source.dataDir).filter((name) => name.includes('snapshot') || name.endsWith('.partial'))).toEqual([]);
  });

  it('restores only into an empty library', async () => {
    const { source } = await filledLibrary();
    const file = path.join(source.dataDir, 'library.backup');
    await backup(source, file);
    const target = await database(targetDialect);
    const other = await openTestApp(target, { seed: true });
    const before = await rowsIn(target);
    await other.library.close();
    const result = await restore(target, file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/The library is not empty \(.*documents: 1.*\)\. A backup is restored only into a new, empty library/);
    expect(await rowsIn(target)).toEqual(before);
  });

  it('restores a backup made before the latest schema change, then runs that change over its rows', async () => {
    const { source, app } = await filledLibrary();
    const names = Object.keys(migrations);
    const [previous, last] = names.slice(-2) as [string, string];
    // The library as the previous version left it: the last migration taken back.
    const migrator = new Migrator({ db: app.db, migrationTableSchema: await currentSchema(app.db), provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo(previous)).error).toBeUndefined();
    const file = path.join(source.dataDir, 'older.backup');
    await writeBackup(app.db, file);

    const ahead = await database(targetDialect);
    await (await openTestApp(ahead)).library.close();
    const refused = await restore(ahead, file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`The library has schema changes the backup was made before (${last})`);

    const target = await database(targetDialect);
    const done = await restore(target, file);
    expect(done.code, done.err).toBe(0);
    const copy = await openTestApp(target);
    cleanup.push(() => copy.library.close());
    expect(copy.library.migrations.applied).toEqual([]);
    expect(await appliedMigrations(copy.db)).toEqual([...names].sort());
    const [before, after] = await Promise.all([app.app, copy.app].map((a) => request(a).get('/api/documents').expect(200)));
    expect(after.body).toEqual(before.body);
  });

  it('keeps every save acknowledged before the backup began while editors go on saving', async () => {
    const source = await database();
    const app = await openTestApp(source, { seed: true });
    cleanup.push(() => app.library.close());
    const server = http.createServer(app.app).listen(0, '127.0.0.1');
    cleanup.push(() => new Promise((resolve) => server.close(() => resolve())));
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const EDITORS = 4;
    const tokens = await Promise.all(Array.from({ length: EDITORS }, () => apiToken(app)));
    const sourceText = Array.from({ length: 8 }, (_, i) => `Kalimat ${i + 1} tentang pasar. Harga cabai naik lagi.`).join('\n\n');
    const englishText = Array.from({ length: 8 }, (_, i) => `Sentence ${i + 1} about the market. Chili prices rose again.`).join('\n\n');
    const created = await request(app.app).post('/api/documents').set('Authorization', `Bearer ${tokens[0]}`).send({ title: 'Beban', source: sourceText, translation: englishText }).expect(201);
    const doc = await request(app.app).get(`/api/documents/${created.body.id}`).expect(200);
    const segments: Array<{ id: number; version: number }> = doc.body.translation.flatMap((p: { sentences: Array<{ id: number; version: number }> }) => p.sentences);
    expect(segments.length).toBe(16);

    // Each editor saves its own segments in turn, so every save is accepted; text per (segment, version) is known.
    interface Save { segment: number; version: number; text: string; sentAt: number; ackedAt?: number }
    const saves: Save[] = [];
    let running = true;
    const editor = async (e: number) => {
      const mine = segments.filter((_, i) => i % EDITORS === e);
      for (let n = 0; running; n++) {
        const segment = mine[n % mine.length]!;
        const save: Save = { segment: segment.id, version: segment.version + 1, text: `Editor ${e} save ${n}.`, sentAt: Date.now() };
        saves.push(save);
        const res = await fetch(`${base}/api/segments/${segment.id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[e]}` },
          body: JSON.stringify({ text: save.text, version: segment.version }),
        });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { version: number }).version).toBe(save.version);
        save.ackedAt = Date.now();
        segment.version = save.version;
      }
    };
    const load = Promise.all(Array.from({ length: EDITORS }, (_, e) => editor(e)));
    while (saves.filter((s) => s.ackedAt).length < 40) await new Promise((resolve) => setTimeout(resolve, 10));

    const file = path.join(source.dataDir, 'under-load.backup');
    const backupStart = Date.now();
    await backup(source, file);
    const backupEnd = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
    running = false;
    await load;
    const duringBackup = saves.filter((s) => s.ackedAt && s.ackedAt > backupStart && s.sentAt < backupEnd).length;
    expect(duringBackup, 'saves acknowledged while the backup ran').toBeGreaterThan(0);

    const target = await database(targetDialect);
    const result = await restore(target, file);
    expect(result.code, result.err).toBe(0);
    const copy = await openTestApp(target);
    cleanup.push(() => copy.library.close());
    const restoredDoc = await request(copy.app).get(`/api/documents/${created.body.id}`).expect(200);
    const restored = new Map<number, { text: string; version: number }>(
      restoredDoc.body.translation.flatMap((p: { sentences: Array<{ id: number; text: string; version: number }> }) => p.sentences.map((s) => [s.id, s])),
    );
    for (const segment of segments) {
      const acked = saves.filter((s) => s.segment === segment.id && s.ackedAt !== undefined && s.ackedAt < backupStart);
      const lastAcked = acked.at(-1);
      const got = restored.get(segment.id)!;
      // Every save acknowledged before the backup began is there: this version or a later one...
      expect(got.version, `segment ${segment.id}`).toBeGreaterThanOrEqual(lastAcked?.version ?? 1);
      // ...and what is there is exactly what one of the saves wrote (no torn or mixed state).
      if (got.version > 1) expect(got.text).toBe(saves.find((s) => s.segment === segment.id && s.version === got.version)?.text);
      const history = await request(copy.app).get(`/api/segments/${segment.id}/revisions`).expect(200);
      expect(history.body.revisions.map((r: { version: number }) => r.version)[0]).toBe(got.version);
    }
    console.log(`${saves.filter((s) => s.ackedAt).length} saves acknowledged, ${duringBackup} while the ${backupEnd - backupStart} ms backup ran`);
  }, 60_000);
});
