// Writes Postwright's Content-Security-Policy into a release build's index.html.
//
//   node scripts/csp.mjs DIR          rewrite DIR/index.html (run by scripts/precache.sh)
//   node scripts/csp.mjs --header     print the policy as an HTTP header value (for servers)
//
// The page may run no inline script, so every inline <script> that Trunk wrote into the built
// index.html (its wasm loader, and the live-reload client under `trunk serve`) is moved into
// an external file named after its content hash. The policy is then the same for every build,
// and a server can send it as a header (README.md, "Serving with a Content-Security-Policy
// header"). The source index.html must itself hold no inline script, event handler attribute,
// <style> element or style attribute: the build fails if it does. Under `trunk serve` (which
// adds a live-reload client whose address it fills in while serving) no policy is written.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The policy, one directive per entry. `frame-ancestors` only works as a header. */
export const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types postwright-sw default",
];
const HEADER_ONLY = ["frame-ancestors 'none'"];

/** The policy for a `<meta http-equiv>` element. */
export const META_POLICY = DIRECTIVES.join("; ");
/** The policy for a `Content-Security-Policy` response header. */
export const HEADER_POLICY = [...DIRECTIVES, ...HEADER_ONLY].join("; ");

/** Problems in the source page that the policy would block; empty when it is clean. */
export function sourceProblems(html) {
  const problems = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc\s*=/i.test(match[1])) problems.push(`an inline script: ${match[0].slice(0, 60)}`);
  }
  for (const match of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) {
    problems.push(`an event handler attribute: ${match[0].slice(0, 60)}`);
  }
  for (const match of html.matchAll(/<[a-z][^>]*\sstyle\s*=[^>]*>/gi)) {
    problems.push(`a style attribute: ${match[0].slice(0, 60)}`);
  }
  if (/<style\b/i.test(html)) problems.push("a <style> element");
  return problems;
}

/**
 * Moves each inline script of the built page into DIR/<prefix>-<hash>.js and inserts the
 * policy's <meta> first in <head>. Returns the new page and the files to write.
 */
export function harden(html) {
  const files = [];
  let page = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attributes, body) => {
    if (/\ssrc\s*=/i.test(attributes)) return whole;
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
    const name = `trunk-inline-${hash}.js`;
    files.push({ name, body: `${body.trim()}\n` });
    const kept = attributes.replace(/\s(nonce|integrity)\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, "");
    return `<script${kept} src="./${name}"></script>`;
  });
  if (/<meta http-equiv="Content-Security-Policy"/i.test(page)) {
    throw new Error("the page already has a Content-Security-Policy <meta>");
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`;
  // Right after <meta charset> (which must come first), before anything that loads.
  const anchor = /<meta\s+charset=[^>]*>/i.test(page) ? /(<meta\s+charset=[^>]*>)/i : /(<head\b[^>]*>)/i;
  const withMeta = page.replace(anchor, `$1\n    ${meta}`);
  if (withMeta === page) throw new Error("the built page has no <head>");
  page = withMeta;
  const left = sourceProblems(page);
  if (left.length > 0) throw new Error(`the built page still holds ${left.join("; ")}`);
  return { page, files };
}

function main(argv) {
  if (argv[0] === "--header") {
    console.log(HEADER_POLICY);
    return;
  }
  const dir = argv[0];
  if (!dir) throw new Error("usage: node scripts/csp.mjs DIR | --header");
  const source = readFileSync("index.html", "utf8");
  const problems = sourceProblems(source);
  if (problems.length > 0) {
    throw new Error(`index.html breaks the Content-Security-Policy: ${problems.join("; ")}`);
  }
  const target = join(dir, "index.html");
  const built = readFileSync(target, "utf8");
  if (/__TRUNK_ADDRESS__/i.test(built)) {
    // `trunk serve` fills the live-reload client's address into the page as it serves it.
    console.log("csp: trunk serve's live-reload client is in the page; no policy for this build");
    return;
  }
  const { page, files } = harden(built);
  for (const file of files) writeFileSync(join(dir, file.name), file.body);
  writeFileSync(target, page);
  console.log(`csp: ${files.length} inline script(s) moved out; policy written into ${target}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`csp: ${error.message}`);
    process.exit(1);
  }
}
