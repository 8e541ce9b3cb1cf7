/**
 * Entry point of the bundle that src/bin/sejajar.mjs runs with plain node for
 * every command but the fast ones (fast-entry.ts): the same commands as
 * src/cli.ts, without tsx's loader in the process.
 */
import { commands } from './commands';
import { runCli } from './main';

export function runAll(argv: string[]): void {
  runCli(argv, commands);
}
