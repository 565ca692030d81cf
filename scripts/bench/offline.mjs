// What the service worker keeps (issue 26), from the build's own sw.js: files and bytes fetched on install (as stored,
// and as sent gzip), the search index kept on first use, the register script a reading page loads, and how much
// each kind of page adds as the archive grows. Then, in Chromium, the storage one visit really uses and how long
// the worker takes to be ready. Fails when what is kept on install is over the budget of 1.5 MB.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSite } from '../../support/build.ts';
import { launchChromium } from '../../support/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';
import { appFiles, paths, searchPath } from '../../src/lib/paths.ts';

const BUDGET_BYTES = 1.5 * 1024 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = resolve(root, process.env.SITE_OUT_DIR ?? 'dist');
const workerFile = join(siteDir, appFiles.serviceWorker);

if (!existsSync(workerFile) || process.env.BENCH_BUILD === '1') {
  console.log(`building the site into ${siteDir} …`);
  const build = buildSite();
  if (build.status !== 0) {
    console.error(build.output.slice(-4000));
    process.exit(build.status ?? 1);
  }
}

const worker = readFileSync(workerFile, 'utf8');
const build = JSON.parse(/^const __OFFLINE_BUILD__=(.*);$/m.exec(worker)[1]);
const fileOf = (address) => join(siteDir, address.endsWith('/') ? `${address}index.html` : address);
const sizes = (addresses) =>
  addresses.reduce(
    (sum, address) => {
      const bytes = readFileSync(fileOf(address));
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const precache = Object.keys(build.precache);
const pages = precache.filter((address) => address.endsWith('/'));
const kept = sizes(precache);
const pageBytes = sizes(pages);
const onUse = sizes(Object.keys(build.onUse));
const documents = pages.filter((address) => address.startsWith(paths.library) && address !== paths.library);
const issues = pages.filter((address) => /^\/chuyen-muc\/[^/]+\/[^/]+\/$/.test(address));
const register = /src="(\/_astro\/register-worker\.[^"]+\.js)"/.exec(readFileSync(join(siteDir, 'index.html'), 'utf8'))[1];
const registerBytes = sizes([register]);

console.log(`kept on install: ${precache.length} files (${pages.length} pages), ${kb(kept.raw)} as stored, ${kb(kept.gzip)} gzip on the wire; budget ${kb(BUDGET_BYTES)}`);
console.log(`  of which pages: ${kb(pageBytes.raw)} (${kb(pageBytes.gzip)} gzip); scripts, styles, favicon and manifest: ${kb(kept.raw - pageBytes.raw)}`);
console.log(`search index, kept on first use: ${Object.keys(build.onUse).length} files, at most ${kb(onUse.raw)} (only the parts a search uses)`);
console.log(`per document page: ${kb(sizes(documents).raw / documents.length)} (${kb(sizes(documents).gzip / documents.length)} gzip), ${documents.length} today`);
console.log(`per column issue: ${kb(sizes(issues).raw / issues.length)} (${kb(sizes(issues).gzip / issues.length)} gzip), ${issues.length} published`);
console.log(`register script on reading pages: ${registerBytes.raw} bytes (${registerBytes.gzip} gzip); sw.js ${Buffer.byteLength(worker)} bytes (${gzipSync(worker, { level: 9 }).length} gzip)`);

const server = await serveStatic(siteDir);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${server.url}${paths.home}`);
  const loaded = performance.now();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const ready = performance.now();
  const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const afterInstall = await usage();
  await page.goto(`${server.url}${searchPath('kỷ luật')}`);
  await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.querySelector('#search-status')?.textContent ?? ''));
  await page.waitForTimeout(500);
  const afterSearch = await usage();
  console.log(`Chromium, one visit of the home page: load ${Math.round(loaded - started)} ms; worker ready (all kept) ${Math.round(ready - started)} ms after the visit began`);
  console.log(`Chromium storage used: ${kb(afterInstall)} after install, ${kb(afterSearch)} after one search`);
  await context.close();

  // Before/after on the same build, interleaved: the first visit of a reading page with the register script refused
  // (as before issue 26) and allowed. The paint and the load event must not wait for it.
  const RUNS = Number(process.env.BENCH_RUNS ?? 12);
  const timings = { before: [], after: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const kind of run % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
      const visit = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 740 } });
      if (kind === 'before') await visit.route('**/register-worker.*.js', (route) => route.abort());
      const reader = await visit.newPage();
      await reader.goto(`${server.url}${paths.resolution}`, { waitUntil: 'load' });
      timings[kind].push(
        await reader.evaluate(async () => {
          const navigation = performance.getEntriesByType('navigation')[0];
          // A headless page may paint after its load event: wait for the paint entry.
          const fcp = await new Promise((resolve) =>
            new PerformanceObserver((list) => {
              const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
              if (paint) resolve(paint.startTime);
            }).observe({ type: 'paint', buffered: true }),
          );
          return { fcp, load: navigation.loadEventStart };
        }),
      );
      await visit.close();
    }
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const kind of ['before', 'after']) {
    const list = timings[kind];
    console.log(`${paths.resolution} first visit at 360×740, ${kind === 'before' ? 'register script refused' : 'register script loaded'}: median first paint ${Math.round(median(list.map((t) => t.fcp)))} ms, load event ${Math.round(median(list.map((t) => t.load)))} ms (${RUNS} runs, interleaved)`);
  }
} finally {
  await browser.close();
  await server.close();
}

if (kept.raw > BUDGET_BYTES) {
  console.error(`over budget: ${kb(kept.raw)} kept on install > ${kb(BUDGET_BYTES)}`);
  process.exit(1);
}
