import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, openWatchedPage, runAxe, useBrowser } from '../../support/page.ts';
import { numberedDocuments, readResults, searchFor, submitInBox, waitForAnswer } from '../../support/search-helpers.ts';
import { documentPath, issuePath, paths } from '../../src/lib/paths.ts';

const baseUrl = inject('baseUrl');

const session = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await session.context.newPage();
});

const lower = (text: string) => text.toLocaleLowerCase('vi');
const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => lower(m[1]!.replace(/[.,;:!?“”"()]+$/u, '')));

describe('states of the search page', () => {
  it('asks for a query, then loads Pagefind under the site CSP without a console error', async () => {
    const { page: watched, watch } = await openWatchedPage(session.context, baseUrl);
    await watched.goto(`${baseUrl}/tim-kiem/`, { waitUntil: 'networkidle' });
    await expect(watched.locator('#search-status').textContent()).resolves.toContain('Nhập từ khóa');
    await watched.fill('#search-q', 'địa đạo');
    await waitForAnswer(watched, 'địa đạo');
    expect((await readResults(watched)).length).toBeGreaterThan(0);
    expect(watch.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await watched.close();
  });

  it('opened without a query, loads no part of Pagefind as it loads; gets it ready when the box is touched, without fetching any part of the index before a query', async () => {
    const { page: watched, watch } = await openWatchedPage(session.context, baseUrl);
    await watched.goto(`${baseUrl}/tim-kiem/`, { waitUntil: 'networkidle' });
    const pagefindFiles = () => watch.requests.filter((url) => url.includes('/pagefind/')).map((url) => new URL(url).pathname);
    expect(pagefindFiles(), 'fetched as the page loaded').toEqual([]);
    await watched.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await watched.locator('#search-q').click();
    await watched.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/wasm.')));
    // Let the idle-time warm-up searches run (one per idle period).
    await watched.evaluate(async () => {
      for (let i = 0; i < 8; i++) await new Promise((idle) => requestIdleCallback(idle, { timeout: 500 }));
    });
    expect(pagefindFiles().some((path) => path.startsWith('/pagefind/wasm.'))).toBe(true);
    expect(pagefindFiles().filter((path) => /\.pf_(index|fragment|filter)$/.test(path))).toEqual([]);
    await watched.fill('#search-q', 'địa đạo');
    await waitForAnswer(watched, 'địa đạo');
    expect((await readResults(watched)).length).toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    await watched.close();
  });

  it('opened without a query and left alone, gets Pagefind ready at idle a moment after it loaded', async () => {
    const { page: watched, watch } = await openWatchedPage(session.context, baseUrl);
    await watched.goto(`${baseUrl}/tim-kiem/`, { waitUntil: 'load' });
    await watched.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/wasm.')), undefined, { timeout: 15_000 });
    const loadedAt = await watched.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.includes('/pagefind/pagefind.js'))!.startTime);
    const pageLoaded = await watched.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    expect(loadedAt - pageLoaded).toBeGreaterThanOrEqual(1500);
    expect(watch.consoleErrors).toEqual([]);
    await watched.close();
  });

  it('says it is loading while Pagefind is on its way', async () => {
    const slow = await session.context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await slow.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await slow.goto(`${baseUrl}/tim-kiem/?q=dia+dao`);
    await slow.waitForFunction(() => document.querySelector('#search-status')?.textContent === 'Đang tải bộ tìm kiếm…');
    release();
    await waitForAnswer(slow, 'dia dao');
    await slow.close();
  });

  it('says so in Vietnamese when nothing matches', async () => {
    const results = await searchFor(page, baseUrl, 'xqzvwk');
    expect(results).toEqual([]);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^Không tìm thấy kết quả nào cho “xqzvwk”/);
  });
});

describe('results', () => {
  it('show title, kind and date, the matched words highlighted in the original text, and no folded twin', async () => {
    const results = await searchFor(page, baseUrl, 'dia dao');
    const relic = results.find((r) => r.page === issuePath('di-tich', 'so-01-dia-dao-phu-tho-hoa'));
    expect(relic).toBeDefined();
    expect(relic!.title).toContain('Địa đạo Phú Thọ Hòa');
    expect(relic!.meta).toMatch(/^Di tích, địa chỉ đỏ · \d{2}\/\d{2}\/\d{4}$/);
    expect(marked(relic!.excerptHtml)).toEqual(expect.arrayContaining(['địa', 'đạo']));
    expect(await page.locator('.search').innerHTML()).not.toContain('^~');
  });

  it('link to a section that exists on the target page', async () => {
    const results = await searchFor(page, baseUrl, 'Quyết định 99-QĐ/TW của Ban Bí thư');
    const withSection = results.filter((r) => r.href.includes('#'));
    expect(withSection.length).toBeGreaterThan(0);
    for (const result of withSection.slice(0, 3)) {
      await page.goto(`${baseUrl}${result.href}`);
      const id = decodeURIComponent(result.href.split('#')[1]!);
      const targetText = await page.evaluate((target) => document.getElementById(target)?.textContent ?? null, id);
      expect(targetText, id).not.toBeNull();
      // The section named under the title is the one the link lands on.
      const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
      if (result.section) expect(squash(targetText!)).toContain(squash(result.section.replace(/^Mục: /, '').replace(/…$/, '')));
    }
  });

  it('come ten at a time, the button loading the next ones without repeating any', async () => {
    const first = await searchFor(page, baseUrl, 'dang vien');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    // Results holding every word, then the looser ones listed apart: ten at a time through both.
    const total = Number(/Tìm thấy (\d+)/.exec(status)?.[1]) + Number(/Có (\d+) kết quả gần đúng/.exec(status)?.[1] ?? 0);
    expect(total).toBeGreaterThan(10);
    expect(first.length).toBe(10);
    await page.getByRole('button', { name: /^Xem thêm kết quả/ }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, 10);
    const all = await readResults(page);
    expect(all.length).toBe(Math.min(20, total));
    expect(new Set(all.map((r) => r.href)).size).toBe(all.length);
    expect(all.slice(0, 10)).toEqual(first);
  });

  it('say what kind of page each one is, even where the page declares no kind', async () => {
    const results = await searchFor(page, baseUrl, 'dang vien');
    for (const result of results) expect(result.meta, result.href).not.toBe('');
  });

  it('never list the search page itself, and index only the main content, not the site chrome', async () => {
    const results = await searchFor(page, baseUrl, 'tìm kiếm');
    expect(results.map((r) => r.page)).not.toContain(paths.search);
    // A string, so the test runner does not rewrite the browser's import().
    const content = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search('địa đạo');
      return Promise.all(found.results.slice(0, 5).map(async (r) => (await r.data()).content));
    })()`);
    expect(content.length).toBeGreaterThan(0);
    for (const text of content) {
      expect(text).not.toContain('Bỏ qua, đến nội dung chính');
      expect(text).not.toContain('Trang này không dùng cookie');
    }
  });
});

describe('excerpts explain the match', () => {
  const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

  it('"ke khai tai san": the passage with every word, not the heading the result already names, and no field label', async () => {
    const [first, second] = await searchFor(page, baseUrl, 'ke khai tai san');
    expect(first!.href).toBe(`${paths.resolution}#bieu-hien-12`);
    expect(first!.section).toContain('Biểu hiện 12 — nhóm B, số 3');
    expect(textOf(first!.excerptHtml)).not.toContain('nhóm B, số 3');
    expect(textOf(first!.excerptHtml)).not.toContain('Tóm tắt');
    expect(marked(first!.excerptHtml).slice(0, 4)).toEqual(['kê', 'khai', 'tài', 'sản']);
    // The second result too shows the passage holding the four words, not a "công khai" alone.
    expect(marked(second!.excerptHtml)).toEqual(expect.arrayContaining(['kê', 'khai', 'tài', 'sản']));
  });

  it('highlight whole words only: "tu" marks tu, tư, tự, từ, never tục or tuyên', async () => {
    const results = await searchFor(page, baseUrl, 'tu');
    const words = results.flatMap((r) => marked(r.excerptHtml));
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(word.normalize('NFD').replace(/\p{M}/gu, ''), word).toBe('tu');
  });

  it('while the query is being typed, highlight the start typed of its last word, and only that start', async () => {
    await page.goto(`${baseUrl}${paths.search}`);
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.locator('#search-q').pressSequentially('dia da', { delay: 30 });
    await waitForAnswer(page, 'dia da');
    const html = (await readResults(page)).map((r) => r.excerptHtml).join(' ');
    expect(lower(html)).toContain('<mark>địa</mark> <mark>đạ</mark>o');
  });

  it('a document named by its number shows that number highlighted, and its opening rather than a passage elsewhere', async () => {
    const [first] = await searchFor(page, baseUrl, '124');
    expect(first!.page).toBe(documentPath('quy-dinh-124-qd-tw'));
    expect(await page.locator('.search-result__meta mark').first().textContent()).toBe('124-QĐ/TW');
    expect(first!.href).toBe(first!.page);
    expect(await runAxe(page)).toEqual([]);
  });
});

