import fs from 'node:fs';
import type { ServerProcess } from '../support/server-process';

/** What a benchmark's server process measures of itself (server-vitals.cjs, preloaded). */
export interface Vitals {
  delayP50: number;
  delayP99: number;
  delayMax: number;
  /** The largest resident memory since the server started, and since the last call. */
  rssMaxMb: number;
  rssIntervalMaxMb: number;
}

/** What the server measured of itself since the last call (server-vitals.cjs answers SIGUSR2). */
export async function serverVitals(server: ServerProcess, file: string): Promise<Vitals> {
  fs.rmSync(file, { force: true });
  server.child.kill('SIGUSR2');
  for (let i = 0; i < 100 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 20));
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Vitals;
}
