/**
 * The learner's reader, measured in chromium on a long document next to the sample article:
 *
 *   npm run bench:reader                     # 3,000 paragraphs, 15 taps
 *   BENCH_PARAGRAPHS=600 BENCH_TAPS=5 npm run bench:reader
 *
 * - Page weight, first visit, nothing cached: the bytes a browser receives for the anonymous
 *   reader page, its stylesheets and its scripts, before any move on the page, until the network
 *   is idle (a long document's page fetches the popover's script and the first screen's words
 *   when idle: they count, as learner's files; which files those
 *   are is read from chromium's resource timing; their sizes are the bodies as sent, compressed
 *   where the server compresses: the page in brotli, the learner's files in brotli, the other
 *   assets as they are, uncompressed). Compared with the same page without the learner's parts
 *   (its controls, its stylesheet and scripts), whose HTML is compressed as the server compresses
 *   the page. Target: at most 1.15. Printed beside it: the same ratio were every file gzipped,
 *   and what the reader's first move fetches after (the popover's script and style).
 * - Word popover: from the pointerdown of a tap on a word of a sentence never touched (its words
 *   not yet wrapped) until the first frame after the popover shows the word's analysis with its
 *   English partner lit (or says none matched). Three cases, median and worst of each:
 *   a reader's tap (the sentence scrolled into view, then a pause of READING_PAUSE_MS before the
 *   tap, as a person looks before tapping: the words of the screen have been fetched when the
 *   scroll stopped), a tap at once after the scroll (the screen's words may still be on their
 *   way), and the first tap on a freshly opened page with no move before it (the popover's
 *   script and the pressed sentence's words are fetched then, side by side; the server keeps the
 *   explained links of a document's revision, so each fresh page after the first finds the
 *   opening screen's words explained, as a document's later visitors do). Target: under 50 ms at
 *   the median in each case. Beside them,
 *   the round trip of a small static file in the same page, as the machine's reference, and the
 *   time until the popover is in the page (its script done, before the browser draws the frame).
 */
import os from 'node:os';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { importDocument } from '../../src/import/import-document';
import { CachedAnswer } from '../../src/web/page-cache';
import { makeTestApp } from '../support/app';
import { close, launchChromium, listen } from '../support/browser';
import { longDocument } from '../support/long-document';

const paragraphs = Number(process.env.BENCH_PARAGRAPHS ?? 3000);
const taps = Number(process.env.BENCH_TAPS ?? 15);
const READING_PAUSE_MS = 400;
const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } };
const LEARNER = '/assets/learn/';
/** The words of a passage, explained for the popover: the learner's too. */
const isWords = (path: string) => /^\/documents\/\d+\/words\b/.test(path);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

const ctx = await makeTestApp({ seed: true });
const longId = await importDocument(ctx.db, longDocument(paragraphs), ctx.config, ctx.compute);
const { server, url } = await listen(ctx.app);
const browser = await launchChromium();
console.log(`load average ${load()}; ${paragraphs} paragraphs`);

interface Received {
  path: string;
  bytes: number;
}

/** The page's HTML, styles and scripts a fresh browser receives before any move, as received. */
async function firstVisit(documentId: number): Promise<{ html: number; files: Received[] }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${url}/documents/${documentId}`, { waitUntil: 'load' });
  // Until nothing more comes (what a long document fetches when idle counts too).
  await page.waitForLoadState('networkidle');
  const seen = await page.evaluate(() => ({
    html: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).encodedBodySize,
    files: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ path: new URL(r.name).pathname + new URL(r.name).search, bytes: r.encodedBodySize })),
  }));
  await context.close();
  return { html: seen.html, files: seen.files.filter((f) => /\.(css|js)$/.test(f.path) || isWords(f.path)) };
}

/** The page without the learner's controls and files, as the server would send it (brotli, as the page cache does). */
async function withoutLearner(documentId: number): Promise<{ raw: string; bytes: number }> {
  const html = (await request(ctx.app).get(`/documents/${documentId}`).expect(200)).text;
  const bar = /<div class="learn-bar"[\s\S]*?\n<\/div>\n/.exec(html);
  if (!bar) throw new Error('no learner controls on the page');
  const raw = html
    .replace(bar[0], '')
    .replace(/<span class="hint-touch">[\s\S]*?<\/span>/, '')
    .replace(new RegExp(`\\s*<(link|script)[^>]*"${LEARNER}[^"]+"[^>]*>(</script>)?`, 'g'), '');
  if (raw.includes(LEARNER)) throw new Error('a learner file left in the page without the learner');
  return { raw, bytes: (await new CachedAnswer(Buffer.from(raw), 'text/html').encoded('br')).length };
}

