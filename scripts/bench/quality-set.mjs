// Rank-1 rate of the search quality set (tests/fixtures/search-queries.json) on one or more builds of the
// site, query by query in turn on each build (interleaved, so a busy machine slows each alike): a query
// counts when its first result is the page it names (and links to the section it names, when it names one).
// Queries marked typed are typed into the box key by key; the others are opened as an address.
// Usage: node scripts/bench/quality-set.mjs label=siteDir …   (default: after=dist)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { launchChromium } from '../../support/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';
import { projectRoot } from '../../support/build.ts';
import { readResults, waitForAnswer } from '../../support/search-helpers.ts';
import { normalizeQuery } from '../../src/lib/search/query.ts';
import { paths } from '../../src/lib/paths.ts';

const sites = (process.argv.slice(2).length ? process.argv.slice(2) : ['after=dist']).map((arg) => {
  const [label, dir] = arg.split('=');
  return { label, siteDir: resolve(projectRoot, dir) };
});
const { queries } = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/search-queries.json'), 'utf8'));
const ranked = queries.filter((q) => q.page);
const servers = await Promise.all(sites.map((site) => serveStatic(site.siteDir)));
const browser = await launchChromium();
const page = await browser.newPage();
const hits = sites.map(() => 0);
const misses = sites.map(() => []);
const started = Date.now();
try {
  for (const q of ranked) {
    const typed = q.query.repeat(q.repeat ?? 1);
    for (const [index, server] of servers.entries()) {
      let results;
      if (q.typed) {
        await page.goto(`${server.url}${paths.search}`);
        await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
        await page.locator('#search-q').pressSequentially(typed, { delay: 20 });
        await waitForAnswer(page, normalizeQuery(typed)).catch(() => undefined);
        results = await readResults(page);
      } else {
        // Any answer: an earlier build may quote the query in another normal form (full-width digits, a BOM).
        await page.goto(`${server.url}${paths.search}?q=${encodeURIComponent(typed)}`);
        await waitForAnswer(page).catch(() => undefined);
        results = await readResults(page);
      }
      const first = results[0];
      const section = first ? decodeURIComponent(first.href.split('#')[1] ?? '') : '';
      if (first?.page === q.page && (!q.section || section === q.section)) hits[index] += 1;
      else misses[index].push(`${q.query.slice(0, 40)} → ${first?.href ? decodeURIComponent(first.href) : 'nothing'}`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
console.log(`Rank-1 rate of the quality set (${ranked.length} queries naming a page), ${Math.round((Date.now() - started) / 1000)} s, load average at the end ${loadavg()[0].toFixed(1)}:`);
for (const [index, site] of sites.entries()) {
  console.log(`  ${site.label}: ${hits[index]} / ${ranked.length} (${((100 * hits[index]) / ranked.length).toFixed(1)}%)`);
  for (const miss of misses[index]) console.log(`    missed: ${miss}`);
}
