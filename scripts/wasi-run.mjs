// Runs a wasm32-wasip1 program in Node's V8 with the file system readable:
//   node scripts/wasi-run.mjs PROGRAM.wasm [ARGS...]
// Environment variables starting with BENCH_ are passed through (see examples/bench_*.rs).
// Used by scripts/wasi-bench.sh; not a test.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

const [program, ...args] = process.argv.slice(2);
if (!program) {
  console.error('usage: node scripts/wasi-run.mjs PROGRAM.wasm [ARGS...]');
  process.exit(2);
}
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('BENCH_')));
const wasi = new WASI({ version: 'preview1', args: [program, ...args], env, preopens: { '/': '/' } });
const module = await WebAssembly.compile(await readFile(program));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
