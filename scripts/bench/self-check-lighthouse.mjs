// Lighthouse mobile performance of /tu-kiem-tra/ (its default: Moto G Power screen, simulated slow 4G, 4× CPU),
// for one or more built sites, runs alternating so a busy machine slows each alike. Lighthouse is not a
// dependency of the site: it is fetched by npm the first time (LIGHTHOUSE names the package, pinned).
// Usage: node scripts/bench/self-check-lighthouse.mjs [label=siteDir …]   (default: after=dist); RUNS (default 3);
// PAGE=/tim-kiem/ measures another page than /tu-kiem-tra/.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findChromium } from '../../support/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';
import { projectRoot } from '../../support/build.ts';
import { paths } from '../../src/lib/paths.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const PAGE = process.env.PAGE ?? paths.selfCheck;
const LIGHTHOUSE = process.env.LIGHTHOUSE ?? 'lighthouse@13.5.0';
const sites = (process.argv.slice(2).length ? process.argv.slice(2) : ['after=dist']).map((arg) => {
  const [label, dir] = arg.includes('=') ? arg.split('=') : [arg, arg];
  const siteDir = resolve(projectRoot, dir);
  if (!existsSync(join(siteDir, PAGE, 'index.html'))) throw new Error(`${siteDir} has no built ${PAGE}: run npm run build`);
  return { label, siteDir };
});

const chromium = await findChromium();
const servers = await Promise.all(sites.map((site) => serveStatic(site.siteDir)));
const outDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const results = sites.map(() => []);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const [index, site] of sites.entries()) {
      const output = join(outDir, `${site.label}-${run}.json`);
      // Asynchronous: the static servers answer from this process while Lighthouse runs.
      await promisify(execFile)(
        'npm',
        ['exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', `${servers[index].url}${PAGE}`,
          '--only-categories=performance', '--output=json', `--output-path=${output}`, '--quiet',
          '--chrome-flags=--headless=new --no-sandbox'],
        { env: { ...process.env, CHROME_PATH: chromium.executablePath }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(readFileSync(output, 'utf8'));
      const audit = (id) => report.audits[id].numericValue;
      results[index].push({
        score: Math.round(report.categories.performance.score * 100),
        tbt: audit('total-blocking-time'),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
      });
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
}
console.log(`${PAGE}, Lighthouse (${LIGHTHOUSE}) mobile performance, ${RUNS} runs per site, alternating; load average at the end ${loadavg()[0].toFixed(1)}:`);
for (const [index, site] of sites.entries()) {
  const runs = results[index];
  const pick = (key) => runs.map((r) => r[key]);
  console.log(
    `  ${site.label.padEnd(8)} score median ${median(pick('score'))} (runs ${pick('score').join(', ')}); total blocking time ${Math.round(median(pick('tbt')))} ms;` +
      ` first contentful paint ${Math.round(median(pick('fcp')))} ms; largest ${Math.round(median(pick('lcp')))} ms; layout shift ${median(pick('cls')).toFixed(3)}`,
  );
}
