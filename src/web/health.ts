import { Router, type Response } from 'express';
import { sql } from 'kysely';
import type { Compute } from '../compute/compute';
import type { Logger } from '../operations/logger';
import type { Db } from '../store/database';
import { pendingMigrations } from '../store/migration-state';

/** Whether the server is going away (SIGTERM received): it then answers not ready, so a load balancer sends nothing new. */
export interface Lifecycle {
  draining: boolean;
}

/** A check that has not answered in this time counts as failed: a load balancer must not wait on a hung database. */
const CHECK_TIMEOUT_MS = 2_000;

type CheckResult = 'ok' | 'failed' | 'timeout' | 'pending' | 'closed' | 'draining';

interface HealthDeps {
  db: Db;
  compute: Compute;
  lifecycle: Lifecycle;
  logger: Logger;
}

/**
 * `/healthz`: the process answers (for a supervisor deciding to restart it).
 * `/readyz`: it can serve: the database answers, its schema has every
 * migration this version knows, the worker pool takes work, and no shutdown
 * has begun (for a load balancer deciding to send it requests). Both answer
 * short JSON with no names, addresses or error messages; the reason a check
 * failed goes to the log, once per change.
 */
export function healthRouter({ db, compute, lifecycle, logger }: HealthDeps): Router {
  const router = Router();
  let lastReady: boolean | undefined;

  router.get('/healthz', (_req, res) => {
    noStore(res).json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const failures: Record<string, unknown> = {};
    const check = async (name: string, run: () => Promise<CheckResult>): Promise<CheckResult> => {
      try {
        return await withTimeout(run());
      } catch (err) {
        failures[name] = err instanceof Error ? err.message : String(err);
        return 'failed';
      }
    };
    const database = await check('database', async () => (await sql`select 1`.execute(db), 'ok'));
    const migrations = database === 'ok' ? await check('migrations', async () => ((await pendingMigrations(db)).length === 0 ? 'ok' : 'pending')) : 'failed';
    const workers: CheckResult = compute.stats().open ? 'ok' : 'closed';
    const server: CheckResult = lifecycle.draining ? 'draining' : 'ok';
    const checks = { database, migrations, workers, server };
    const ready = Object.values(checks).every((c) => c === 'ok');
    if (ready !== lastReady) {
      if (ready) logger.info({ checks }, 'ready');
      else logger.warn({ checks, failures }, 'not ready');
      lastReady = ready;
    }
    noStore(res)
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'not ready', checks });
  });
  return router;
}

function noStore(res: Response): Response {
  return res.set('Cache-Control', 'no-store');
}

function withTimeout(check: Promise<CheckResult>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CHECK_TIMEOUT_MS);
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}
