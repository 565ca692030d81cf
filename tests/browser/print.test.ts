// The print copy of the handbook: a print button that calls the browser's print, and printed links that show
// the full address of the site's own pages.
import { documentPath, paths } from '../../src/lib/paths.ts';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../../support/page.ts';
import { siteConfig } from '../../src/site.config.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser();

describe('the print copy /cam-nang/ban-in/', () => {
  it('has a print button that opens the print dialog, and says on its cover that it is a web edition', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.goto(`${baseUrl}${paths.handbookPrint}`);
    await expect(page.locator('.print-cover').innerText()).resolves.toContain('không phải bản sao cuốn cẩm nang giấy');
    // The electronic copy is not titled as the printed 20.000-copy handbook.
    await expect(page.locator('main h1').innerText()).resolves.toBe('Cẩm nang giám sát: bản điện tử để in');
    const button = page.getByRole('button', { name: 'In cẩm nang' });
    await button.click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(button.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('prints each link to a page of the site with its full address', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}${paths.handbookPrint}`);
    await page.emulateMedia({ media: 'print' });
    const link = page.locator(`main a[href="${documentPath('quyet-dinh-99-qd-tw')}"]`).first();
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`" (${siteConfig.url.replace(/\/$/, '')}${documentPath('quyet-dinh-99-qd-tw')})"`);
    await page.close();
  });
});
