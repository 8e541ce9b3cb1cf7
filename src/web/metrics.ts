import { timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import type { Counter, Histogram, Registry } from 'prom-client';
import type { Compute } from '../compute/compute';
import { loadPackage } from '../load-package';
import type { Db } from '../store/database';
import { jobTotals, type JobTotals } from '../store/job-totals';
import type { JobStatus } from '../store/schema';
import type { AnswerCache } from './page-cache';
import type { RequestRecord } from './request-log';

/** prom-client, loaded when metrics are asked for (METRICS_TOKEN or METRICS_PORT). */
const promClient = loadPackage<typeof import('prom-client')>('prom-client');

const JOB_STATUSES: JobStatus[] = ['queued', 'running', 'done', 'failed', 'cancelled'];

/**
 * The server's Prometheus metrics, in a registry of its own (one per app, so
 * two libraries in one process do not mix): requests and their latency per
 * route pattern, Node's own figures (event-loop delay, memory, garbage
 * collection), the worker pool's queue, the translation jobs and DeepL's
 * billed characters in the library, and how often the ready answers
 * (reader pages, API documents) were found kept.
 *
 * Job figures are read from the database when scraped, so every server of
 * a library reports the same, library-wide values.
 */
export class ServerMetrics {
  readonly registry: Registry;
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly latency: Histogram<'method' | 'route'>;
  private answers?: AnswerCache;

  constructor(db: Db, compute: Compute) {
    const { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } = promClient();
    this.registry = new Registry();
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({ name: 'sejajar_http_requests_total', help: 'Answered requests by method, route pattern and status', labelNames: ['method', 'route', 'status'], registers });
    this.latency = new Histogram({
      name: 'sejajar_http_request_duration_seconds',
      help: 'Time from a request arriving to its answer being sent, by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    new Gauge({
      name: 'sejajar_worker_pool_queue',
      help: 'Tasks waiting for a worker thread (alignment, imports, exports)',
      registers,
      collect() {
        this.set(compute.stats().queued);
      },
    });
    new Gauge({
      name: 'sejajar_worker_pool_threads',
      help: 'Worker threads running',
      registers,
      collect() {
        this.set(compute.stats().threads);
      },
    });
    // One query serves both job figures of a scrape.
    let totals: { at: number; value: Promise<JobTotals> } | undefined;
    const recentTotals = () => {
      if (!totals || Date.now() - totals.at > 1_000) totals = { at: Date.now(), value: jobTotals(db) };
      return totals.value;
    };
    new Gauge({
      name: 'sejajar_translation_jobs',
      help: 'Translation jobs in the library by status',
      labelNames: ['status'],
      registers,
      async collect() {
        const { byStatus } = await recentTotals();
        for (const status of JOB_STATUSES) this.set({ status }, byStatus[status] ?? 0);
      },
    });
    new Gauge({
      name: 'sejajar_translation_billed_characters',
      help: 'Characters DeepL billed over all translation jobs in the library',
      registers,
      async collect() {
        this.set((await recentTotals()).billedCharacters);
      },
    });
    const answers = () => this.answers?.lookups ?? new Map<string, { hits: number; misses: number }>();
    new Counter({
      name: 'sejajar_answer_cache_lookups_total',
      help: 'Lookups of kept answers by kind (reader: anonymous reader pages, api: API documents) and result (hit, miss)',
      labelNames: ['kind', 'result'],
      registers,
      collect() {
        this.reset();
        for (const [kind, { hits, misses }] of answers()) {
          this.inc({ kind, result: 'hit' }, hits);
          this.inc({ kind, result: 'miss' }, misses);
        }
      },
    });
    new Gauge({
      name: 'sejajar_answer_cache_hit_ratio',
      help: 'Share of lookups of kept answers that found one, by kind, since the server started',
      labelNames: ['kind'],
      registers,
      collect() {
        for (const [kind, { hits, misses }] of answers()) this.set({ kind }, hits + misses === 0 ? 0 : hits / (hits + misses));
      },
    });
    const self = this;
    new Gauge({
      name: 'sejajar_answer_cache_bytes',
      help: 'Memory held by kept answers, compressed copies included',
      registers,
      collect() {
        this.set(self.answers?.bytes ?? 0);
      },
    });
  }

  /** The app's cache of ready answers, made with the app. */
  watchAnswers(answers: AnswerCache): void {
    this.answers = answers;
  }

  /** Counts one answered request (request-log.ts calls this). */
  readonly observe = (record: RequestRecord): void => {
    this.requests.inc({ method: record.method, route: record.route, status: String(record.status) });
    this.latency.observe({ method: record.method, route: record.route }, record.seconds);
  };

  /** The text format Prometheus scrapes. */
  readonly serve: RequestHandler = async (_req, res) => {
    const body = await this.registry.metrics();
    res.set('Content-Type', this.registry.contentType).set('Cache-Control', 'no-store').send(body);
  };
}

/**
 * GET /metrics on the server's own port: only with METRICS_TOKEN set and sent
 * as a bearer token; otherwise it answers 404 like any unknown path, so a
 * server without the setting does not show that it has metrics at all.
 */
export function metricsRouter(metrics: ServerMetrics, token: string | null): Router {
  const router = Router();
  router.get('/metrics', (req, res, next) => {
    if (!token || !bearerMatches(req.get('authorization'), token)) return next();
    return metrics.serve(req, res, next);
  });
  return router;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const sent = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!sent) return false;
  const [a, b] = [Buffer.from(sent), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}