describe('Vietnamese typed without tone marks or đ', () => {
  it('"dang vien" finds the pages "đảng viên" finds, showing the original words', async () => {
    const accented = (await searchFor(page, baseUrl, 'đảng viên')).slice(0, 3).map((r) => r.page);
    const folded = await searchFor(page, baseUrl, 'dang vien');
    expect(accented.length).toBe(3);
    const foldedPages = folded.map((r) => r.page);
    for (const wanted of accented) expect(foldedPages).toContain(wanted);
    expect(marked(folded[0]!.excerptHtml)).toEqual(expect.arrayContaining(['đảng', 'viên']));
  });

  it('"Dang bo" finds "Đảng bộ"', async () => {
    const results = await searchFor(page, baseUrl, 'Dang bo');
    const excerpts = results.slice(0, 5).map((r) => r.excerptHtml).join(' ');
    expect(lower(excerpts)).toMatch(/<mark>đảng<\/mark> <mark>bộ[.,;:]?<\/mark>/);
  });

  it('"dinh tan phuoc" finds Đình Tân Phước first', async () => {
    const results = await searchFor(page, baseUrl, 'dinh tan phuoc');
    expect(results[0]?.page).toBe(issuePath('di-tich', 'so-02-dinh-tan-phuoc'));
  });

  it('an exact match with diacritics ranks above a folded one: "đình" puts the đình first, not the many "định"', async () => {
    const results = await searchFor(page, baseUrl, 'đình');
    expect(results.length).toBeGreaterThan(3);
    expect(results[0]!.page).toBe(issuePath('di-tich', 'so-02-dinh-tan-phuoc'));
    expect(marked(results[0]!.excerptHtml)).toContain('đình');
  });
});

