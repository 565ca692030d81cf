import { describe, expect, inject, it } from 'vitest';
import { newContext, openWatchedPage, runAxe, useBrowser } from '../../support/page.ts';
import { builtPages, designRoutes } from '../../support/site-pages.ts';
import { sections } from '../../src/ui/routes.ts';
import { siteConfig } from '../../src/site.config.ts';
import { paths } from '../../src/lib/paths.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const pages = builtPages(siteDir);

const session = useBrowser();

describe('the built site', () => {
  it('has every route of the design and every navigation target', () => {
    for (const route of designRoutes) expect(pages, route).toContain(route);
    for (const section of sections) expect(pages, section.href).toContain(section.href);
    expect(pages).toContain(paths.notFound);
  });
});

describe.each(pages)('page %s', (path) => {
  it('loads in Vietnamese with one h1, no console error, nothing from another origin and no axe violation', async () => {
    const { page, watch } = await openWatchedPage(session.context, baseUrl);
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).not.toBe('');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});

describe('chrome', () => {
  it('keeps the space between inline elements written on separate source lines', async () => {
    const { page } = await openWatchedPage(session.context, baseUrl);
    await page.goto(`${baseUrl}/`);
    const footerLine = await page.locator('.site-footer__org').innerText();
    expect(footerLine).toBe(`${siteConfig.organisation} — ${siteConfig.locality}`);
    await page.close();
  });

  it('answers an unknown address with the Vietnamese 404 page and status 404', async () => {
    const { page } = await openWatchedPage(session.context, baseUrl);
    const response = await page.goto(`${baseUrl}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Không tìm thấy trang');
    await page.close();
  });

  it('fits a 320 px phone without horizontal scrolling', async () => {
    const phone = await newContext(session.browser, { viewport: { width: 320, height: 640 } });
    const page = await phone.newPage();
    for (const route of designRoutes) {
      await page.goto(`${baseUrl}${route}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });

  it('hides navigation when printed', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}/nghi-quyet/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('main').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('lets a keyboard user skip to the main content with a visible focus ring', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
    await page.close();
  });
});
