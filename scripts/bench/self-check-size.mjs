// Gzip size of all JavaScript /tu-kiem-tra/ loads: inline scripts, its script files (an Astro island's component
// and renderer, in earlier builds) and every chunk they import. Fails when the total is over issue 8's budget of 15 KB.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSite } from '../../support/build.ts';
import { paths } from '../../src/lib/paths.ts';

const BUDGET_BYTES = 15 * 1024;
const PAGE = paths.selfCheck;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = resolve(root, process.env.SITE_OUT_DIR ?? 'dist');
const pageFile = join(siteDir, PAGE, 'index.html');

if (!existsSync(pageFile) || process.env.BENCH_BUILD === '1') {
  console.log(`building the site into ${siteDir} …`);
  const build = buildSite();
  if (build.status !== 0) {
    console.error(build.output.slice(-4000));
    process.exit(build.status ?? 1);
  }
}

const html = readFileSync(pageFile, 'utf8');
const gzipBytes = (text) => gzipSync(text).length;

/** Unescapes the few entities Astro writes inside attribute values. */
const attr = (value) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"');

const inline = [];
const entryUrls = new Set();
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  const [, attributes, body] = match;
  const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
  const type = /\btype="([^"]+)"/.exec(attributes)?.[1];
  if (src) entryUrls.add(attr(src));
  else if (!type || type === 'module' || type === 'text/javascript') inline.push(body);
}
for (const match of html.matchAll(/<astro-island\b([^>]*)>/g)) {
  for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
    const url = new RegExp(`\\b${name}="([^"]+)"`).exec(match[1])?.[1];
    if (url) entryUrls.add(attr(url));
  }
}
for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entryUrls.add(attr(match[1]));

// Static imports only: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; import("…") is dynamic.
const STATIC_IMPORT = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

const files = new Map();
const dynamicOnly = new Set();
const queue = [...entryUrls];
while (queue.length > 0) {
  const url = queue.shift();
  if (files.has(url)) continue;
  if (/^[a-z]+:\/\//i.test(url)) throw new Error(`${PAGE} loads script from another origin: ${url}`);
  const code = readFileSync(join(siteDir, url), 'utf8');
  files.set(url, code);
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) queue.push(posix.resolve(posix.dirname(url), spec));
  for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) dynamicOnly.add(posix.resolve(posix.dirname(url), spec));
}
for (const url of files.keys()) dynamicOnly.delete(url);

const rows = [
  ...inline.map((code, index) => ({ name: `inline <script> #${index + 1}`, raw: Buffer.byteLength(code), gzip: gzipBytes(code) })),
  ...[...files].map(([url, code]) => ({ name: url, raw: Buffer.byteLength(code), gzip: gzipBytes(code) })),
];
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
const totalRaw = rows.reduce((sum, row) => sum + row.raw, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`JavaScript loaded by ${PAGE} (built site ${siteDir}), gzip level 6 per file:`);
for (const row of rows) console.log(`  ${row.name.padEnd(44)} ${kb(row.raw).padStart(9)} raw ${kb(row.gzip).padStart(9)} gzip`);
console.log(`  ${'total'.padEnd(44)} ${kb(totalRaw).padStart(9)} raw ${kb(total).padStart(9)} gzip  (budget ${kb(BUDGET_BYTES)})`);
if (dynamicOnly.size > 0) console.log(`  imported later (dynamic import; the self-check fetches them right after it has started): ${[...dynamicOnly].join(', ')}`);
if (total > BUDGET_BYTES) {
  console.error(`FAIL: ${kb(total)} gzip is over the ${kb(BUDGET_BYTES)} budget`);
  process.exit(1);
}
