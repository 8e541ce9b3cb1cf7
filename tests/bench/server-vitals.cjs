// Preloaded into the benchmark's server process (NODE_OPTIONS=--require) to measure it from the
// inside: event-loop delay and resident memory. On SIGUSR2 it writes what it saw since the last
// signal to BENCH_VITALS_FILE and starts a new interval; the largest RSS is kept for the whole run, and for the interval.
const fs = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { isMainThread } = require('node:worker_threads');

const file = process.env.BENCH_VITALS_FILE;
if (file && isMainThread) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let rssMax = process.memoryUsage.rss();
  let rssIntervalMax = rssMax;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    rssMax = Math.max(rssMax, rss);
    rssIntervalMax = Math.max(rssIntervalMax, rss);
  }, 100);
  sampler.unref();
  const ms = (ns) => Math.round(ns / 1e5) / 10;
  process.on('SIGUSR2', () => {
    const vitals = { delayP50: ms(delay.percentile(50)), delayP99: ms(delay.percentile(99)), delayMax: ms(delay.max), rssMaxMb: Math.round(rssMax / 2 ** 20), rssIntervalMaxMb: Math.round(rssIntervalMax / 2 ** 20) };
    fs.writeFileSync(file, JSON.stringify(vitals));
    delay.reset();
    rssIntervalMax = process.memoryUsage.rss();
  });
}
