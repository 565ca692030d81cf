// Do precompressed .gz/.br copies of the built text files pay? Measures, over the built site, the bytes a reader
// downloads with nginx compressing on the fly (gzip level 1, nginx's default) against precompressed gzip -9 and
// Brotli 11, and the time each costs: once per deploy (precompression) or on every request (on the fly).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildSite } from '../../support/build.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = resolve(root, process.env.SITE_OUT_DIR ?? 'dist');
if (!existsSync(join(siteDir, 'index.html')) || process.env.BENCH_BUILD === '1') {
  const build = buildSite();
  if (build.status !== 0) throw new Error(build.output.slice(-4000));
}

// Pagefind's own files (.pf_*) are already gzip-compressed; images other than SVG are too.
const TEXT = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);
const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && TEXT.has(extname(entry.name)))
  .map((entry) => join(entry.parentPath, entry.name));

const time = (fn) => {
  const started = process.hrtime.bigint();
  const result = fn();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
};
const methods = {
  'gzip 1 (nginx on the fly)': (b) => gzipSync(b, { level: 1 }),
  'gzip 9 (precompressed)': (b) => gzipSync(b, { level: 9 }),
  'brotli 11 (precompressed)': (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
};

const totals = Object.fromEntries(Object.keys(methods).map((name) => [name, { bytes: 0, ms: 0 }]));
let raw = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  raw += bytes.length;
  for (const [name, compress] of Object.entries(methods)) {
    const { result, ms } = time(() => compress(bytes));
    totals[name].bytes += result.length;
    totals[name].ms += ms;
  }
}

/** What one visit to a reading page and one to the self-check download in text (HTML and its scripts). */
function pageBytes(page, compress) {
  const html = readFileSync(join(siteDir, page, 'index.html'));
  const scripts = [...new Set(html.toString().match(/\/_astro\/[^"' ]+\.js/g) ?? [])].map((src) => readFileSync(join(siteDir, src)));
  return [html, ...scripts].reduce((sum, bytes) => sum + compress(bytes).length, 0);
}

console.log(`${files.length} text files, ${(raw / 1024).toFixed(1)} KB raw`);
console.log('| method | whole site (KB) | compress time, whole site (ms) | /van-ban/ (bytes) | /tu-kiem-tra/ with its JS (bytes) |');
console.log('|---|---|---|---|---|');
for (const [name, compress] of Object.entries(methods)) {
  const { bytes, ms } = totals[name];
  console.log(`| ${name} | ${(bytes / 1024).toFixed(1)} | ${ms.toFixed(0)} | ${pageBytes('van-ban', compress)} | ${pageBytes('tu-kiem-tra', compress)} |`);
}