describe('document numbers typed the usual ways put that document first', () => {
  const documents = numberedDocuments();
  const stripD = (text: string) => text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const plain = (text: string) => stripD(text.normalize('NFD').replace(/\p{M}/gu, '')).normalize('NFC');

  it('covers every numbered document of the site', () => {
    expect(documents.map((d) => d.number)).toEqual(expect.arrayContaining(['04-NQ/TW', '99-QĐ/TW', '08-QĐi/TW', '124-QĐ/TW', '1374-QĐ/TU', '02-PA/BCĐ']));
  });

  for (const doc of documents) {
    const [, serial, code, issuer] = /^(\d+)-([^/]+)\/(.+)$/.exec(doc.number)!;
    const variants = [
      // The bare serial, as staff write it on paper: the document that carries it comes before pages that mention it.
      serial!,
      `số ${serial}`,
      `${code}-${issuer} ${serial}`,
      `${serial}/${code}-${issuer}`,
      doc.number,
      stripD(doc.number),
      `${code} ${serial}`,
      `${plain(code!)} ${Number(serial)}`,
      `${doc.kind} ${serial}`,
      lower(plain(`${doc.kind} số ${serial}`)),
    ];
    it.each(variants)(`${doc.number}: "%s"`, async (query) => {
      // Submitted from the box of the page the query before left open, as staff looking numbers up one after another.
      const results = await submitInBox(page, baseUrl, query);
      // The resolution page carries the same number as the resolution's document page.
      const accepted = doc.number === '04-NQ/TW' ? [documentPath(doc.slug), paths.resolution] : [documentPath(doc.slug)];
      expect(accepted).toContain(results[0]?.page);
    });
  }
});

