// Where WebAssembly lint time goes, in headless Chromium (not a test).
//
//   node e2e/profile-lint.mjs SAMPLE_OR_CORPUS_DIR DIST_DIR [RUNS]
//
// DIST_DIR must hold a build with the `bench` feature (trunk build --release --features bench)
// whose wasm keeps its function names (wasm-opt -g) and whose
// index.html has no integrity attributes for it. Lints the corpus concatenated (or one file)
// RUNS times (default 20) under the V8 sampling profiler and prints each function's share of
// the samples: self time, and inclusive time for the functions of this crate.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright');
const [input, distArg, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const dist = resolve(distArg);
const body = (text) => {
  if (!text.startsWith('---\n')) return text;
  const end = text.indexOf('\n---\n', 4);
  return end < 0 ? text : text.slice(end + 5);
};
const text = statSync(input).isDirectory()
  ? readdirSync(join(input, 'postings')).filter((n) => n.endsWith('.md')).sort()
      .map((n) => body(readFileSync(join(input, 'postings', n), 'utf8'))).join('\n\n')
  : body(readFileSync(input, 'utf8'));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  let file = join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => typeof window.wasmBindings?.bench_lint_times === 'function', null, { timeout: 30000 });
  await page.evaluate((t) => window.wasmBindings.bench_lint_times(t, 5, 1), text);
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const times = await page.evaluate(([t, r]) => window.wasmBindings.bench_lint_times(t, r, 1), [text, runs]);
  const { profile } = await cdp.send('Profiler.stop');
  times.sort((a, b) => a - b);
  console.log(`lint: median ${times[times.length >> 1].toFixed(2)} ms over ${runs} runs (profiled)`);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfCount = new Map();
  for (const id of profile.samples) selfCount.set(id, (selfCount.get(id) ?? 0) + 1);
  const name = (node) => node.callFrame.functionName || '(anonymous)';
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [id, count] of selfCount) {
    const node = byId.get(id);
    if (['(idle)', '(program)', '(garbage collector)'].includes(name(node))) continue;
    total += count;
    self.set(name(node), (self.get(name(node)) ?? 0) + count);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = name(byId.get(at));
      if (seen.has(n)) continue;
      seen.add(n);
      inclusive.set(n, (inclusive.get(n) ?? 0) + count);
    }
  }
  const show = (title, map, filter, limit) => {
    console.log(`\n${title}`);
    [...map].filter(([n]) => filter(n)).sort((a, b) => b[1] - a[1]).slice(0, limit)
      .forEach(([n, c]) => console.log(`${((100 * c) / total).toFixed(1).padStart(6)}%  ${n.slice(0, 140)}`));
  };
  // CALLERS=a,b: who calls the functions whose names hold a or b, by their inclusive samples.
  const subtotal = new Map();
  const totalOf = (node) => {
    if (subtotal.has(node.id)) return subtotal.get(node.id);
    const sum = (selfCount.get(node.id) ?? 0) + (node.children ?? []).reduce((acc, c) => acc + totalOf(byId.get(c)), 0);
    subtotal.set(node.id, sum);
    return sum;
  };
  for (const wanted of (process.env.CALLERS ?? '').split(',').filter(Boolean)) {
    const callers = new Map();
    for (const node of profile.nodes) {
      if (!name(node).includes(wanted)) continue;
      const up = byId.get(parent.get(node.id));
      if (up && name(up).includes(wanted)) continue;
      const key = up ? name(up) : '(root)';
      callers.set(key, (callers.get(key) ?? 0) + totalOf(node));
    }
    show(`callers of ${wanted}`, callers, () => true, 15);
  }
  show('self', self, () => true, 45);
  show('inclusive (postwright)', inclusive, (n) => n.includes('postwright'), 45);
} finally {
  await browser.close();
  server.close();
}
