// WASM lint benchmark in headless Chromium (not a test).
//
//   node e2e/bench.mjs SAMPLE CORPUS_DIR [DIST_DIR]
//
// Serves the release build in DIST_DIR (default dist/) on a local port, opens it in Chromium,
// waits for Trunk's `window.wasmBindings`, and calls `bench_lint_times(text, batches, runs)` (or
// the older `bench_lint(text, runs)`) for the sample and for every posting of CORPUS_DIR/postings
// concatenated (provenance headers removed). Prints milliseconds per run: mean, median, fastest.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright');

const [sampleArg, corpusArg, distArg] = process.argv.slice(2);
if (!sampleArg || !corpusArg) {
  console.error('usage: node e2e/bench.mjs SAMPLE CORPUS_DIR [DIST_DIR]');
  process.exit(2);
}
const dist = resolve(distArg ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`bench: no release build in ${dist} (run trunk build --release)`);
  process.exit(2);
}

const body = (text) => {
  if (!text.startsWith('---\n')) return text;
  const end = text.indexOf('\n---\n', 4);
  return end < 0 ? text : text.slice(end + 5);
};
const sample = body(readFileSync(sampleArg, 'utf8'));
const postings = join(corpusArg, 'postings');
const corpus = readdirSync(postings)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => body(readFileSync(join(postings, name), 'utf8')))
  .join('\n\n');

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  let file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  try {
    await page.waitForFunction(() => typeof window.wasmBindings?.bench_lint === 'function', null, { timeout: 30000 });
  } catch {
    console.error('bench: this build does not export bench_lint (build it with the bench feature: trunk build --release --features bench)');
    process.exitCode = 2;
    throw new Error('bench_lint not exported');
  }
  const words = (text) => text.split(/\s+/).filter(Boolean).length;
  // Warm-up, not reported: V8 first runs WebAssembly from its baseline compiler and swaps in
  // optimised code once functions are hot (in the background), as it will be while someone types.
  await page.evaluate(([s, c]) => {
    const bindings = window.wasmBindings;
    if (typeof bindings.bench_lint_times !== 'function') return;
    bindings.bench_lint_times(s, 20, 10);
    bindings.bench_lint_times(c, 5, 1);
  }, [sample, corpus]);
  await page.waitForTimeout(500);
  // [label, text, batches, runs per batch]: the sample is short, so its runs are timed in
  // batches to stay above the browser's 0.1 ms timer resolution.
  for (const [label, text, batches, perBatch] of [['sample', sample, 50, 20], ['corpus (concatenated)', corpus, 20, 1]]) {
    const times = await page.evaluate(([t, b, r]) =>
      typeof window.wasmBindings.bench_lint_times === 'function'
        ? Array.from(window.wasmBindings.bench_lint_times(t, b, r))
        : [window.wasmBindings.bench_lint(t, b * r)], [text, batches, perBatch]);
    if (times.length === 0 || times.some((ms) => !Number.isFinite(ms))) {
      console.error(`bench: no timer in the page for ${label}`);
      process.exitCode = 2;
      continue;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const mean = times.reduce((sum, ms) => sum + ms, 0) / times.length;
    const median = sorted[Math.floor(sorted.length / 2)];
    const runs = times.length === 1 ? `${batches * perBatch} runs` : `${batches} batches of ${perBatch} run${perBatch > 1 ? 's' : ''}`;
    console.log(`wasm   ${label.padEnd(21)} ${String(words(text)).padStart(7)} words  mean ${mean.toFixed(3).padStart(7)} ms  median ${median.toFixed(3).padStart(7)} ms  min ${sorted[0].toFixed(3).padStart(7)} ms per run  (${runs})`);
  }
  // Paste to findings: import + lint, as after a paste into the import dialog; and a large
  // paste (the corpus repeated to about 1.5 MB) placed by the importer alone.
  let large = '';
  while (large.length < 1_500_000) large += corpus + '\n\n';
  for (const [label, text, batches, perBatch, lintToo] of [
    ['sample (paste to findings)', sample, 30, 10, true],
    ['corpus (paste to findings)', corpus, 10, 1, true],
    ['1.5 MB paste (import)', large, 3, 1, false],
  ]) {
    const times = await page.evaluate(([t, b, r, l]) =>
      typeof window.wasmBindings.bench_paste_times === 'function'
        ? Array.from(window.wasmBindings.bench_paste_times(t, b, r, l))
        : [], [text, batches, perBatch, lintToo]);
    if (times.length === 0) {
      console.log(`wasm   ${label}: this build has no bench_paste_times`);
      continue;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`wasm   ${label.padEnd(28)} ${String(text.length).padStart(8)} bytes  median ${median.toFixed(3).padStart(8)} ms  min ${sorted[0].toFixed(3).padStart(8)} ms per run  (${batches} x ${perBatch})`);
  }
} finally {
  await browser.close();
  server.close();
}
