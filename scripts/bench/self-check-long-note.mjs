// Issue 19 item 7: how long importing a backup whose note is one 400,000-letter word keeps /tu-kiem-tra/ busy,
// against the same size with spaces. Usage: node scripts/bench/self-check-long-note.mjs <built site> [<built site> …]
// (e.g. two builds made with SITE_OUT_DIR, before and after a change; they are measured interleaved).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../support/static-server.ts';
import { findChromium } from '../../support/chromium.ts';
import { paths } from '../../src/lib/paths.ts';

const sites = process.argv.slice(2).map((dir) => resolve(dir));
if (sites.length === 0) throw new Error('name at least one built site (a SITE_OUT_DIR)');
const at = '2026-06-01T00:00:00.000Z';
const scratch = mkdtempSync(join(tmpdir(), 'ghi-chu-dai-'));
const { executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

async function importTime(site, spaced) {
  const server = await serveStatic(site);
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${server.url}${paths.selfCheck}`);
  await page.locator('.sc-data').waitFor();
  const unit = spaced ? 'Đảng viên ' : 'Đảngviên';
  const text = unit.repeat(Math.ceil(400_000 / unit.length)).slice(0, 400_000);
  const file = join(scratch, `ghi-chu-${spaced ? 'co-dau-cach' : 'mot-tu'}.json`);
  const round = { period: { year: 2026 }, startedAt: at, updatedAt: at, answers: { '4a': { answer: 'co', at } }, notes: { 4: { text, at } } };
  writeFileSync(file, JSON.stringify({ kind: 'nq4-tu-kiem-tra', schemaVersion: 3, rounds: [round] }));
  const started = Date.now();
  await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
  await page.locator('.sc-banner').waitFor({ timeout: 300_000 });
  // Two frames: the note's box has been laid out and the main thread is free.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const ms = Date.now() - started;
  await page.close();
  await server.close();
  return ms;
}

for (const spaced of [false, true]) {
  for (const site of sites) console.log(`${spaced ? 'with spaces' : 'one word   '}  ${String(await importTime(site, spaced)).padStart(7)} ms  ${site}`);
}
await browser.close();
rmSync(scratch, { recursive: true, force: true });
