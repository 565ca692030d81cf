import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, useBrowser } from '../../support/page.ts';
import { builtPages } from '../../support/site-pages.ts';
import { loadManifestations } from '../../support/manifestations-data.ts';
import { documentPath, handbookPartPath, manifestationPath, paths } from '../../src/lib/paths.ts';
import { manifestationAnchor } from '../../src/lib/manifestations.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const manifestations = loadManifestations();
const handbookRoutes = [paths.handbook, ...[1, 2, 3].map(handbookPartPath), paths.handbookPrint];
const HANDBOOK_TITLE = 'Giám sát cán bộ, công chức và đảng viên theo Nghị quyết Trung ương 4 (khóa XII)';

const session = useBrowser();

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Counts the pages of a PDF by its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

describe('the handbook overview /cam-nang/', () => {
  it('names the handbook, says who received the 20.000 copies and links to the three parts and the print version', async () => {
    const page = await open(paths.handbook);
    const text = await page.locator('main').innerText();
    expect(text).toContain(HANDBOOK_TITLE);
    expect(text).toContain('20.000');
    expect(text).toContain('ban công tác mặt trận khu phố');
    expect(text).toContain('ban điều hành tổ dân phố');
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const route of handbookRoutes.slice(1)) expect(hrefs, route).toContain(route);
    await page.close();
  });
});

