import net from 'node:net';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestApp } from '../support/app';
import { makeTestDatabase, testDialect, type TestDatabase } from '../support/database';

/*
 * /healthz and /readyz. "The database is down" is made real on each
 * database: a SQLite library whose connection is closed under the server,
 * and a PostgreSQL server reached through a TCP relay that the test cuts
 * (refusing connections) or turns into a black hole (accepting and never
 * answering), then mends.
 */

/** A TCP relay to PostgreSQL that can refuse, swallow, or pass connections. */
async function relayTo(target: { host: string; port: number }) {
  let mode: 'pass' | 'swallow' = 'pass';
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (mode === 'swallow') return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  const listen = (port = 0) => new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
  const port = await listen();
  const cutAll = () => sockets.forEach((s) => s.destroy());
  return {
    port,
    /** Closes the port (new connections are refused) and drops every open connection. */
    async cut() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        cutAll();
      });
    },
    async mend() {
      mode = 'pass';
      await listen(port);
    },
    /** Connections are accepted and never answered; open ones are dropped. */
    swallow() {
      mode = 'swallow';
      cutAll();
    },
    async stop() {
      cutAll();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe(`health and readiness on ${testDialect()}`, () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    while (cleanup.length > 0) await cleanup.pop()!();
  });

  async function app(database?: TestDatabase, env: NodeJS.ProcessEnv = {}) {
    const db = database ?? (await makeTestDatabase());
    if (!database) cleanup.push(() => db.drop());
    const opened = await openTestApp(db, { env });
    cleanup.push(() => opened.library.close());
    return opened;
  }

  it('answers healthz and readyz with short JSON, no secrets and no caching', async () => {
    const { app: server } = await app();
    const health = await request(server).get('/healthz').expect(200);
    expect(health.body).toEqual({ status: 'ok' });
    expect(health.headers['cache-control']).toBe('no-store');
    const ready = await request(server).get('/readyz').expect(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', workers: 'ok', server: 'ok' } });
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('is not ready when a migration is missing, the worker pool is closed or a shutdown has begun', async () => {
    const database = await makeTestDatabase();
    cleanup.push(() => database.drop());
    const lifecycle = { draining: false };
    const opened = await openTestApp(database);
    cleanup.push(() => opened.library.close());
    const { createApp } = await import('../../src/web/app');
    const server = await createApp({ ...opened.library, lifecycle });

    const [last] = (await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(opened.db)).rows;
    await sql`delete from kysely_migration where name = ${last!.name}`.execute(opened.db);
    const pending = await request(server).get('/readyz').expect(503);
    expect(pending.body).toEqual({ status: 'not ready', checks: { database: 'ok', migrations: 'pending', workers: 'ok', server: 'ok' } });
    await sql`insert into kysely_migration (name, timestamp) values (${last!.name}, ${new Date().toISOString()})`.execute(opened.db);
    await request(server).get('/readyz').expect(200);

    lifecycle.draining = true;
    expect((await request(server).get('/readyz').expect(503)).body.checks.server).toBe('draining');
    await request(server).get('/healthz').expect(200);
    lifecycle.draining = false;

    await opened.library.compute.close();
    expect((await request(server).get('/readyz').expect(503)).body.checks.workers).toBe('closed');
  });

  it.runIf(testDialect() === 'sqlite')('is not ready once the SQLite library cannot be read, while healthz still answers', async () => {
    const { app: server, db } = await app();
    await request(server).get('/readyz').expect(200);
    await db.destroy();
    const down = await request(server).get('/readyz').expect(503);
    expect(down.body).toEqual({ status: 'not ready', checks: { database: 'failed', migrations: 'failed', workers: 'ok', server: 'ok' } });
    await request(server).get('/healthz').expect(200);
  });

  it.runIf(testDialect() === 'postgres')('is not ready while PostgreSQL cannot be reached or does not answer, and ready again after', async () => {
    const database = await makeTestDatabase();
    cleanup.push(() => database.drop());
    const url = new URL(database.databaseUrl!);
    const relay = await relayTo({ host: url.hostname, port: Number(url.port || 5432) });
    cleanup.push(() => relay.stop());
    url.hostname = '127.0.0.1';
    url.port = String(relay.port);
    const relayed: TestDatabase = { ...database, databaseUrl: url.toString(), location: { dialect: 'postgres', url: url.toString(), poolSize: 2 } };
    const { app: server } = await app(relayed);
    await request(server).get('/readyz').expect(200);

    await relay.cut();
    const refused = await request(server).get('/readyz').expect(503);
    expect(refused.body.checks).toMatchObject({ database: 'failed', workers: 'ok' });
    expect(JSON.stringify(refused.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|postgres/);
    await request(server).get('/healthz').expect(200);

    await relay.mend();
    relay.swallow();
    const started = Date.now();
    const hung = await request(server).get('/readyz').expect(503);
    expect(hung.body.checks.database).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);

    await relay.stop();
    await relay.mend();
    let again = await request(server).get('/readyz');
    for (let i = 0; again.status !== 200 && i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await request(server).get('/readyz');
    }
    expect(again.status).toBe(200);
  }, 30_000);
});
