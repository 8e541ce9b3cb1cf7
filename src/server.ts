import http, { type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import express, { type Express } from 'express';
import { databaseLocation, loadConfig, type Config } from './config';
import { createSetupLinkIfNoUsers } from './accounts/setup';
import { seedIfEmpty } from './import/seed';
import { openLibrary } from './library';
import { createLogger } from './operations/logger';
import { shutDown } from './operations/shutdown';
import { describeLocation } from './store/dialect';
import { createApp } from './web/app';
import type { Lifecycle } from './web/health';
import { ServerMetrics } from './web/metrics';

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

/** Time past the shutdown timeout after which a stop that hangs (a database that does not answer) ends the process anyway. */
const EXIT_GRACE_MS = 10_000;

/** Opens the library, loads the samples into a new one, and serves it; SIGTERM and SIGINT stop it gracefully (operations/shutdown.ts). */
export async function startServer(config: Config = loadConfig()): Promise<Server> {
  const logger = createLogger({ level: config.logLevel });
  const library = await openLibrary(config, { housekeeping: true, logger });
  const lifecycle: Lifecycle = { draining: false };
  // Off by default: nothing is measured unless some way to read the metrics is set.
  const metrics = config.metricsToken || config.metricsPort ? new ServerMetrics(library.db, library.compute) : undefined;
  let server: Server;
  let setupToken: string | null;
  const servers: Server[] = [];
  try {
    await seedIfEmpty(library.db, config.seedsDir, config);
    setupToken = await createSetupLinkIfNoUsers(library.db, config.accounts);
    server = createHttpServer(await createApp({ ...library, metrics, lifecycle }), config);
    if (metrics && config.metricsPort) servers.push(await listenForMetrics(metrics, config.metricsPort));
  } catch (err) {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await library.close();
    throw err;
  }
  servers.unshift(server);
  library.translation.runner.start();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => {
      server.off('error', reject);
      logger.info({ port: config.port, metricsPort: config.metricsPort }, `Sejajar is serving http://localhost:${config.port} (data in ${describeLocation(databaseLocation(config))})`);
      if (setupToken) {
        // Plain text for the person starting the server, once: the link is a credential and stays out of the structured log.
        const hours = Math.round(config.accounts.setupLinkTtlMs / 3_600_000);
        console.log(`No users yet. Create the first admin (link valid once, for ${hours} h): http://localhost:${config.port}/setup/${setupToken}`);
        console.log('Or run: sejajar user add NAME --admin');
      }
      resolve(server);
    });
    // A second signal while stopping is not caught again: it ends the process at once.
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'stop requested');
      setTimeout(() => process.exit(1), config.shutdownTimeoutMs + EXIT_GRACE_MS).unref();
      shutDown({ servers, library, lifecycle, logger, timeoutMs: config.shutdownTimeoutMs }).then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** METRICS_PORT: /metrics alone, on the loopback address only, for a Prometheus on the same machine. */
function listenForMetrics(metrics: ServerMetrics, port: number): Promise<Server> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', metrics.serve);
  const server = http.createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startServer().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