describe('the handbook pages', () => {
  it('are all built and file themselves in search as "Cẩm nang", except the print copy, which is left out of the index', async () => {
    for (const route of handbookRoutes) {
      expect(pages, route).toContain(route);
      const page = await open(route);
      if (route === paths.handbookPrint) {
        await expect(page.locator('[data-pagefind-body]').count()).resolves.toBe(0);
      } else {
        await expect(page.locator('main[data-pagefind-body]').count(), route).resolves.toBe(1);
        await expect(page.locator('[data-pagefind-filter="kind"]').textContent(), route).resolves.toBe('Cẩm nang');
      }
      await page.close();
    }
  });

  it('give every section heading an id, so search results and links can point at the section', async () => {
    for (const route of handbookRoutes.slice(1, 4)) {
      const page = await open(route);
      const headings = await page.locator('main h2, main h3').evaluateAll((els) => els.map((el) => ({ text: (el as HTMLElement).innerText, id: el.id })));
      expect(headings.length, route).toBeGreaterThan(1);
      for (const heading of headings) expect(heading.id, `${route} "${heading.text}"`).not.toBe('');
      await page.close();
    }
  });

  it('link only to pages and sections that exist', async () => {
    const idsByPage = new Map<string, string[]>();
    const idsOf = async (path: string) => {
      if (!idsByPage.has(path)) {
        const page = await open(path);
        idsByPage.set(path, await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
        await page.close();
      }
      return idsByPage.get(path)!;
    };
    for (const route of handbookRoutes) {
      const page = await open(route);
      const hrefs = await page.locator('main a[href^="/"], main a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      await page.close();
      for (const href of hrefs) {
        const [path = '', hash] = href.split('#');
        const target = path === '' ? route : path;
        expect(pages, `${route} → ${href}`).toContain(target);
        if (hash) expect(await idsOf(target), `${route} → ${href}`).toContain(hash);
      }
    }
  });

  it('fit a 320 px phone without horizontal scrolling', async () => {
    const phone = await newContext(session.browser, { viewport: { width: 320, height: 640 } });
    const page = await phone.newPage();
    for (const route of [...handbookRoutes, paths.resolution]) {
      await page.goto(`${baseUrl}${route}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });
});

describe('handbook part 1', () => {
  it('shows the 27 manifestations from the data, each with its three items and a link back to the resolution page', async () => {
    const page = await open(handbookPartPath(1));
    let seen = 0;
    for (const m of manifestations) {
      const entry = page.locator(`[id="${manifestationAnchor(m.number)}"]`);
      await expect(entry.count(), `#${manifestationAnchor(m.number)}`).resolves.toBe(1);
      const text = await entry.innerText();
      expect(text).toContain(`Biểu hiện ${m.number} — nhóm ${m.group}, số ${m.numberInGroup}`);
      for (const item of m.items) {
        expect(text, item.id).toContain(item.text);
        seen += 1;
      }
      await expect(entry.locator(`a[href="${manifestationPath(m.number)}"]`).count()).resolves.toBe(1);
      if (m.status === 'tom-tat') {
        await expect(entry.locator('blockquote').count(), `#${manifestationAnchor(m.number)}`).resolves.toBe(0);
        expect(text).toContain('Tóm tắt nội dung');
      }
    }
    expect(seen).toBe(81);
    await expect(page.locator('main').innerText()).resolves.toContain('Bộ 81 nội dung tự kiểm tra');
    await page.close();
  });
});

describe('handbook parts 2 and 3', () => {
  it('part 2 explains Quyết định 99-QĐ/TW and links to it and to Quy định 124-QĐ/TW and 08-QĐi/TW', async () => {
    const page = await open(handbookPartPath(2));
    const text = await page.locator('main').innerText();
    expect(text).toContain('Quyết định số 99-QĐ/TW');
    expect(text).toContain('03/10/2017');
    expect(text).toContain('19 điều đảng viên không được làm');
    for (const slug of ['quyet-dinh-99-qd-tw', 'quy-dinh-124-qd-tw', 'quy-dinh-08-qdi-tw']) {
      await expect(page.locator(`main a[href="${documentPath(slug)}"]`).count(), slug).resolves.toBeGreaterThan(0);
    }
    await page.close();
  });

  it('part 3 names the five contents of supervision as headings and points to Quy định 1374-QĐ/TU', async () => {
    const page = await open(handbookPartPath(3));
    const headings = await page.locator('main h3').allInnerTexts();
    for (const content of [
      'Quản lý trật tự xây dựng',
      'Tinh thần trách nhiệm, thái độ phục vụ của cán bộ, công chức',
      'Việc thực thi công vụ khi xuống cơ sở',
      'Chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
      'Giữ mối liên hệ với chi bộ, cấp ủy nơi cư trú',
    ]) {
      expect(headings).toContain(content);
    }
    await expect(page.locator(`main a[href="${documentPath('quy-dinh-1374-qd-tu')}"]`).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe('the print copy /cam-nang/ban-in/', () => {
  it('holds the whole handbook: the three parts in order and all 81 items', async () => {
    const page = await open(paths.handbookPrint);
    const parts = await page.locator('section.print-part > h2').allInnerTexts();
    expect(parts.map((title) => title.slice(0, 7))).toEqual(['Phần 1:', 'Phần 2:', 'Phần 3:']);
    const itemIds = await page.locator('li[data-item-id]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item-id')));
    expect(itemIds).toEqual(manifestations.flatMap((m) => m.items.map((item) => item.id)));
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    await page.close();
  });

  it('keeps its headings in order: one h1, each part an h2, nothing skips a level', async () => {
    const page = await open(paths.handbookPrint);
    const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level, `heading ${index}`).toBeLessThanOrEqual(levels[index - 1]! + 1);
    });
    await page.close();
  });

  it('prints without navigation or site chrome, and starts each part on a new page', async () => {
    const page = await open(paths.handbookPrint);
    await expect(page.locator('.print-part').first().evaluate((el) => getComputedStyle(el).breakBefore)).resolves.not.toBe('page');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer', '.print-hint']) {
      await expect(page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
    }
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    const breaks = await page.locator('.print-part').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(['page', 'page', 'page']);
    await page.close();
  });

  it('fits the printable width of A5 paper without cutting text off', async () => {
    // A5 is 148 mm wide; less the 12 mm side margins that leaves 124 mm, about 469 CSS px.
    const a5 = await newContext(session.browser, { viewport: { width: 469, height: 700 } });
    const page = await a5.newPage();
    await page.goto(`${baseUrl}${paths.handbookPrint}`);
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await a5.close();
  });

  it('prints to PDF on A4 and on A5, the smaller paper taking more pages', async () => {
    const page = await open(paths.handbookPrint);
    const a4 = await page.pdf({ format: 'A4' });
    const a5 = await page.pdf({ format: 'A5' });
    expect(a4.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a5.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A cover with the contents, then each of the three parts on pages of its own.
    expect(pdfPageCount(a4)).toBeGreaterThanOrEqual(4);
    expect(pdfPageCount(a5)).toBeGreaterThan(pdfPageCount(a4));
    await page.close();
  });
});
