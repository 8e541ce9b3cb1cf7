/**
 * The edit page in chromium: a long document next to the sample article, in one run.
 *
 *   npm run bench:editor                    # 2,891 paragraphs, 5 alignment changes, 60 keys
 *   BENCH_PARAGRAPHS=600 npm run bench:editor
 *
 * For each document it prints:
 * - the page: HTML bytes and DOM nodes after load;
 * - interactive: from navigation start until the deferred editor script has run and the
 *   sentences take input (DOMContentLoaded's end), and until the load event;
 * - an alignment change: a link merged (and the merge undone) from the click until the page has
 *   put the answer's passages in place (the script's `editor:updated` event), median of the runs;
 * - typing: per key, from keydown until the browser has handled the input and laid the page out
 *   again (a layout forced right after the input event), median and 95th percentile.
 * The targets: interactive under 1.5 s, an alignment change under 150 ms, typing under 16 ms per key.
 * Figures depend on the machine and its load; the load average is printed before and after.
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { importDocument } from '../../src/import/import-document';
import { makeTestApp } from '../support/app';
import { createTestUser, TEST_PASSWORD } from '../support/auth';
import { close, launchChromium, listen, signInPage } from '../support/browser';
import { longDocument } from '../support/long-document';

const paragraphs = Number(process.env.BENCH_PARAGRAPHS ?? 2891);
const changes = Number(process.env.BENCH_CHANGES ?? 5);
const keys = Number(process.env.BENCH_KEYS ?? 60);

interface Figures {
  htmlBytes: number;
  domNodes: number;
  interactiveMs: number;
  loadMs: number;
  mergeMs: Change[];
  undoMs: Change[];
  keyMs: number[];
  goToMs: number;
}

const loadAverage = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

interface Change {
  /** From the click until the passages are in place. */
  total: number;
  /** Of that, the request until its answer arrived (resource timing). */
  request: number;
  /** Of that, the server's time on the change itself and on the passages to send (its Server-Timing). */
  change: number;
  rows: number;
}

/** Clicks a button in the page and waits for the script to have put the answer in place. */
function timedChange(page: Page, selector: string): Promise<Change> {
  return page.evaluate(
    (sel) =>
      new Promise<Change>((resolve, reject) => {
        const root = document.getElementById('editor')!;
        const button = document.querySelector<HTMLElement>(sel);
        if (!button) return reject(new Error(`no ${sel}`));
        performance.clearResourceTimings();
        const start = performance.now();
        root.addEventListener(
          'editor:updated',
          () => {
            const total = performance.now() - start;
            const sent = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.includes('/api/documents/'));
            // No named helper here: the bundler would wrap it in a function the page does not have.
            const timings: Record<string, number> = {};
            for (const t of sent?.serverTiming ?? []) timings[t.name] = t.duration;
            resolve({ total, request: sent ? sent.responseEnd - sent.startTime : NaN, change: timings.change ?? NaN, rows: timings.rows ?? NaN });
          },
          { once: true },
        );
        button.click();
      }),
    selector,
  );
}

/** Goes to a passage through the go-to form and waits until it has the focus. */
function timedGoTo(page: Page, passage: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve) => {
        const root = document.getElementById('editor')!;
        const form = document.getElementById('goto-form') as HTMLFormElement;
        (document.getElementById('goto-passage') as HTMLInputElement).value = String(n);
        const start = performance.now();
        root.addEventListener('editor:shown', () => resolve(performance.now() - start), { once: true });
        form.requestSubmit();
      }),
    passage,
  );
}

/** Types into the first sentence and measures each key in the page. */
async function typing(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { keyTimes: number[] }).keyTimes = times;
    let start = 0;
    window.addEventListener('keydown', () => (start = performance.now()), true);
    window.addEventListener('input', (event) => {
      // Reading a box's size makes the browser do now the style and layout work the key caused.
      (event.target as HTMLElement).getBoundingClientRect();
      document.body.offsetHeight;
      times.push(performance.now() - start);
    });
  });
  const area = page.locator('.seg-text').first();
  await area.focus();
  await area.press('End');
  for (let i = 0; i < keys; i++) await page.keyboard.press(i % 10 === 9 ? 'Space' : 'a');
  const times = await page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes);
  // Leave no draft behind for the next page.
  await area.press('Escape');
  return times;
}

