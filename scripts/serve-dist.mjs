// A small static server for a release build, with brotli and gzip like a production host
// (Lighthouse and the cold-start benchmark measure what a user downloads).
//
//   node scripts/serve-dist.mjs [DIST_DIR] [PORT]      (default dist/ on 8080)
//
// Files are compressed once, when first asked for, at the highest level; the response follows
// the request's Accept-Encoding (br, then gzip, else the plain file). Paths that are no file
// get index.html. (The build's Content-Security-Policy is in its index.html.)
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};
/** Kinds worth compressing (PNG is compressed already). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg"]);

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port). Resolves to the running
 * `http.Server`; its `.url` is the base address.
 */
export async function serveDist(dir, port = 0) {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(`serve-dist: no release build in ${root} (run trunk build --release)`);
  }
  const cache = new Map();
  const encoded = (file, encoding) => {
    const key = `${encoding}:${file}`;
    if (!cache.has(key)) {
      const raw = readFileSync(file);
      const body =
        encoding === "br"
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
          : encoding === "gzip"
            ? gzipSync(raw, { level: 9 })
            : raw;
      cache.set(key, body);
    }
    return cache.get(key);
  };
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = join(root, path);
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, "index.html");
    }
    const type = extname(file);
    const accepted = String(request.headers["accept-encoding"] || "");
    const encoding = !COMPRESSIBLE.has(type) ? "" : /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : "";
    const headers = {
      "content-type": TYPES[type] || "application/octet-stream",
      // Trunk's hashed file names never change content; the others (index.html, sw.js,
      // boot.js, rule-docs.json, the manifest and icons) are revalidated.
      "cache-control": /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      vary: "accept-encoding",
    };
    if (encoding) headers["content-encoding"] = encoding;
    const body = encoded(file, encoding);
    headers["content-length"] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  });
  server.url = `http://127.0.0.1:${server.address().port}/`;
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const server = await serveDist(dir, Number(port));
  console.log(`serving ${resolve(dir)} with brotli/gzip at ${server.url}`);
}