async function weights(documentId: number): Promise<void> {
  const visit = await firstVisit(documentId);
  const without = await withoutLearner(documentId);
  const others = visit.files.filter((f) => !f.path.startsWith(LEARNER) && !isWords(f.path));
  const learner = visit.files.filter((f) => f.path.startsWith(LEARNER) || isWords(f.path));
  const sum = (files: Received[]) => files.reduce((n, f) => n + f.bytes, 0);
  const withAll = visit.html + sum(visit.files);
  const withoutAll = without.bytes + sum(others);
  // Were every file gzipped: the same comparison with the other assets compressed too.
  const text = async (path: string) => (await request(ctx.app).get(path).expect(200)).text;
  const gz = async (paths: string[]) => (await Promise.all(paths.map(text))).reduce((n, t) => n + zlib.gzipSync(t).length, 0);
  const withGz = visit.html + (await gz(visit.files.map((f) => f.path)));
  const withoutGz = without.bytes + (await gz(others.map((f) => f.path)));
  const ratio = (a: number, b: number) => (a / b).toFixed(3);
  console.log(
    `document ${documentId}: first visit ${withAll} B received (HTML ${visit.html} B, learner's files ${sum(learner)} B: ${learner.map((f) => f.path.replace(LEARNER, '')).join(', ')}), ` +
      `without the learner ${withoutAll} B (HTML ${without.bytes} B): ratio ${ratio(withAll, withoutAll)} (target 1.15); ` +
      `HTML alone ${ratio(visit.html, without.bytes)}; every file gzipped ${ratio(withGz, withoutGz)}`,
  );
}

async function lazyPart(): Promise<void> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${url}/documents/1`, { waitUntil: 'load' });
  const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
  await page.mouse.wheel(0, 200);
  // The popover's script and style, then the words of the screen.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/words?')), undefined, { timeout: 10_000 });
  const later = await page.evaluate((n) =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).slice(n).map((r) => `${new URL(r.name).pathname.replace(/^.*\//, '')}${new URL(r.name).search} ${r.encodedBodySize} B`), before);
  console.log(`fetched on the first move (a scroll), sample article: ${later.join(', ')}`);
  await context.close();
}

await weights(1);
await weights(longId);
await lazyPart();

/** A tap's time to the frame after the popover showed, to the popover in the page (before that frame), and whether a partner was lit. */
interface Tap {
  ms: number;
  inPage: number;
  partner: boolean;
}

/** Arms the page to time the next tap: pointerdown's time to the frame after the popover shows its analysis and lit partner. */
async function armTap(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Tap = { ms: number; inPage: number; partner: boolean };
    const w = window as unknown as { tapResult: Promise<Tap> };
    let down = 0;
    document.addEventListener('pointerdown', (e) => (down = e.timeStamp), { once: true, capture: true });
    w.tapResult = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const pop = document.getElementById('word-popover');
        if (!pop || pop.hidden || !pop.querySelector('.wp-statuses')) return;
        observer.disconnect();
        const partner = document.querySelector('.cell-target .w.is-word-partner') !== null;
        const inPage = performance.now() - down;
        const next = new MessageChannel();
        next.port1.onmessage = () => resolve({ ms: performance.now() - down, inPage, partner });
        requestAnimationFrame(() => next.port2.postMessage(null));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  });
}

