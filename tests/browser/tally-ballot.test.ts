// The blank ballot: 81 items from the data, no name field, A4 in three pages, no site chrome on paper, no JavaScript.
import { describe, expect, inject, it } from 'vitest';
import { newContext, openWatchedPage, runAxe, useBrowser } from '../../support/page.ts';
import { loadManifestations } from '../../support/manifestations-data.ts';
import { paths } from '../../src/lib/paths.ts';
import { pdfPageCount } from './tally-helpers.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser();

describe('printable ballot', () => {
  it('lists every item of the data with a Có and a Không box, and asks for the chi bộ and period but no name', async () => {
    const { page, watch } = await openWatchedPage(session.context, baseUrl);
    await page.goto(`${baseUrl}${paths.tallyBallot}`);
    const ids = loadManifestations().flatMap((m) => m.items.map((item) => item.id));
    expect(ids).toHaveLength(81);
    expect(await page.locator('.ballot__item .ballot__id').allInnerTexts()).toEqual(ids);
    const firstItem = loadManifestations()[0]!.items[0]!.text;
    expect(await page.locator('.ballot__item').first().innerText()).toContain(firstItem);
    expect(await page.locator('.ballot__item .ballot__box').count()).toBe(162);
    const fields = await page.locator('.ballot__fields').innerText();
    expect(fields).toContain('Chi bộ:');
    expect(fields).toContain('Đợt khảo sát:');
    expect((await page.locator('.ballot').innerText()).toLowerCase()).not.toMatch(/họ (và )?tên:/);
    expect(await page.locator('main input, main textarea, main select').count()).toBe(0);
    expect(await page.locator('main script, astro-island').count()).toBe(0);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/connect-src 'none'(;|$)/);
    expect(watch.consoleErrors).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
  });

  it('prints on three A4 pages without the site header, menu, breadcrumbs, footer or screen note', async () => {
    const context = await newContext(session.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${paths.tallyBallot}`);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(3);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer', '.ballot-screen-note']) {
      for (const element of await page.locator(selector).all()) expect(await element.isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.ballot__table').isVisible()).toBe(true);
    await context.close();
  });
});