async function measure(page: Page, url: string): Promise<Figures> {
  const answer = await page.goto(url, { waitUntil: 'load' });
  const htmlBytes = (await answer!.body()).length;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { interactiveMs: nav.domContentLoadedEventEnd, loadMs: nav.loadEventEnd, domNodes: document.getElementsByTagName('*').length };
  });
  const mergeMs: Change[] = [];
  const undoMs: Change[] = [];
  for (let i = 0; i < changes; i++) {
    mergeMs.push(await timedChange(page, '#link-2 [data-op="merge"]'));
    undoMs.push(await timedChange(page, '#undo'));
  }
  const keyMs = await typing(page);
  const last = await page.evaluate(() => Number(document.getElementById('rows')!.getAttribute('data-count')));
  return { htmlBytes, ...timing, mergeMs, undoMs, keyMs, goToMs: await timedGoTo(page, Math.max(1, Math.floor(last * 0.7))) };
}

function report(name: string, f: Figures, reference?: Figures): void {
  const ratio = (a: number, b?: number) => (b ? ` (${(a / b).toFixed(1)}× the sample)` : '');
  console.log(`\n${name}`);
  console.log(`  page: ${(f.htmlBytes / 1024).toFixed(0)} KiB of HTML, ${f.domNodes} DOM nodes`);
  console.log(`  interactive: ${f.interactiveMs.toFixed(0)} ms${ratio(f.interactiveMs, reference?.interactiveMs)}; load event ${f.loadMs.toFixed(0)} ms   [target < 1500 ms]`);
  const change = (label: string, runs: Change[], ref?: Change[], target = '') => {
    const total = median(runs.map((r) => r.total));
    const request = median(runs.map((r) => r.request));
    const server = `server: change ${median(runs.map((r) => r.change)).toFixed(0)} ms, passages ${median(runs.map((r) => r.rows)).toFixed(0)} ms`;
    const max = Math.max(...runs.map((r) => r.total));
    const refTotal = ref && median(ref.map((r) => r.total));
    console.log(`  ${label}: median ${total.toFixed(0)} ms (request ${request.toFixed(0)} ms; ${server}), max ${max.toFixed(0)} ms${ratio(total, refTotal)}${target}`);
  };
  change('alignment change (merge)', f.mergeMs, reference?.mergeMs, '   [target < 150 ms]');
  change('undo', f.undoMs, reference?.undoMs);
  const key = median(f.keyMs);
  console.log(`  go to a passage 70% down: ${f.goToMs.toFixed(0)} ms${ratio(f.goToMs, reference?.goToMs)}`);
  console.log(`  typing: median ${key.toFixed(1)} ms per key, p95 ${percentile(f.keyMs, 0.95).toFixed(1)} ms (${f.keyMs.length} keys)${ratio(key, reference && median(reference.keyMs))}   [target < 16 ms]`);
}

async function main(): Promise<void> {
  console.log(`editor benchmark: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average ${loadAverage()}`);
  const ctx = await makeTestApp({ seed: true });
  const { server, url } = await listen(ctx.app);
  const browser = await launchChromium();
  try {
    const sample = await ctx.db.selectFrom('documents').select('id').orderBy('id').executeTakeFirstOrThrow();
    const started = performance.now();
    const longId = await importDocument(ctx.db, longDocument(paragraphs), ctx.config);
    console.log(`imported ${paragraphs} paragraphs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const user = await createTestUser(ctx, { name: 'bench' });
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInPage(page, url, user.name, TEST_PASSWORD);
    // A first visit warms the server's templates and the browser's cache of the script and styles.
    await page.goto(`${url}/documents/${sample.id}/edit`);
    const reference = await measure(page, `${url}/documents/${sample.id}/edit`);
    const long = await measure(page, `${url}/documents/${longId}/edit`);
    report('sample article (reference)', reference);
    report(`long document, ${paragraphs} paragraphs`, long, reference);
    console.log(`\nload average after: ${loadAverage()}`);
  } finally {
    await browser.close();
    await close(server);
    await ctx.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
