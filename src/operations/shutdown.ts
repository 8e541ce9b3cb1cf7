import type { Server } from 'node:http';
import type { Library } from '../library';
import type { Lifecycle } from '../web/health';
import type { Logger } from './logger';

export interface ShutdownParts {
  /** The servers that listen: the app's, and the metrics listener when there is one. */
  servers: Server[];
  library: Library;
  lifecycle: Lifecycle;
  logger: Logger;
  /** How long requests in flight may take before their connections are closed (SHUTDOWN_TIMEOUT_SECONDS). */
  timeoutMs: number;
}

/** How often connections that have finished their request are closed while draining (a kept-alive one would otherwise wait for its next request). */
const IDLE_SWEEP_MS = 100;

/**
 * A graceful stop, for SIGTERM (systemd, a deployment replacing this server):
 * /readyz answers 503 at once, no new connection is accepted, requests in
 * flight are answered (for at most `timeoutMs`, then their connections are
 * closed), the translation job running here is handed back to the queue
 * with its lease released so another server takes it at its next look
 * (TRANSLATE_POLL_MS) rather than when the lease runs out, and the worker
 * threads and the database are closed.
 */
export async function shutDown({ servers, library, lifecycle, logger, timeoutMs }: ShutdownParts): Promise<void> {
  const started = Date.now();
  lifecycle.draining = true;
  logger.info({ timeoutMs }, 'shutting down: finishing requests in flight');
  const closed = Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  const sweep = setInterval(() => servers.forEach((s) => s.closeIdleConnections()), IDLE_SWEEP_MS);
  servers.forEach((s) => s.closeIdleConnections());
  // The job stops taking paragraphs now; what DeepL is translating at this moment is still stored.
  const jobs = library.translation.runner.stop();

  const inTime = await settlesWithin(closed, timeoutMs);
  clearInterval(sweep);
  if (!inTime) {
    logger.warn({ timeoutMs }, 'requests still in flight after the shutdown timeout; closing their connections');
    servers.forEach((s) => s.closeAllConnections());
    await closed;
  }
  if (!(await settlesWithin(jobs, Math.max(0, timeoutMs - (Date.now() - started))))) {
    logger.warn('the translation job did not stop in time; its lease will run out and another server will take it then');
  }
  await library.close();
  logger.info({ durationMs: Date.now() - started }, 'shut down');
}

/** Whether the promise settled within the time (it is left running otherwise). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
