#!/usr/bin/env node
// The `sejajar` command runs from bundles of the TypeScript sources with plain
// node (bundle.mjs): `align` and the usage text from a small one, so they
// start fast; every other command, the server among them, from one of the
// whole command line. If a bundle cannot be built or loaded, tsx runs the
// sources as they are; SEJAJAR_NO_BUNDLE=1 always uses tsx.
import { createRequire } from 'node:module';
import { loadBundle } from './bundle.mjs';

const require = createRequire(import.meta.url);

/** First arguments that src/cli/fast-entry.ts handles exactly as src/cli.ts does. */
const FAST = new Set([undefined, 'align', '--help', '-h', 'help']);
/**
 * How much a function runs before V8 optimizes it. The command aligns one
 * document and exits, so most of its time is spent before its code is
 * optimized; with V8's default (67,584) the hot functions are optimized
 * before they have seen all the kinds of values they get, and are
 * deoptimized and compiled again. Six times the default cut the command's
 * CPU time by 15–20% on 2,900 short lines (Node 20), with no change on
 * long ones. Set before the bundle is loaded, for the fast commands only.
 */
const INTERRUPT_BUDGET = 400_000;

const argv = process.argv.slice(2);
const fast = FAST.has(argv[0]);
if (fast) require('node:v8').setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
const bundle = fast ? await loadBundle('align') : await loadBundle('cli');
if (bundle && typeof bundle.runFast === 'function') bundle.runFast(argv);
else if (bundle && typeof bundle.runAll === 'function') bundle.runAll(argv);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli.ts');
}
