import http, { type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { Express } from 'express';
import { databaseLocation, loadConfig, type Config } from './config';
import { createSetupLinkIfNoUsers } from './accounts/setup';
import { seedIfEmpty } from './import/seed';
import { openLibrary } from './library';
import { describeLocation } from './store/dialect';
import { createApp } from './web/app';

/** Headers are a few kilobytes: a client that has not sent them in this time is not going to. */
const HEADERS_TIMEOUT_MS = 20_000;
/**
 * An idle kept-alive connection is closed after this. Browsers reopen one at
 * no visible cost; a reverse proxy that keeps its own connections open longer
 * than this should be set to a shorter idle time than the server's.
 */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How often Node looks for requests past their time; a timeout may be exceeded by up to this much. */
const TIMEOUT_CHECK_MS = 2_000;

/**
 * The HTTP server around the app, with time limits for clients: a request
 * must arrive whole within REQUEST_TIMEOUT_SECONDS (Node's own default, 300 s,
 * lets a client that declares a large body and trickles it hold a
 * connection for five minutes). Time spent answering is not limited.
 */
export function createHttpServer(app: Express, config: Pick<Config, 'requestTimeoutMs'>): Server {
  const server = http.createServer(
    {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, config.requestTimeoutMs),
      connectionsCheckingInterval: TIMEOUT_CHECK_MS,
    },
    app,
  );
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  return server;
}

/** Opens the library, loads the samples into a new one, and serves it. */
export async function startServer(config: Config = loadConfig()): Promise<Server> {
  const library = await openLibrary(config, { housekeeping: true });
  let server: Server;
  let setupToken: string | null;
  try {
    await seedIfEmpty(library.db, config.seedsDir, config);
    setupToken = await createSetupLinkIfNoUsers(library.db, config.accounts);
    server = createHttpServer(await createApp(library), config);
  } catch (err) {
    await library.close();
    throw err;
  }
  library.translation.runner.start();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => {
      server.off('error', reject);
      console.log(`Sejajar is serving http://localhost:${config.port} (data in ${describeLocation(databaseLocation(config))})`);
      if (setupToken) {
        const hours = Math.round(config.accounts.setupLinkTtlMs / 3_600_000);
        console.log(`No users yet. Create the first admin (link valid once, for ${hours} h): http://localhost:${config.port}/setup/${setupToken}`);
        console.log('Or run: sejajar user add NAME --admin');
      }
      resolve(server);
    });
    const shutdown = () => server.close(() => void library.close().finally(() => process.exit(0)));
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startServer().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
