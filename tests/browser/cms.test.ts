// The editors' CMS at /admin/: in the production build it stays apart from the reading pages, and through
// `npm run cms` (decap-server + dev server, in a temporary copy of the project) an editor can write a column
// issue in the browser that the build accepts and the site renders.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { buildSiteInBackground, projectRoot, withoutVitestModeFlags } from '../../support/build.ts';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { newContext, openWatchedPage, useBrowser } from '../../support/page.ts';
import { builtPages } from '../../support/site-pages.ts';
import { parse } from 'yaml';
import { columnIssue } from '../../src/schemas/columns.ts';
import { resultsTable } from '../../src/schemas/results.ts';
import { adminPaths, columnFeedPath, columnPath, issuePath } from '../../src/lib/paths.ts';
import { formatIsoDate, fromIsoDate, siteToday, toIsoDate } from '../../src/lib/dates.ts';
import { headerCsp } from '../../src/lib/security-policy.ts';
import { freePort } from '../../support/free-port.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const session = useBrowser();

describe('/admin/ in the production build', () => {
  it('loads the CMS under its own policy: Vietnamese login, noindex, no policy violation', async () => {
    const { page, watch } = await openWatchedPage(session.context, baseUrl);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    // This build has no repository configured (CMS_REPO): the page says so in Vietnamese. Given one, as a
    // deployment would, Decap runs under the page's policy and offers the GitHub login.
    if (!process.env.CMS_REPO) {
      await page.route(`${baseUrl}${adminPaths.config}`, async (route) => {
        const config = JSON.parse(await (await route.fetch()).text());
        await route.fulfill({ contentType: 'text/yaml', body: JSON.stringify({ ...config, backend: { ...config.backend, repo: 'dang-bo/trang-nq4' } }) });
      });
    }
    // The CMS is one 5 MB script: give a loaded machine time to parse it.
    await page.goto(`${baseUrl}${adminPaths.home}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    if (!process.env.CMS_REPO) expect(await page.getByRole('alert').innerText()).toContain('CMS_REPO');
    await page.getByRole('button', { name: /Đăng nhập bằng GitHub/ }).waitFor({ timeout: 90_000 });
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' https://api.github.com");
    expect(csp).toContain("default-src 'none'");
    expect(violations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    // One policy (src/lib/security-policy.ts): the page's meta is what dist/_headers sends for /admin/.
    const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
    expect(headers).toContain(`${adminPaths.home}*\n  Content-Security-Policy: ${headerCsp(csp!)}\n`);
    expect(readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8')).not.toContain(adminPaths.home);
    await page.close();
  }, 120_000);

  it('is linked from no public page, out of the search index, and its code loads on no reading page', () => {
    const pages = builtPages(siteDir);
    expect(pages).not.toContain(adminPaths.home);
    const adminHtml = readFileSync(join(siteDir, 'admin', 'index.html'), 'utf8');
    expect(adminHtml).not.toContain('data-pagefind-body');
    for (const path of pages) {
      const file = path.endsWith('/') ? join(siteDir, path, 'index.html') : join(siteDir, path);
      const html = readFileSync(file, 'utf8');
      expect(html, path).not.toContain(adminPaths.home);
      expect(html, path).not.toMatch(/decap/i);
    }
    for (const file of readdirSync(join(siteDir, '_astro')).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(siteDir, '_astro', file), 'utf8'), file).not.toMatch(/decap-cms/i);
    }
  });

  it('leaves a reading page without JavaScript of its own (only the service worker register script, issue 26)', async () => {
    const { page, watch } = await openWatchedPage(session.context, baseUrl);
    await page.goto(`${baseUrl}${issuePath('di-tich', 'so-01-dia-dao-phu-tho-hoa')}`, { waitUntil: 'networkidle' });
    const registerScript = /\/_astro\/register-worker\.[\w-]+\.js$/;
    expect(watch.requests.filter((url) => /\.m?js(\?|$)/.test(url) && !registerScript.test(url))).toEqual([]);
    expect(await page.locator('script[src]:not([src*="/register-worker."])').count()).toBe(0);
    await page.close();
  });
});

/**
 * The environment of an ordinary shell. Vitest's own variables change how Astro and Vite run: with its DEV=1 the
 * development server's import.meta.env.DEV is the string "1", so site.config.ts's preview mode (DEV === true) was
 * off and an issue dated later got no page there — an editor's `npm run cms` does show it, marked as not yet due.
 */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(withoutVitestModeFlags(env)).filter(([key]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$|NODE_OPTIONS$|SITE_NOW$)/.test(key)));
}

/** The first 10th (the Di tích column's day) after the given ISO day: an issue the editor schedules ahead. */
function nextTenth(todayIso: string): string {
  const { year, month, day } = fromIsoDate(todayIso);
  if (day < 10) return toIsoDate({ year, month, day: 10 });
  return toIsoDate(month === 12 ? { year: year + 1, month: 1, day: 10 } : { year, month: month + 1, day: 10 });
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}


async function waitForHttp(url: string, init: RequestInit | undefined, cms: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 240_000;
  let last = '';
  for (;;) {
    if (cms.exitCode !== null) throw new Error(`npm run cms exited (${cms.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error); // not listening yet, or still starting
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 240 s (${last}):\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Opens an address of the CMS and waits for `ready`; the local backend's login button enters without an account (its
 * exact name: "Đăng nhập bằng GitHub" would mean Decap did not find the local backend). Returns how many times the
 * page has loaded so far, to read later: a reload under the editor loses a login or an edit.
 */
async function openInCms(page: Page, address: string, ready: Locator): Promise<() => number> {
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(address, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const login = page.getByRole('button', { name: 'Đăng nhập', exact: true });
  // Once logged in, the CMS remembers the editor (in this browser context) and opens the address directly.
  await login.or(ready).first().waitFor({ timeout: 120_000 });
  if (await login.isVisible()) await login.click();
  try {
    await ready.first().waitFor({ timeout: 60_000 });
  } catch (error) {
    const shown = await page.locator('body').innerText().catch(() => '(no page)');
    throw new Error(`${String(error)}\nThe page loaded ${loads} times; it showed:\n${shown.slice(0, 2000)}`);
  }
  return () => loads;
}

/** Opens the form of a new Di tích issue. */
function openNewIssue(page: Page, siteUrl: string): Promise<() => number> {
  return openInCms(page, `${siteUrl}${adminPaths.home}#/collections/di-tich/new`, page.getByLabel('Số kỳ'));
}

/**
 * The file's text once the CMS has saved it anew. decap-server writes a file in place, so a read during the save
 * may find it empty: wait for a whole file (not empty, ending with its newline) that differs from the previous text.
 */
async function rewritten(file: string, previous: string): Promise<string> {
  let text = previous;
  await expect
    .poll(() => {
      text = readFileSync(file, 'utf8');
      return text !== previous && text.trim() !== '' && text.endsWith('\n');
    }, { timeout: 60_000 })
    .toBe(true);
  return text;
}

describe('npm run cms: an editor writes a Di tích issue in the browser', () => {
  let copy: string;
  let cms: ChildProcess;
  let log = '';
  let siteUrl: string;
  let backendUrl: string;
  let ports: { site: number; backend: number };
  // Named from the subject only (src/cms/config.ts): a draft has no issue number to name it by.
  const slug = 'nha-truyen-thong-phuong-thu';
  const title = 'Nhà truyền thống của phường, viết thử từ trang quản trị';

  beforeAll(async () => {
    // A temporary copy of the project, so the real content/ is never written; node_modules is shared.
    copy = mkdtempSync(join(tmpdir(), 'cms-test-'));
    for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
    // A file outside the content folders that the local backend must never hand out.
    mkdirSync(join(copy, '.git'));
    writeFileSync(join(copy, '.git', 'config'), '[remote "origin"]\n\turl = https://example.vn/kho-rieng.git\n');
    const [sitePort, backendPort] = [await freePort(), await freePort()];
    siteUrl = `http://localhost:${sitePort}`;
    backendUrl = `http://localhost:${backendPort}/api/v1`;
    ports = { site: sitePort, backend: backendPort };
    cms = spawn(process.execPath, [join(copy, 'scripts', 'cms.mjs')], {
      cwd: copy,
      detached: true,
      env: { ...withoutVitest(process.env), PORT: String(sitePort), DECAP_SERVER_PORT: String(backendPort), SITE_CACHE_DIR: join(copy, '.cache'), NODE_ENV: 'development', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cms.stdout?.on('data', (chunk) => (log += chunk));
    cms.stderr?.on('data', (chunk) => (log += chunk));
    await waitForHttp(`http://localhost:${backendPort}/api/v1`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }),
    }, cms, () => log);
    await waitForHttp(`${siteUrl}${adminPaths.config}`, undefined, cms, () => log);
  }, 300_000);

  afterAll(() => {
    if (cms?.pid && cms.exitCode === null) process.kill(-cms.pid, 'SIGTERM');
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('saves an issue scheduled for the next 10th: valid content, held back by the build until its day, then published', async () => {
    // The editor schedules the issue ahead, as the column is written: the next 10th after today.
    const date = nextTenth(siteToday(new Date()));
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const loads = await openNewIssue(page, siteUrl);
    await page.getByLabel('Số kỳ').fill('3');
    // The CMS's own date box: typed day/month/year, stored as the dd/mm/yyyy string the schema reads.
    await page.getByLabel('Ngày đăng').fill(formatIsoDate(date));
    await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await page.getByLabel('Di tích, địa chỉ đỏ được giới thiệu').fill('Nhà truyền thống Phường Thử');
    await page.getByLabel('Tóm tắt').fill('Một kỳ viết thử từ trang quản trị nội dung.');
    await page.getByRole('button', { name: 'Thêm nguồn' }).click();
    await page.getByLabel('Tên nguồn').fill('Báo Nhân Dân');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type('Đoạn đầu của bài viết thử.');
    // The preview pane shows the issue as the site lays it out.
    await expect.poll(() => page.frameLocator('iframe').locator('h1').innerText(), { timeout: 30_000 }).toBe(title);
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await page.waitForURL(new RegExp(`/entries/${slug}$`), { timeout: 60_000 });

    const written = join(copy, 'content', 'chuyen-muc', 'di-tich', `${slug}.mdx`);
    expect(existsSync(written), log).toBe(true);
    expect(existsSync(join(projectRoot, 'content', 'chuyen-muc', 'di-tich', `${slug}.mdx`))).toBe(false);
    const file = readFileSync(written, 'utf8');
    const result = columnIssue.safeParse(parseFrontmatter(file).frontmatter);
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ column: 'di-tich', issue: 3, date, title, sources: [{ name: 'Báo Nhân Dân' }], draft: false });
    // The save stamps the day of the change (the schema refuses a future one).
    expect(result.data?.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file).toContain('Đoạn đầu của bài viết thử.');

    // npm run cms: the editor's development server shows the issue at once, marked as not yet due.
    try {
      await expect
        .poll(async () => {
          const response = await fetch(`${siteUrl}${issuePath('di-tich', slug)}`);
          return response.ok ? response.text() : `HTTP ${response.status}`;
        }, { timeout: 60_000, interval: 1_000 })
        .toContain('Đoạn đầu của bài viết thử.');
    } catch (error) {
      throw new Error(`${String(error)}\nnpm run cms said:\n${log.slice(-4000)}`);
    }
    const preview = await (await fetch(`${siteUrl}${issuePath('di-tich', slug)}`)).text();
    expect(preview).toContain('Chưa đến ngày đăng');
    expect(preview).toContain(`Bài sẽ được đăng ngày ${formatIsoDate(date)}`);
    expect(errors).toEqual([]);
    // The development server never reloaded the CMS under the editor: not at login, not after the save.
    expect(loads()).toBe(1);
    await page.close();

    // The production build of the copy's content: the day before, it accepts the file and publishes nothing of it;
    // on the day, the issue has its page, its place on the column page and in the feed.
    // The two days are built side by side, each in its own folder.
    const built = async (today: string) => {
      const outDir = join(copy, `dist-${today}`);
      const build = await buildSiteInBackground({ CONTENT_DIR: join(copy, 'content'), SITE_NOW: today, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: join(copy, `.cache-${today}`) }).done;
      expect(build.status, build.output.slice(-3000)).toBe(0);
      const read = (path: string) => {
        const target = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
        return existsSync(target) ? readFileSync(target, 'utf8') : undefined;
      };
      return { issue: read(issuePath('di-tich', slug)), column: read(columnPath('di-tich'))!, feed: read(columnFeedPath('di-tich'))! };
    };
    const [before, onTheDay] = await Promise.all([built(dayBefore(date)), built(date)]);
    expect(before.issue).toBeUndefined();
    expect(before.column).not.toContain(title);
    expect(before.feed).not.toContain(title);
    expect(onTheDay.issue).toContain('Đoạn đầu của bài viết thử.');
    expect(onTheDay.issue).not.toContain('Chưa đến ngày đăng');
    expect(onTheDay.column).toContain(issuePath('di-tich', slug));
    expect(onTheDay.feed).toContain(title);
  }, 480_000);

  it('edits a published results table: the saved file keeps every figure and column, and the schema accepts it', async () => {
    const file = join(copy, 'content', 'ket-qua', 'dang-vien-2019.yaml');
    const before = resultsTable.parse(parse(readFileSync(file, 'utf8')));
    const page = await session.context.newPage();
    const note = page.getByLabel('Ghi chú');
    await openInCms(page, `${siteUrl}${adminPaths.home}#/collections/ket-qua/entries/dang-vien-2019`, note);
    // Each row is edited with the table's own columns; a figure the source does not give is an empty number box.
    await expect.poll(() => page.getByLabel('Số đảng viên').count(), { timeout: 60_000 }).toBe(before.rows.length);
    expect(await page.getByLabel('Số đảng viên').first().inputValue()).toBe('7178');
    expect(await page.getByLabel('Chi bộ trực thuộc').first().inputValue()).toBe('');
    await note.fill(`${before.note} Bảng được soát lại từ trang quản trị.`);
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 60_000 }).toContain('Bảng được soát lại');
    const after = resultsTable.safeParse(parse(readFileSync(file, 'utf8')));
    expect(after.error).toBeUndefined();
    expect(after.data).toMatchObject({ title: before.title, chart: before.chart, chartKey: before.chartKey, columns: before.columns, rows: before.rows });
    expect(after.data?.rows[0]).not.toHaveProperty('chi_bo');
    await page.close();
  }, 300_000);

  it('fits the form on a 360 px phone: no field or button past the right edge', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await openNewIssue(page, siteUrl);
    await page.locator('[data-slate-editor]').scrollIntoViewIfNeeded();
    // Decap lays the editor out for 800 px; src/cms/admin.css brings every field, button and the body within 360.
    const layout = await page.evaluate(() => {
      const shown = [...document.querySelectorAll('input, textarea, button, label, [data-slate-editor]')]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
      return { pageWidth: document.scrollingElement!.scrollWidth, rightmost: Math.max(...shown.map((box) => box.right)) };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(360);
    expect(layout.rightmost).toBeLessThanOrEqual(360);
    await expect.poll(() => page.getByLabel('Số kỳ').isVisible()).toBe(true);
    await page.close();
  }, 300_000);

  it('refuses to save an issue off its column day without a reason, and says why', async () => {
    const page = await session.context.newPage();
    await openNewIssue(page, siteUrl);
    await page.getByLabel('Số kỳ').fill('5');
    await page.getByLabel('Ngày đăng').fill('11/12/2026');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài đăng lệch ngày');
    await page.getByLabel('Di tích, địa chỉ đỏ được giới thiệu').fill('Một di tích');
    await page.getByLabel('Tóm tắt').fill('Thử lưu bài không đúng ngày.');
    await page.getByRole('button', { name: 'Thêm nguồn' }).click();
    await page.getByLabel('Tên nguồn').fill('Báo Nhân Dân');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await expect.poll(() => page.getByText(/Chuyên mục ra ngày 10 hằng tháng/).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(readdirSync(join(copy, 'content', 'chuyen-muc', 'di-tich')).filter((f) => f.startsWith('so-5-'))).toEqual([]);
    await page.close();
  }, 300_000);

  /** The local addresses a port is listened on, from the kernel's tables (IPv4 and IPv6). */
  function listeningAddresses(port: number): string[] {
    const found: string[] = [];
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
        const [, local, , state] = line.trim().split(/\s+/);
        if (!local || state !== '0A' || parseInt(local.split(':')[1]!, 16) !== port) continue;
        const hex = local.split(':')[0]!;
        found.push(hex.length === 8 ? hex.match(/../g)!.reverse().map((byte) => parseInt(byte, 16)).join('.') : `[${hex}]`);
      }
    }
    return found;
  }

  it('listens on 127.0.0.1 only, and its API opens only the folders the CMS edits', async () => {
    const inner = Number(/listening on 127\.0\.0\.1:(\d+)/.exec(log)?.[1]);
    expect(inner, log.slice(0, 2000)).toBeGreaterThan(0);
    for (const port of [ports.site, ports.backend, inner]) expect(listeningAddresses(port), `port ${port}`).toEqual(['127.0.0.1']);

    const ask = async (body: unknown, origin = siteUrl) => {
      const response = await fetch(backendUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify(body) });
      return { status: response.status, text: await response.text() };
    };
    const persist = (path: string, raw: string) => ask({ action: 'persistEntry', params: { branch: 'main', entry: { slug: 'x', path, raw }, assets: [], options: { commitMessage: 'x', useWorkflow: false, status: 'x' } } });
    for (const path of ['.git/config', 'content/../.git/config', '../cms-test/.git/config', 'package.json']) {
      const read = await ask({ action: 'getEntry', params: { branch: 'main', path } });
      expect(read.status, path).toBe(403);
      expect(read.text).not.toContain('kho-rieng');
      expect(JSON.parse(read.text).error).toContain('nằm ngoài các thư mục');
    }
    expect((await ask({ action: 'entriesByFolder', params: { branch: 'main', folder: 'src/pages', extension: 'astro', depth: 1 } })).status).toBe(403);
    for (const path of ['src/pages/x.astro', 'scripts/x.mjs', 'content/van-ban/../../src/pages/x.astro']) {
      expect((await persist(path, '<h1>x</h1>')).status, path).toBe(403);
    }
    expect(existsSync(join(copy, 'src', 'pages', 'x.astro'))).toBe(false);
    expect(existsSync(join(copy, 'scripts', 'x.mjs'))).toBe(false);
    // Another site open in the editor's browser gets nothing.
    expect((await ask({ action: 'getEntry', params: { branch: 'main', path: 'content/ket-qua/kiem-tra-ubkt.yaml' } }, 'http://evil.example')).status).toBe(403);
    // A content file: read, and written back unchanged byte for byte.
    const table = join(copy, 'content', 'ket-qua', 'kiem-tra-ubkt.yaml');
    const before = readFileSync(table, 'utf8');
    const read = await ask({ action: 'getEntry', params: { branch: 'main', path: 'content/ket-qua/kiem-tra-ubkt.yaml' } });
    expect(JSON.parse(read.text).data).toBe(before);
    expect((await persist('content/ket-qua/kiem-tra-ubkt.yaml', before)).status).toBe(200);
    expect(readFileSync(table, 'utf8')).toBe(before);
  }, 120_000);

  describe('an editor on an English (en-US) browser', () => {
    let english: BrowserContext;
    // Each test on a page of its own: a page left with unsaved changes asks before Decap leaves it.
    let page: Page;
    beforeAll(async () => {
      english = await newContext(session.browser, { locale: 'en-US' });
    });
    beforeEach(async () => {
      page = await english.newPage();
    });
    afterEach(async () => {
      await page.close();
    });
    const publish = async () => {
      await page.getByRole('button', { name: 'Công bố' }).click();
      await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    };
    const dateBox = () => page.getByRole('textbox', { name: /^Ngày đăng(?! của)/ });

    it('types dates as Vietnamese write them: 31/02/2027 is refused on the field, 26/12/2026 is saved as 26 December', async () => {
      const folder = join(copy, 'content', 'chuyen-muc', 'guong-sang');
      const filesBefore = readdirSync(folder);
      await openInCms(page, `${siteUrl}${adminPaths.home}#/collections/guong-sang/new`, page.getByLabel('Số kỳ'));
      // The next issue number of the column is proposed.
      expect(await page.getByLabel('Số kỳ').inputValue()).toBe('1');
      await dateBox().fill('31/02/2027');
      await page.getByLabel('Tiêu đề', { exact: true }).fill('Một tấm gương viết thử');
      await page.getByLabel('Người được giới thiệu').fill('Đồng chí Viết Thử');
      await page.getByLabel('Tóm tắt').fill('Một kỳ viết thử trên trình duyệt tiếng Anh.');
      await page.getByRole('button', { name: 'Thêm nguồn' }).click();
      await page.getByLabel('Tên nguồn').fill('Báo Nhân Dân');
      await publish();
      await page.getByText('31/02/2027 không phải là một ngày có thật').waitFor({ timeout: 30_000 });
      await page.getByText('Chưa lưu: có ô chưa điền hoặc điền chưa đúng').first().waitFor({ timeout: 30_000 });
      expect(readdirSync(folder)).toEqual(filesBefore);
      // The screen has no English, no dev toolbar.
      const shown = await page.locator('body').innerText();
      expect(shown).not.toMatch(/Markdown|UTC|Error:|Invalid/);
      expect(await page.locator('astro-dev-toolbar').count()).toBe(0);

      await dateBox().fill('26/12/2026');
      await expect.poll(() => page.getByText('không phải là một ngày có thật').count()).toBe(0);
      await publish();
      await page.waitForURL(/\/entries\/dong-chi-viet-thu$/, { timeout: 60_000 });
      const file = readFileSync(join(folder, 'dong-chi-viet-thu.mdx'), 'utf8');
      expect(file).toContain('\ndate: 26/12/2026\n');
      expect(columnIssue.parse(parseFrontmatter(file).frontmatter)).toMatchObject({ column: 'guong-sang', issue: 1, date: '2026-12-26', updated: siteToday(new Date()) });
    }, 300_000);

    it('is told in the CMS when the content guard refuses a save, and the file stays as it was', async () => {
      const file = join(copy, 'content', 'chuyen-muc', 'guong-sang', 'dong-chi-viet-thu.mdx');
      const before = readFileSync(file, 'utf8');
      await openInCms(page, `${siteUrl}${adminPaths.home}#/collections/guong-sang/entries/dong-chi-viet-thu`, page.getByLabel('Số kỳ'));
      await page.locator('[data-slate-editor]').click();
      await page.keyboard.type('Xem thêm');
      await page.keyboard.down('Shift');
      for (let i = 0; i < 'Xem thêm'.length; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.up('Shift');
      // The link button asks for the address: the editor pastes a script address.
      page.once('dialog', (dialog) => void dialog.accept('javascript:alert(1)'));
      await page.getByRole('button', { name: 'Liên kết' }).click();
      await publish();
      const told = page.getByText(/^Chưa lưu, tệp vẫn giữ như trước\./).first();
      await told.waitFor({ timeout: 60_000 });
      expect(await told.innerText()).toContain('Nội dung, dòng 1');
      expect(await told.innerText()).not.toMatch(/Error:|API_ERROR|stack/);
      expect(readFileSync(file, 'utf8')).toBe(before);
    }, 300_000);

    it('reads 0,25 in a percentage as 0.25, and a changed cell is a one-line change of the table', async () => {
      const file = join(copy, 'content', 'ket-qua', 'khao-sat-bieu-hien.yaml');
      const before = readFileSync(file, 'utf8');
      const changedLines = (a: string, b: string) => {
        const [x, y] = [a.split('\n'), b.split('\n')];
        return { removed: x.filter((line) => !y.includes(line)), added: y.filter((line) => !x.includes(line)) };
      };
      const share = page.getByLabel('Tỷ lệ theo số đảng viên được khảo sát');
      await openInCms(page, `${siteUrl}${adminPaths.home}#/collections/ket-qua/entries/khao-sat-bieu-hien`, page.getByLabel('Ghi chú'));
      await expect.poll(() => share.count(), { timeout: 60_000 }).toBe(3);
      expect(await share.nth(0).inputValue()).toBe('1,83');
      await share.nth(2).fill('0,25');
      await publish();
      const saved = await rewritten(file, before);
      expect(resultsTable.parse(parse(saved)).rows[2]).toMatchObject({ tyle: 0.25 });
      const today = formatIsoDate(siteToday(new Date()));
      const stamped = !before.includes(`updated: ${today}`);
      // The row's line, and the last-change day when the table was last changed on another day; the comment stays.
      expect(changedLines(before, saved)).toEqual({
        removed: ['  - { dot: Cuối năm 2018, so: 20, tyle: 0.31 }', ...(stamped ? [before.match(/^updated: .*$/m)![0]] : [])],
        added: ['  - { dot: Cuối năm 2018, so: 20, tyle: 0.25 }', ...(stamped ? [`updated: ${today}`] : [])],
      });
      // A second change the same day: exactly one line.
      await share.nth(0).fill('1,84');
      await publish();
      expect(changedLines(saved, await rewritten(file, saved))).toEqual({
        removed: ['  - { dot: 6 tháng cuối năm 2017, so: 116, tyle: 1.83 }'],
        added: ['  - { dot: 6 tháng cuối năm 2017, so: 116, tyle: 1.84 }'],
      });
      // "1.83", an English decimal point, is refused on the field rather than guessed.
      await share.nth(0).fill('1.83');
      await publish();
      await page.getByText('số thập phân ghi bằng dấu phẩy').first().waitFor({ timeout: 30_000 });
    }, 300_000);

    it('flags a share that does not match its count, where the table gives shares of its total', async () => {
      const file = join(copy, 'content', 'ket-qua', 'hai-long-hanh-chinh-2018.yaml');
      const before = readFileSync(file, 'utf8');
      const share = page.getByLabel('Tỷ lệ', { exact: true });
      await openInCms(page, `${siteUrl}${adminPaths.home}#/collections/ket-qua/entries/hai-long-hanh-chinh-2018`, page.getByLabel('Ghi chú'));
      await expect.poll(() => share.count(), { timeout: 60_000 }).toBe(3);
      // 32 of 12.989 records is 0,25 %: "2,5" is a slip of the comma.
      await share.nth(2).fill('2,5');
      await publish();
      await page.getByText(/Tỷ lệ 2,50% không khớp với số 32 trên tổng 12\.989/).waitFor({ timeout: 30_000 });
      expect(readFileSync(file, 'utf8')).toBe(before);
    }, 300_000);
  });
});
