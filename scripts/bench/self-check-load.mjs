// The self-check on a phone, before and after: long-task time during load at 4× CPU slowdown in Chromium
// (CDP Emulation.setCPUThrottlingRate + PerformanceObserver 'longtask'), the JavaScript the page needs to start
// (fetched when the form is ready) and all it loads in that time (gzip), and where the first question's answers
// sit on a 360×740 screen.
// Usage: node scripts/bench/self-check-load.mjs [label=siteDir …]   (default: after=dist)
//   e.g. node scripts/bench/self-check-load.mjs before=/tmp/sc-before/dist after=dist
// Runs alternate between the sites, so a busy machine slows both alike; RUNS (default 5) runs per site.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../support/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';
import { projectRoot } from '../../support/build.ts';
import { paths } from '../../src/lib/paths.ts';
import { recordStartScripts } from '../../support/start-scripts.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const SCREEN = { width: 360, height: 740 };
const sites = (process.argv.slice(2).length ? process.argv.slice(2) : ['after=dist']).map((arg) => {
  const [label, dir] = arg.includes('=') ? arg.split('=') : [arg, arg];
  const siteDir = resolve(projectRoot, dir);
  if (!existsSync(resolve(siteDir, paths.selfCheck.slice(1), 'index.html'))) throw new Error(`${siteDir} has no built ${paths.selfCheck}: run npm run build`);
  return { label, siteDir };
});

async function measure(browser, baseUrl) {
  const context = await browser.newContext({ viewport: SCREEN, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  const page = await context.newPage();
  // BLOCK: a comma-separated list of script names not to load (to see what each costs).
  for (const name of (process.env.BLOCK ?? '').split(',').filter(Boolean)) await page.route(`**/${name}*`, (route) => route.abort());
  const scripts = new Map();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body().catch(() => Buffer.alloc(0)));
  });
  await page.addInitScript(() => {
    const tasks = [];
    window.__longTasks = tasks;
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.addInitScript(recordStartScripts);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await page.goto(`${baseUrl}${paths.selfCheck}`, { waitUntil: 'load' });
  // Set up: an Astro island hydrated (earlier builds) or the self-check script marked the form ready; a page without
  // scripts (the floor) is ready once loaded.
  await page.waitForFunction(
    () => document.querySelector('astro-island:not([ssr]), [data-sc-ready]') !== null || document.querySelector('script[type="module"]') === null,
    null,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(1500);
  const tasks = await page.evaluate(() => window.__longTasks);
  // Where the main thread's time went: running script, or laying out and styling the page.
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
  const inline = await page.locator('script:not([src]):not([type="application/json"])').allTextContents();
  const gzipped = (bodies) => bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
  const inlineGzip = gzipped(inline.filter((code) => code.trim()).map((code) => Buffer.from(code)));
  const startScripts = (await page.evaluate(() => window.startScripts)) ?? [];
  const jsStartGzip = inlineGzip + gzipped(await Promise.all(startScripts.filter((url) => scripts.has(url)).map((url) => scripts.get(url))));
  const jsGzip = inlineGzip + gzipped(await Promise.all(scripts.values()));
  const layout = await page.evaluate(() => {
    const radio = document.querySelector('form fieldset input[type="radio"]');
    const label = radio?.closest('label') ?? radio;
    const rect = label.getBoundingClientRect();
    return { firstAnswerBottom: Math.round(rect.bottom + window.scrollY), pageHeight: document.documentElement.scrollHeight, elements: document.querySelectorAll('*').length };
  });
  await context.close();
  return {
    blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longest: Math.max(0, ...tasks),
    script: metrics.ScriptDuration,
    layout: metrics.LayoutDuration + metrics.RecalcStyleDuration,
    jsGzip,
    jsStartGzip,
    ...layout,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await launchChromium();
const servers = await Promise.all(sites.map((site) => serveStatic(site.siteDir)));
const results = sites.map(() => []);
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const [index] of sites.entries()) results[index].push(await measure(browser, servers[index].url));
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
const load = (await import('node:os')).loadavg()[0].toFixed(1);
console.log(`${paths.selfCheck} at ${SCREEN.width}×${SCREEN.height}, 4× CPU slowdown, ${RUNS} runs per site, alternating (Chromium via support/chromium.ts); load average at the end ${load}:`);
for (const [index, site] of sites.entries()) {
  const runs = results[index];
  const blocking = runs.map((r) => Math.round(r.blocking));
  const first = runs[0];
  console.log(
    `  ${site.label.padEnd(8)} long-task time past 50 ms: median ${median(blocking)} ms (runs ${blocking.join(', ')}); longest task median ${Math.round(median(runs.map((r) => r.longest)))} ms;` +
      ` script ${Math.round(median(runs.map((r) => r.script)))} ms, style and layout ${Math.round(median(runs.map((r) => r.layout)))} ms (medians);` +
      ` JavaScript to start ${(first.jsStartGzip / 1024).toFixed(1)} KB gzip, in all ${(first.jsGzip / 1024).toFixed(1)} KB; first answer's bottom at ${first.firstAnswerBottom} px (${(first.firstAnswerBottom / SCREEN.height).toFixed(2)} screens);` +
      ` page ${first.pageHeight} px tall, ${first.elements} elements`,
  );
}
