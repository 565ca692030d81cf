// The ballot about one member: 81 items from the data, the member assessed and the period, no signature of the person
// marking, a reference form while the items are the editors', two A4 pages, no id or header broken, no JavaScript.
import { describe, expect, inject, it } from 'vitest';
import { newContext, openWatchedPage, runAxe, useBrowser } from '../../support/page.ts';
import { loadManifestations } from '../../support/manifestations-data.ts';
import { paths } from '../../src/lib/paths.ts';
import { pdfPageCount } from './tally-helpers.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser();

describe('printable ballot', () => {
  it('lists every item of the data with a Có and a Không box, and asks for the member assessed, the chi bộ and the period', async () => {
    const { page, watch } = await openWatchedPage(session.context, baseUrl);
    await page.goto(`${baseUrl}${paths.tallyBallot}`);
    const ids = loadManifestations().flatMap((m) => m.items.map((item) => item.id));
    expect(ids).toHaveLength(81);
    expect(await page.locator('.ballot__item .ballot__id').allInnerTexts()).toEqual(ids);
    const firstItem = loadManifestations()[0]!.items[0]!.text;
    expect(await page.locator('.ballot__item').first().innerText()).toContain(firstItem);
    expect(await page.locator('.ballot__item .ballot__box').count()).toBe(162);
    const fields = await page.locator('.ballot__fields').innerText();
    expect(fields).toContain('Đảng viên được đánh giá:');
    expect(fields).toContain('Chi bộ:');
    expect(fields).toContain('Đợt khảo sát:');
    const ballot = await page.locator('.ballot').innerText();
    expect(ballot).toContain('Người đánh giá không ký, không ghi tên mình trên phiếu.');
    expect(ballot.toLowerCase()).not.toMatch(/chữ ký|người đánh giá:/);
    // The items are the Ban biên tập's: a reference form, no committee heading.
    expect(ballot).toContain('Mẫu tham khảo');
    expect(ballot).toContain('không phải mẫu phiếu do cấp ủy ban hành');
    expect(await page.locator('.ballot__org').count()).toBe(0);
    expect(ballot).not.toContain('Đảng bộ quận Tân Phú'.toUpperCase());
    expect(await page.locator('main input, main textarea, main select').count()).toBe(0);
    expect(await page.locator('main script, astro-island').count()).toBe(0);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/connect-src 'none'(;|$)/);
    expect(watch.consoleErrors).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
  });

  it('prints on two A4 pages, no item id or column header broken over two lines, without the site chrome', async () => {
    const context = await newContext(session.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${paths.tallyBallot}`);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(2);
    await page.emulateMedia({ media: 'print' });
    // At the printed width (A4 less the margins), each id and header sits on one line.
    await page.setViewportSize({ width: 727, height: 1000 });
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('.ballot__id, .ballot__table thead th')]
        .filter((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        })
        .map((cell) => cell.textContent),
    );
    expect(broken).toEqual([]);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.ballot__id, .ballot__table thead th')].filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
    );
    expect(overflowing).toEqual([]);
    for (const selector of ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer', '.ballot-screen-note']) {
      for (const element of await page.locator(selector).all()) expect(await element.isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.ballot__table').isVisible()).toBe(true);
    await context.close();
  });
});