describe('the address holds the search', () => {
  it('updates as you type and with each filter, and the back button walks back through them', async () => {
    // Found in documents and in the Di tích column alike, so that the column's filter narrows the results.
    const query = 'tan phu';
    await page.goto(`${baseUrl}/tim-kiem/`);
    // Typing before the island wakes is covered by its own test; here the history is what matters.
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.locator('#search-q').pressSequentially(query, { delay: 30 });
    await waitForAnswer(page, query);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    const allKinds = (await readResults(page)).length;

    const filter = page.getByRole('radio', { name: /^Di tích, địa chỉ đỏ \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec((await filter.locator('xpath=..').innerText()) ?? '')?.[1]);
    await filter.check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('loai') !== null);
    await waitForAnswer(page, query);
    const filtered = await readResults(page);
    expect(filtered.length).toBe(count);
    expect(filtered.length).toBeLessThan(allKinds);
    for (const result of filtered) expect(result.meta).toMatch(/^Di tích, địa chỉ đỏ/);

    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('loai') === null);
    await waitForAnswer(page, query);
    expect((await readResults(page)).length).toBe(allKinds);
    await expect(page.getByRole('radio', { name: 'Tất cả' }).first().isChecked()).resolves.toBe(true);

    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('');
    await expect(page.locator('#search-status').textContent()).resolves.toContain('Nhập từ khóa');
  });

  it('waits for a second letter of the last word while typing, keeping the last answer and its address; Enter searches it', async () => {
    await page.goto(`${baseUrl}/tim-kiem/`);
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.locator('#search-q').pressSequentially('dang', { delay: 30 });
    await waitForAnswer(page, 'dang');
    expect(new URL(page.url()).searchParams.get('q')).toBe('dang');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.locator('#search-q').pressSequentially(' v', { delay: 30 });
    await page.waitForTimeout(600);
    // A single "v" would match every word starting with it: the answer for "dang" stays, and no index is fetched for it.
    await expect(page.locator('#search-status').textContent()).resolves.toContain('“dang”');
    expect(new URL(page.url()).searchParams.get('q')).toBe('dang');
    expect(requested.filter((url) => url.includes('/pagefind/index/'))).toEqual([]);
    await page.locator('#search-q').pressSequentially('i', { delay: 30 });
    await waitForAnswer(page, 'dang vi');
    expect(new URL(page.url()).searchParams.get('q')).toBe('dang vi');
    await page.locator('#search-q').fill('dang v');
    await page.locator('#search-q').press('Enter');
    await waitForAnswer(page, 'dang v');
    expect(new URL(page.url()).searchParams.get('q')).toBe('dang v');
  });

  it('keeps and searches what was typed before the page’s script had loaded', async () => {
    const early = await session.context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await early.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await early.goto(`${baseUrl}/tim-kiem/`, { waitUntil: 'commit' });
    await early.locator('#search-q').pressSequentially('dia dao', { delay: 10 });
    release();
    await waitForAnswer(early, 'dia dao');
    expect(new URL(early.url()).searchParams.get('q')).toBe('dia dao');
    await early.close();
  });

  it('opens a shared address with its query and filters applied', async () => {
    await page.goto(`${baseUrl}/tim-kiem/?q=dia+dao&loai=${encodeURIComponent('Di tích, địa chỉ đỏ')}`);
    await waitForAnswer(page, 'dia dao');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('dia dao');
    await expect(page.getByRole('radio', { name: /^Di tích, địa chỉ đỏ/ }).isChecked()).resolves.toBe(true);
  });

  it('filters by year, with counts', async () => {
    const results = await searchFor(page, baseUrl, 'quy định');
    expect(results.length).toBeGreaterThan(0);
    const yearRadio = page.getByRole('radio', { name: /^2018 \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(await yearRadio.locator('xpath=..').innerText())?.[1]);
    await yearRadio.check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('nam') === '2018');
    await waitForAnswer(page, 'quy định');
    const filtered = await readResults(page);
    expect(filtered.length).toBe(count);
    for (const result of filtered) expect(result.meta).toMatch(/\/2018$/);
  });
});

describe('the header search box', () => {
  it('works as a plain form without JavaScript and lands on /tim-kiem/?q=…', async () => {
    const noScript = await newContext(session.browser, { javaScriptEnabled: false });
    const plainPage = await noScript.newPage();
    await plainPage.goto(`${baseUrl}/van-ban/`);
    await plainPage.fill('#header-search-q', 'dang vien');
    await Promise.all([plainPage.waitForURL(/\/tim-kiem\/\?q=dang\+vien$/), plainPage.press('#header-search-q', 'Enter')]);
    await expect(plainPage.locator('h1').textContent()).resolves.toBe('Tìm kiếm');
    await noScript.close();
  });

  it('is on every page and its query is answered on the search page', async () => {
    await page.goto(`${baseUrl}/cam-nang/`);
    await page.fill('#header-search-q', 'Đảng bộ');
    await page.press('#header-search-q', 'Enter');
    await waitForAnswer(page, 'Đảng bộ');
    expect((await readResults(page)).length).toBeGreaterThan(0);
  });
});

describe('access', () => {
  it('can be used by keyboard alone: from the box to a result and into it', async () => {
    await searchFor(page, baseUrl, 'dia dao');
    await page.focus('#search-q');
    let onResult = false;
    for (let presses = 0; presses < 40 && !onResult; presses++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.closest('.search-result__title') !== null);
    }
    expect(onResult).toBe(true);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await Promise.all([page.waitForURL((url) => url.pathname === target!.split('#')[0]), page.keyboard.press('Enter')]);
  });

  it('has no axe violation with results and filters shown', async () => {
    await searchFor(page, baseUrl, 'dang vien');
    expect(await runAxe(page)).toEqual([]);
  });

  it('fits a 320 px phone with results and filters shown', async () => {
    const phone = await newContext(session.browser, { viewport: { width: 320, height: 640 } });
    const small = await phone.newPage();
    await searchFor(small, baseUrl, 'Quyết định 99-QĐ/TW của Ban Bí thư');
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The filters start folded, so the results come first, and open from the keyboard.
    const filters = small.locator('details.search__filters');
    await expect(filters.evaluate((el: HTMLDetailsElement) => el.open)).resolves.toBe(false);
    await small.locator('details.search__filters summary').focus();
    await small.keyboard.press('Enter');
    await expect(small.getByRole('radio', { name: 'Tất cả' }).first().isVisible()).resolves.toBe(true);
    await phone.close();
  });
});
