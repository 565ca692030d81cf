// Offline after one visit: the home page registers the worker, which keeps the build's pages; with the network off
// the resolution, the handbook, a document, the self-check and a search run before still open, marked as kept
// copies. A new build replaces them all at once; the self-check and tally register nothing and send the worker
// nothing after load. Each test serves the site itself (service workers need one origin across two builds).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { calendarDateOf, formatVietnameseDate } from '../../src/lib/dates.ts';
import { CACHE_PREFIX } from '../../src/lib/offline.ts';
import { appFiles, appIconPath, documentPath, handbookPartPath, paths, searchPath } from '../../src/lib/paths.ts';
import { normalizeQuery } from '../../src/lib/search/query.ts';
import { keptCopyNote } from '../../src/ui/offline-text.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { projectRoot } from '../../support/build.ts';
import { newContext, openWatchedPage, runAxe, useBrowser } from '../../support/page.ts';
import { readResults, waitForAnswer } from '../../support/search-helpers.ts';
import { answer, READY, reloadSelfCheck, STARTED } from '../../support/self-check.ts';
import { visitHome, workerStatus } from '../../support/service-worker.ts';
import { serveStatic, type RunningServer } from '../../support/static-server.ts';

const siteDir = inject('siteDir');
const session = useBrowser();
const QUERY = 'kỷ luật';
const CORRECTION = 'Đính chính thử nghiệm của bản dựng mới.';

let server: RunningServer;
let contexts: BrowserContext[] = [];
const temporary: string[] = [];

