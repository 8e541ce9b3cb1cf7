/**
 * Entry point of the bundle that src/bin/sejajar.mjs runs with plain node (no
 * tsx) for the commands that must start fast: `align`, and the usage text.
 * Everything it imports is bundled, so nothing in it may depend on where the
 * bundle file lies (no import.meta, no computed import specifiers).
 */
import { runAlignCommand } from './align-command';
import { runCli } from './main';

export function runFast(argv: string[]): void {
  runCli(argv, { align: (args) => runAlignCommand(args, process.stdout) });
}
