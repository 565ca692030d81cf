import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../../support/page.ts';
import { projectRoot } from '../../support/build.ts';
import { siteConfig } from '../../src/site.config.ts';
import { columnIds } from '../../src/lib/vocabulary.ts';
import { firstIssueDue, isPublished } from '../../src/lib/columns.ts';
import { formatIsoDate } from '../../src/lib/dates.ts';
import { columnLabels } from '../../src/ui/labels.ts';
import { columnFeedPath, columnPath, issuePath, paths } from '../../src/lib/paths.ts';

const baseUrl = inject('baseUrl');
const siteNow = inject('siteNow');

/** Issues as written in content/chuyen-muc/<column>/, with whether this build publishes them. */
function issuesOf(column: string) {
  const dir = join(projectRoot, 'content/chuyen-muc', column);
  const today = siteNow;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(text)?.[1]?.trim().replace(/^"(.*)"$/, '$1');
      const date = field('date');
      const listing = { id: `${column}/${name}`, data: { date: date?.split('/').reverse().join('-'), draft: field('draft') === 'true' } };
      return { slug: name.replace(/\.mdx$/, ''), title: field('title')!, date, iso: listing.data.date, draft: listing.data.draft, published: isPublished(listing, { today }) };
    });
}

interface FeedItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  description: string;
}

/** Parses a feed with the browser's own XML parser; returns the parse error, if any, and the items. */
async function parseFeed(page: Page, xml: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? '';
    const channel = doc.getElementsByTagName('channel')[0];
    return {
      error,
      root: doc.documentElement.nodeName,
      version: doc.documentElement.getAttribute('version'),
      channelLink: channel ? text(channel, 'link') : '',
      items: [...doc.getElementsByTagName('item')].map((item) => ({
        title: text(item, 'title'),
        link: text(item, 'link'),
        guid: text(item, 'guid'),
        pubDate: text(item, 'pubDate'),
        description: text(item, 'description'),
      })) as FeedItem[],
    };
  }, xml);
}

/** A link on the configured site, served from the test server instead. */
const onTestServer = (link: string) => `${baseUrl}${new URL(link).pathname}`;

const session = useBrowser();

describe.each(columnIds)('column %s', (column) => {
  const issues = issuesOf(column);
  const shown = issues.filter((issue) => issue.published);
  const today = siteNow;

  it('has an RSS 2.0 feed that parses as XML, holding exactly the published issues with links that resolve', async () => {
    const page = await session.context.newPage();
    const response = await page.request.get(`${baseUrl}${columnFeedPath(column)}`);
    expect(response.status()).toBe(200);
    const feed = await parseFeed(page, await response.text());
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.version).toBe('2.0');
    expect(feed.channelLink).toBe(new URL(columnPath(column), siteConfig.url).href);
    expect(feed.items.map((item) => new URL(item.link).pathname).sort()).toEqual(shown.map((i) => issuePath(column, i.slug)).sort());
    for (const item of feed.items) {
      expect(item.guid).toBe(item.link);
      expect(new Date(item.pubDate).toUTCString()).toBe(item.pubDate);
      const target = await page.request.get(onTestServer(item.link));
      expect(target.status(), item.link).toBe(200);
    }
    const newestFirst = feed.items.map((item) => Date.parse(item.pubDate));
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));
    await page.close();
  });

  it('builds no page for a draft or an issue dated after today', async () => {
    const page = await session.context.newPage();
    for (const issue of issues.filter((i) => !i.published)) {
      const response = await page.request.get(`${baseUrl}${issuePath(column, issue.slug)}`);
      expect(response.status(), issue.slug).toBe(404);
    }
    await page.close();
  });

  it('has an index page that lists the published issues newest first by year, or says when the first is due', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}${columnPath(column)}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(columnLabels[column]);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe(columnFeedPath(column));
    const dates = await page.locator('.issue-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual(shown.map((i) => i.iso!).sort().reverse());
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(/Bài mẫu|Bản nháp/);
    if (shown.length === 0) {
      const due = firstIssueDue(issues.map((i) => ({ id: i.slug, data: { date: i.iso, draft: i.draft } })), today);
      expect(main).toContain('Chuyên mục chưa đăng kỳ nào.');
      if (due) expect(main).toContain(`Kỳ đầu tiên dự kiến ra ngày ${formatIsoDate(due)}`);
      else expect(main).not.toContain('Kỳ đầu tiên dự kiến');
    } else {
      const years = [...new Set(dates.map((d) => d.slice(0, 4)))];
      await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual(years.map((y) => `Năm ${y}`));
    }
    await page.close();
  });

  it('shows each published issue with its number, date, sources and last update', async () => {
    const page = await session.context.newPage();
    for (const issue of shown) {
      await page.goto(`${baseUrl}${issuePath(column, issue.slug)}`);
      await expect(page.locator('h1').innerText()).resolves.toBe(issue.title);
      const main = await page.locator('main').innerText();
      expect(main).toContain(issue.date!);
      expect(main).toMatch(/Cập nhật lần cuối: \d{2}\/\d{2}\/\d{4}/);
      await expect(page.locator('main h2', { hasText: 'Nguồn' }).count()).resolves.toBe(1);
    }
    await page.close();
  });
});

describe('the home page', () => {
  it('links every section and shows the latest published issue of each column, or when it is due', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}/`);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of [paths.resolution, paths.library, paths.handbook, paths.selfCheck, paths.search, paths.results, ...columnIds.map(columnPath), paths.aboutContent]) {
      expect(hrefs).toContain(href);
    }
    const main = await page.locator('main').innerText();
    for (const column of columnIds) {
      const newest = issuesOf(column).filter((i) => i.published).sort((a, b) => (a.iso! < b.iso! ? 1 : -1))[0];
      if (newest) expect(hrefs).toContain(issuePath(column, newest.slug));
      else expect(main).toContain(`${columnLabels[column]}: chưa đăng kỳ nào`);
      // A date is promised only for an issue already scheduled, never for a column with drafts alone.
      if (!newest && !firstIssueDue(issuesOf(column).map((i) => ({ id: i.slug, data: { date: i.iso, draft: i.draft } })), siteNow)) {
        expect(main).toMatch(new RegExp(`${columnLabels[column]}: chưa đăng kỳ nào; chuyên mục ra vào ngày \\d+ hằng tháng`));
      }
      for (const issue of issuesOf(column).filter((i) => !i.published)) expect(hrefs).not.toContain(issuePath(column, issue.slug));
    }
    expect(main).toContain('Năm 2025, các đảng bộ cấp huyện được sắp xếp lại');
    expect(main).toContain('Tạp chí Xây dựng Đảng ngày 30/04/2020');
    await page.close();
  });
});
