import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { TestDatabase } from './database';

/** Characters of a server's output kept for failure messages. */
const OUTPUT_KEPT = 64 * 1024;

const bin = path.resolve(import.meta.dirname, '../../src/bin/sejajar.mjs');

/*
 * Real server processes on one test database, for what in-process instances
 * cannot show: a process killed with SIGKILL in the middle of its work (a
 * translation job it had claimed, a save it had begun) while another process
 * carries on. Start two with `startServerProcess(database)` on one
 * `makeTestDatabase()`, talk to them with fetch at `url`, and `stop('SIGKILL')` one.
 */

/** A `sejajar serve` process on a test database, reachable at `url`. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Output so far, for failure messages. */
  output(): string;
  /** Sends the signal and waits until the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function serverEnv(database: TestDatabase, port: number, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: database.dataDir, ...env };
  if (database.databaseUrl) merged.DATABASE_URL = database.databaseUrl;
  else delete merged.DATABASE_URL;
  return merged;
}

/** Starts a server process and resolves once it listens (it seeds an empty library, as in production). */
export async function startServerProcess(database: TestDatabase, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], { env: serverEnv(database, port, env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let listening = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      // Only the last lines are kept, and the start line is looked for until it came: a server logs
      // a line per request, and a benchmark's client shares the machine with it.
      output += chunk.toString();
      if (output.length > OUTPUT_KEPT) output = output.slice(output.indexOf('\n', output.length - OUTPUT_KEPT) + 1);
      if (!listening && output.includes('Sejajar is serving')) {
        listening = true;
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`sejajar serve exited with ${code} before listening:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