beforeAll(async () => {
  server = await serveStatic(siteDir);
});
afterEach(async () => {
  for (const context of contexts) await context.close();
  contexts = [];
});
afterAll(async () => {
  await server?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function freshContext(): Promise<BrowserContext> {
  const context = await newContext(session.browser, { serviceWorkers: 'allow' });
  contexts.push(context);
  return context;
}


const today = () => keptCopyNote(formatVietnameseDate(calendarDateOf(new Date())));

async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

describe('after one visit online', () => {
  it('opens the resolution, a handbook part, a document, the self-check and a search run before, with no network', async () => {
    const context = await freshContext();
    const { page, status } = await visitHome(context, server.url);
    expect(status.precache).toBeGreaterThan(30);
    // A search run online keeps the index files it used.
    await page.goto(`${server.url}${searchPath(QUERY)}`);
    await waitForAnswer(page, normalizeQuery(QUERY));
    const onlineResults = await readResults(page);
    expect(onlineResults.length).toBeGreaterThan(0);
    const onlineTitles: Record<string, string> = {};
    for (const path of [paths.resolution, handbookPartPath(2), documentPath('quyet-dinh-99-qd-tw')]) {
      const { page: reader } = await openWatchedPage(context, server.url);
      await reader.goto(`${server.url}${path}`);
      onlineTitles[path] = await reader.locator('h1').first().innerText();
      // Online, the page comes from the network: no note.
      await expect(reader.locator('.kept-copy').count()).resolves.toBe(0);
      await reader.close();
    }

    await context.setOffline(true);
    for (const path of [paths.resolution, handbookPartPath(2), documentPath('quyet-dinh-99-qd-tw')]) {
      const { page: reader, watch } = await openWatchedPage(context, server.url);
      await reader.goto(`${server.url}${path}`);
      await expect(reader.locator('h1').first().innerText(), path).resolves.toBe(onlineTitles[path]);
      await expect(reader.locator('main .kept-copy').innerText(), path).resolves.toBe(today());
      // Its style came from the kept copy too: the header keeps the site's colour.
      await expect(reader.locator('header').first().evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe('rgb(163, 22, 26)');
      expect(watch.consoleErrors, path).toEqual([]);
      if (path === paths.resolution) expect(await runAxe(reader)).toEqual([]);
      await reader.close();
    }

    // The self-check: its script comes from the kept copy, and an answer survives a reload.
    const selfCheck = await context.newPage();
    await selfCheck.goto(`${server.url}${paths.selfCheck}`);
    await selfCheck.locator(READY).waitFor();
    await selfCheck.locator(STARTED).waitFor();
    await answer(selfCheck, '1a', 'co');
    await reloadSelfCheck(selfCheck);
    await expect(selfCheck.locator('#cau-1a-co').isChecked()).resolves.toBe(true);

    // The search run before answers the same.
    await page.goto(`${server.url}${searchPath(QUERY)}`);
    await waitForAnswer(page, normalizeQuery(QUERY));
    expect(await readResults(page)).toEqual(onlineResults);
  });

  it('says plainly, offline, that a search needs what is not kept', async () => {
    const context = await freshContext();
    await visitHome(context, server.url);
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(`${server.url}${searchPath(QUERY)}`);
    await expect
      .poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 })
      .toMatch(/^Máy đang không có mạng, và phần bộ tìm kiếm cần cho từ khóa này chưa được lưu trên máy/);
  });

  it('says plainly, offline, that a page was not kept', async () => {
    const context = await freshContext();
    await visitHome(context, server.url);
    await context.setOffline(true);
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(503);
    await expect(page.locator('h1').innerText()).resolves.toBe('Trang này chưa được lưu trên máy');
  });
});

describe('a server in trouble', () => {
  it('shows the kept copy when the server answers with an error', async () => {
    const first = await serveStatic(siteDir);
    const port = Number(new URL(first.url).port);
    const context = await freshContext();
    await visitHome(context, first.url);
    await first.close();
    // A proxy in front of a host that is down.
    const failing = createServer((_request, response) => response.writeHead(502, { 'Content-Type': 'text/plain' }).end('Bad Gateway'));
    await new Promise<void>((done) => failing.listen(port, '127.0.0.1', done));
    try {
      const page = await context.newPage();
      const response = await page.goto(`http://127.0.0.1:${port}${paths.resolution}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('main .kept-copy').innerText()).resolves.toBe(today());
    } finally {
      await new Promise((done) => failing.close(done));
    }
  });
});

describe('saving data', () => {
  it('keeps nothing when the browser asks to save data', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(`${server.url}${paths.home}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(2000);
    await expect(page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration === undefined))).resolves.toBe(true);
    expect(await cacheNames(page)).toEqual([]);
  });
});

describe('privacy', () => {
  it('the self-check and the tally register nothing', async () => {
    const context = await freshContext();
    for (const path of [paths.selfCheck, paths.tally]) {
      const { page, watch } = await openWatchedPage(context, server.url);
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1500);
      await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined), path).resolves.toBe(true);
      expect(watch.requests.filter((url) => url.endsWith(appFiles.serviceWorker) || url.endsWith(appFiles.manifest)), path).toEqual([]);
      await expect(page.locator('script[src*="register-worker"], link[rel="manifest"]').count(), path).resolves.toBe(0);
      await page.close();
    }
  });

  it('the worker sees no request from the self-check after it has loaded', async () => {
    const context = await freshContext();
    await visitHome(context, server.url);
    const { page, watch } = await openWatchedPage(context, server.url);
    await page.goto(`${server.url}${paths.selfCheck}`);
    await page.locator(STARTED).waitFor();
    await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
    const before = watch.requests.length;
    await answer(page, '1a', 'co');
    await answer(page, '2b', 'khong');
    await page.locator('#cau-1a-co').focus();
    await page.waitForTimeout(1000);
    expect(watch.requests.slice(before)).toEqual([]);
  });
});