/** Where a person would tap the first long word of a sentence, found without touching it. */
function wordPoint(page: Page, index: number): Promise<{ x: number; y: number }> {
  return page.locator('.cell-source .sent').nth(index).evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode() as Text;
    while (!/[\p{L}]{5,}/u.test(text.data)) text = walker.nextNode() as Text;
    const m = /[\p{L}]{5,}/u.exec(text.data)!;
    const range = document.createRange();
    range.setStart(text, m.index);
    range.setEnd(text, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

async function tapAndTime(page: Page, point: { x: number; y: number }): Promise<Tap> {
  await armTap(page);
  await page.touchscreen.tap(point.x, point.y);
  const result = await page.evaluate(() => Promise.race([
    (window as unknown as { tapResult: Promise<Tap> }).tapResult,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no popover within 10 s')), 10_000)),
  ]));
  await page.keyboard.press('Escape');
  return result;
}

const target = (results: Tap[]) => ` (target 50 ms: ratio ${(median(results.map((r) => r.ms)) / 50).toFixed(2)})`;

function report(name: string, results: Tap[], goal: string) {
  const times = results.map((r) => r.ms);
  const lit = results.filter((r) => r.partner).length;
  console.log(`${name}: median ${median(times).toFixed(1)} ms, worst ${Math.max(...times).toFixed(1)} ms over ${results.length} taps, ` +
    `partner lit on ${lit}${goal}; the popover in the page (before its frame) median ${median(results.map((r) => r.inPage)).toFixed(1)} ms`);
}

try {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${url}/documents/${longId}`, { waitUntil: 'load' });
  const sentences = await page.locator('.cell-source .sent').count();
  const afterPause: Tap[] = [];
  const atOnce: Tap[] = [];
  const references: number[] = [];
  for (let n = 0; n < 2 * taps; n++) {
    // Alternately: a pause after the scroll, none; spread over the document.
    const index = Math.floor(((n + 0.5) * sentences) / (2 * taps));
    await page.locator('.cell-source .sent').nth(index).scrollIntoViewIfNeeded();
    const paused = n % 2 === 0;
    if (paused) await page.waitForTimeout(READING_PAUSE_MS);
    (paused ? afterPause : atOnce).push(await tapAndTime(page, await wordPoint(page, index)));
    references.push(await page.evaluate(async () => {
      const start = performance.now();
      await fetch(`/assets/favicon.svg?${Math.random()}`, { cache: 'no-store' }).then((r) => r.text());
      return performance.now() - start;
    }));
  }
  await context.close();
  report(`a reader's tap (${READING_PAUSE_MS} ms after the scroll)`, afterPause, target(afterPause));
  report('a tap at once after the scroll', atOnce, target(atOnce));

  const firstTaps: Tap[] = [];
  for (let n = 0; n < Math.max(3, Math.ceil(taps / 3)); n++) {
    const fresh = await browser.newContext(PHONE);
    const freshPage = await fresh.newPage();
    await freshPage.goto(`${url}/documents/${longId}`, { waitUntil: 'load' });
    // A sentence on the first screen, found without scrolling (a scroll is a move).
    const onScreen = await freshPage.locator('.cell-source .sent').evaluateAll((els) => els.findIndex((el) => {
      const r = el.getBoundingClientRect();
      return r.top > 0 && r.bottom < window.innerHeight && /[\p{L}]{5,}/u.test(el.textContent ?? '');
    }));
    if (onScreen < 0) throw new Error('no sentence on the first screen');
    firstTaps.push(await tapAndTime(freshPage, await wordPoint(freshPage, onScreen)));
    await fresh.close();
  }
  report('the first tap on a freshly opened page, no move before', firstTaps, target(firstTaps));
  console.log(`a static file's round trip in the page: median ${median(references).toFixed(1)} ms`);
} finally {
  await browser.close();
  await close(server);
  await ctx.close();
}
console.log(`load average ${load()}`);
