// Time to enter ballots on /kiem-phieu/ in headless Chromium at 360×740 (touch): 30 typed ("1a 3c 14b" + Enter)
// and 30 tapped (two grid cells, then "Ghi phiếu"). Where the page counts per member (issue 20), the 30 ballots are
// 5 about each of 6 members, and the member is chosen before each five (counted as one action). Also counts the
// group's actions per ballot (keys typed, taps). Works on the earlier, anonymous page too, for a before/after pair.
// Two time figures per mode:
// - in the page: from the Enter key (or the click of the tap on "Ghi phiếu") to the frame after the ballot is in the list —
//   what the group waits for, the page's own cost (store, storage write, render);
// - end to end: the whole series as Playwright drives it (includes the automation's own round trips).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../../support/build.ts';
import { launchChromium } from '../../support/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';
import { paths } from '../../src/lib/paths.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = resolve(root, process.env.SITE_OUT_DIR ?? 'dist');
const BALLOTS = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PER_MEMBER = 5;
const MEMBERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'];

if (!existsSync(join(siteDir, paths.tally, 'index.html')) || process.env.BENCH_BUILD === '1') {
  console.log(`building the site into ${siteDir} …`);
  const build = buildSite();
  if (build.status !== 0) {
    console.error(build.output.slice(-4000));
    process.exit(build.status ?? 1);
  }
}

// A realistic mix: most ballots carry no "Có", some one to three items.
const typed = Array.from({ length: BALLOTS }, (_, i) => (i % 5 === 0 ? '1a 3c 14b' : i % 7 === 0 ? '2b' : '0'));
const tapped = Array.from({ length: BALLOTS }, (_, i) => (i % 3 === 0 ? ['5b', '9c'] : ['1a', '27c']));

/** Records, in the page, the time from the trigger to the frame after the list grows. */
function installTimer(page) {
  return page.evaluate(() => {
    const w = window;
    w.__latencies = [];
    w.__start = undefined;
    const mark = () => {
      w.__start = performance.now();
    };
    document.addEventListener('keydown', (event) => event.key === 'Enter' && mark(), true);
    // The click, not the touch start: the automation's touch sequence is not the page's cost.
    document.addEventListener('click', (event) => event.target.closest?.('.tally-entry__actions button') && mark(), true);
    const observer = new MutationObserver(() => {
      const count = document.querySelectorAll('.tally-ballots__list li').length;
      if (w.__start !== undefined && count !== w.__count) {
        w.__count = count;
        const start = w.__start;
        w.__start = undefined;
        requestAnimationFrame(() => w.__latencies.push(performance.now() - start));
      }
    });
    w.__count = 0;
    observer.observe(document.querySelector('.tally'), { childList: true, subtree: true });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

const server = await serveStatic(siteDir);
const browser = await launchChromium();
const results = { keyboard: [], tap: [] };
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const mode of ['keyboard', 'tap']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(`${server.url}${paths.tally}`);
      await page.locator('.tally[data-ready="true"]').waitFor();
      await page.getByLabel('Tên chi bộ').first().fill(`Chi bộ đo ${mode}`);
      const memberList = page.getByLabel(/Danh sách đảng viên được đánh giá/).first();
      const perMember = (await memberList.count()) > 0;
      if (perMember) await memberList.fill(MEMBERS.join('\n'));
      await page.getByRole('button', { name: 'Bắt đầu kiểm phiếu' }).first().click();
      await page.locator('#ma-co').waitFor();
      await installTimer(page);
      let actions = 0;
      const started = performance.now();
      for (let i = 0; i < BALLOTS; i += 1) {
        if (perMember && i % PER_MEMBER === 0) {
          const select = page.locator('#dang-vien');
          await select.selectOption(await select.locator('option').nth(i / PER_MEMBER).getAttribute('value'));
          actions += 1;
        }
        if (mode === 'keyboard') {
          await page.locator('#ma-co').fill(typed[i]);
          await page.locator('#ma-co').press('Enter');
          actions += typed[i].length + 1;
        } else {
          for (const id of tapped[i]) await page.locator('.tally-grid__cell', { hasText: new RegExp(`^${id}$`) }).tap();
          await page.getByRole('button', { name: 'Ghi phiếu', exact: true }).tap();
          actions += tapped[i].length + 1;
        }
        await page.locator(`[data-ballot="${perMember ? (i % PER_MEMBER) + 1 : i + 1}"]`).waitFor();
      }
      const total = performance.now() - started;
      const latencies = await page.evaluate(() => window.__latencies);
      if (latencies.length !== BALLOTS) throw new Error(`${mode}: measured ${latencies.length} ballots, expected ${BALLOTS}`);
      results[mode].push({ total, median: median(latencies), max: Math.max(...latencies), actions });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`${BALLOTS} ballots per run, ${RUNS} runs, 360×740 touch, headless Chromium`);
console.log(`site: ${siteDir}`);
console.log('| mode | actions per ballot | in the page: median per ballot | in the page: slowest ballot | end to end, 30 ballots (median of runs) |');
console.log('|---|---:|---:|---:|---:|');
for (const mode of ['keyboard', 'tap']) {
  const runs = results[mode];
  console.log(
    `| ${mode === 'keyboard' ? 'typed ids + Enter' : 'two taps + “Ghi phiếu”'} | ${(runs[0].actions / BALLOTS).toFixed(2)} | ${ms(median(runs.map((r) => r.median)))} | ${ms(Math.max(...runs.map((r) => r.max)))} | ${(median(runs.map((r) => r.total)) / 1000).toFixed(2)} s |`,
  );
}