describe('a new build', () => {
  it('shows a correction at once online, then replaces every kept copy together', async () => {
    // The second build: the same site with a corrected resolution page, and its own worker.
    const second = mkdtempSync(join(tmpdir(), 'offline-build-'));
    temporary.push(second);
    cpSync(siteDir, second, { recursive: true });
    const resolutionFile = join(second, 'nghi-quyet/index.html');
    writeFileSync(resolutionFile, readFileSync(resolutionFile, 'utf8').replace(/(<main\b[^>]*>)/, `$1<p id="dinh-chinh">${CORRECTION}</p>`));
    const secondBuild = await writeServiceWorker(second, projectRoot);

    const first = await serveStatic(siteDir);
    const port = Number(new URL(first.url).port);
    const context = await freshContext();
    const { page, status } = await visitHome(context, first.url);
    expect(status.version).not.toBe(secondBuild.version);
    await first.close();

    const deployed = await serveStatic(second, port);
    try {
      const reader = await context.newPage();
      await reader.goto(`${deployed.url}${paths.resolution}`);
      await expect(reader.locator('#dinh-chinh').innerText()).resolves.toBe(CORRECTION);
      await expect(reader.locator('.kept-copy').count()).resolves.toBe(0);

      // The browser checks the worker on navigation; here at once, and again while the new one is not active.
      await expect
        .poll(
          async () => {
            await page.evaluate(async () => void (await navigator.serviceWorker.getRegistration())?.update().catch(() => undefined));
            return (await workerStatus(page)).version;
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(secondBuild.version);
      // Once active, the worker drops the previous build's cache.
      await expect.poll(() => cacheNames(page), { timeout: 10_000 }).toEqual([`${CACHE_PREFIX}${secondBuild.version}`]);

      await context.setOffline(true);
      await reader.goto(`${deployed.url}${paths.resolution}`);
      await expect(reader.locator('#dinh-chinh').innerText()).resolves.toBe(CORRECTION);
      await expect(reader.locator('.kept-copy').innerText()).resolves.toBe(today());
    } finally {
      await deployed.close();
    }
  });

  it('keeps the previous build whole when a file does not match the new worker (a deploy half done)', async () => {
    const half = mkdtempSync(join(tmpdir(), 'offline-half-'));
    temporary.push(half);
    cpSync(siteDir, half, { recursive: true });
    const handbookFile = join(half, 'cam-nang/phan-2/index.html');
    const original = readFileSync(handbookFile, 'utf8');
    writeFileSync(handbookFile, original.replace(/(<main\b[^>]*>)/, '$1<p>Bản dựng mới.</p>'));
    const newer = await writeServiceWorker(half, projectRoot);
    // The new worker is out, but the page it lists is still the old one.
    writeFileSync(handbookFile, original);

    const first = await serveStatic(siteDir);
    const port = Number(new URL(first.url).port);
    const context = await freshContext();
    const { page, status } = await visitHome(context, first.url);
    await first.close();
    const mixed = await serveStatic(half, port);
    try {
      const outcome = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration!.update();
        const installing = registration!.installing;
        if (!installing) return 'no new worker';
        return new Promise<string>((done) => installing.addEventListener('statechange', () => installing.state === 'redundant' && done('refused')));
      });
      expect(outcome).toBe('refused');
      expect((await workerStatus(page)).version).toBe(status.version);
      expect(await cacheNames(page)).toEqual([`${CACHE_PREFIX}${status.version}`]);
      expect(newer.version).not.toBe(status.version);
    } finally {
      await mixed.close();
    }
  });
});

describe('install', () => {
  it('has a manifest with Vietnamese names, the site colours and PNG icons of the stated sizes (the check Chromium makes before installing: install.test.ts)', async () => {
    const { page } = await visitHome(await freshContext(), server.url);
    const manifest = (await (await page.request.get(`${server.url}${appFiles.manifest}`)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      lang: string;
      theme_color: string;
      background_color: string;
      icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
    };
    expect(manifest).toMatchObject({ lang: 'vi', start_url: paths.home, display: 'standalone', theme_color: '#a3161a', background_color: '#ffffff' });
    expect(manifest.name).toMatch(/^Thực hiện Nghị quyết Trung ương 4 \(khóa XII\) — Đảng bộ/);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    for (const size of [192, 512]) {
      for (const purpose of ['any', 'maskable'] as const) {
        const icon = manifest.icons.find((entry) => entry.src === appIconPath(size, purpose));
        expect(icon, `${size} ${purpose}`).toMatchObject({ sizes: `${size}x${size}`, type: 'image/png', purpose });
        const png = await (await page.request.get(`${server.url}${icon!.src}`)).body();
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon!.src).toEqual([size, size]);
      }
    }
  });
});
