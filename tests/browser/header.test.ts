// The header on the reference phone (360×740) and on a desktop (1280×800), with JavaScript off as on reading pages.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentPath, handbookPartPath, paths } from '../../src/lib/paths.ts';
import { sections } from '../../src/ui/routes.ts';
import { newContext, useBrowser } from '../../support/page.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser();
const screenshots = join(tmpdir(), 'header-screenshots');
mkdirSync(screenshots, { recursive: true });
const listed = sections.filter((section) => section.href !== paths.search);

let phone: BrowserContext;
let desktop: BrowserContext;
beforeAll(async () => {
  // No JavaScript: the folding must work without it.
  phone = await newContext(session.browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  desktop = await newContext(session.browser, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
});
afterAll(async () => {
  await phone?.close();
  await desktop?.close();
});

describe('on a 360×740 phone', () => {
  it('the header (organisation, search, navigation) takes at most a quarter of the screen', async () => {
    const page = await phone.newPage();
    for (const path of [paths.home, paths.library, paths.resolution, paths.selfCheck, paths.search]) {
      await page.goto(`${baseUrl}${path}`);
      const box = await page.locator('header.site-header').boundingBox();
      expect(box!.height, path).toBeLessThanOrEqual(740 * 0.25);
      await page.screenshot({ path: join(screenshots, `360${path.replaceAll(paths.home, '_')}.png`) });
    }
    await page.close();
  });

  it('folds the sections behind "Mục lục", which opens without JavaScript', async () => {
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/van-ban/`);
    const toggle = page.locator('summary', { hasText: 'Mục lục' });
    await expect(toggle.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Cẩm nang giám sát' }).isVisible()).resolves.toBe(false);
    await toggle.click();
    for (const section of listed) await expect(page.locator('.site-nav').getByRole('link', { name: section.label, exact: true }).isVisible(), section.label).resolves.toBe(true);
    await page.screenshot({ path: join(screenshots, '360_menu-open.png') });
    await page.close();
  });

  it('offers one way to search: the box, not also a "Tìm kiếm" section link', async () => {
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/van-ban/`);
    await page.locator('summary', { hasText: 'Mục lục' }).click();
    await expect(page.locator(`.site-nav a[href="${paths.search}"]`).count()).resolves.toBe(0);
    await expect(page.getByRole('searchbox').count()).resolves.toBe(1);
    await page.close();
  });

  it('shows one search box on /tim-kiem/', async () => {
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/tim-kiem/`);
    await expect(page.getByRole('searchbox').count()).resolves.toBe(1);
    await page.close();
  });
});

describe('on a 1280×800 desktop', () => {
  it('shows every section, one click away, and the search box', async () => {
    const page = await desktop.newPage();
    await page.goto(`${baseUrl}/van-ban/`);
    for (const section of listed) await expect(page.locator('.site-nav').getByRole('link', { name: section.label, exact: true }).isVisible(), section.label).resolves.toBe(true);
    await expect(page.locator('summary', { hasText: 'Mục lục' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('searchbox').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(screenshots, '1280_van-ban.png') });
    await page.close();
  });
});

describe('reading pages', () => {
  it('load no JavaScript but the small script that registers the service worker, a module after their content', async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const readingPages = [paths.home, paths.resolution, handbookPartPath(1), documentPath('nghi-quyet-04-nq-tw'), paths.privacy];
    for (const path of readingPages) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      const found = await page.locator('script').evaluateAll((elements) =>
        elements.map((element) => ({ src: element.getAttribute('src'), type: element.getAttribute('type'), last: element === document.body.lastElementChild })),
      );
      expect(found, path).toEqual([{ src: expect.stringMatching(/^\/_astro\/register-worker\.[\w-]+\.js$/), type: 'module', last: true }]);
    }
    expect(new Set(scripts).size).toBe(1);
    const size = (await (await page.request.get(`${baseUrl}${scripts[0]}`)).body()).length;
    expect(size).toBeLessThanOrEqual(1024);
    await context.close();
  });
});
