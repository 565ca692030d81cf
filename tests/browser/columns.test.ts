import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../../support/page.ts';
import { projectRoot } from '../../support/build.ts';
import { siteConfig } from '../../src/site.config.ts';
import { columnIds } from '../../src/lib/vocabulary.ts';
import { columnLabels } from '../../src/ui/labels.ts';
import { columnFeedPath, columnPath, issuePath, paths } from '../../src/lib/paths.ts';

const baseUrl = inject('baseUrl');

/** Issues as written in content/chuyen-muc/<column>/. */
function issuesOf(column: string) {
  const dir = join(projectRoot, 'content/chuyen-muc', column);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(text)?.[1]?.trim().replace(/^"(.*)"$/, '$1');
      return { slug: name.replace(/\.mdx$/, ''), title: field('title')!, date: field('date')!, sample: field('sample') === 'true' };
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

  it('has at least three issues', () => {
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });

  it('has an RSS 2.0 feed that parses as XML, with absolute links that resolve on the built site', async () => {
    const page = await session.context.newPage();
    const response = await page.request.get(`${baseUrl}${columnFeedPath(column)}`);
    expect(response.status()).toBe(200);
    const feed = await parseFeed(page, await response.text());
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.version).toBe('2.0');
    expect(feed.channelLink).toBe(new URL(columnPath(column), siteConfig.url).href);
    expect(feed.items).toHaveLength(issues.length);
    for (const item of feed.items) {
      expect(item.link.startsWith(new URL(columnPath(column), siteConfig.url).href), item.link).toBe(true);
      expect(item.guid).toBe(item.link);
      expect(new Date(item.pubDate).toUTCString()).toBe(item.pubDate);
      const target = await page.request.get(onTestServer(item.link));
      expect(target.status(), item.link).toBe(200);
    }
    const newestFirst = feed.items.map((item) => Date.parse(item.pubDate));
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));
    await page.close();
  });

  it('marks sample issues "[Bài mẫu]" in the feed, and only those', async () => {
    const page = await session.context.newPage();
    const feed = await parseFeed(page, await (await page.request.get(`${baseUrl}${columnFeedPath(column)}`)).text());
    for (const issue of issues) {
      const item = feed.items.find((i) => new URL(i.link).pathname === issuePath(column, issue.slug))!;
      expect(item, issue.slug).toBeDefined();
      expect(item.title.startsWith('[Bài mẫu]'), issue.slug).toBe(issue.sample);
      expect(item.description.startsWith('[Bài mẫu]'), issue.slug).toBe(issue.sample);
      expect(item.title).toContain(issue.title);
    }
    await page.close();
  });

  it('has an index page that links its feed and lists every issue newest first, archived by year', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}${columnPath(column)}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(columnLabels[column]);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe(columnFeedPath(column));
    const dates = await page.locator('.issue-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates).toHaveLength(issues.length);
    expect(dates).toEqual([...dates].sort().reverse());
    const years = [...new Set(dates.map((d) => d.slice(0, 4)))];
    await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual(years.map((y) => `Năm ${y}`));
    await page.close();
  });

  it('labels each sample issue as a sample on its page, and no other issue', async () => {
    const page = await session.context.newPage();
    for (const issue of issues) {
      await page.goto(`${baseUrl}${issuePath(column, issue.slug)}`);
      await expect(page.locator('h1').innerText()).resolves.toBe(issue.title);
      const sampleNotice = page.locator('main .notice .label-sample', { hasText: 'Bài mẫu' });
      await expect(sampleNotice.count(), issue.slug).resolves.toBe(issue.sample ? 1 : 0);
      await expect(page.locator('main').innerText()).resolves.toContain(issue.date);
      await expect(page.locator('main h2', { hasText: 'Nguồn' }).count()).resolves.toBe(1);
    }
    await page.close();
  });
});

describe('the home page', () => {
  it('links every section and shows the latest issue of each column', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}/`);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of [paths.resolution, paths.library, paths.handbook, paths.selfCheck, paths.search, paths.results, ...columnIds.map(columnPath)]) {
      expect(hrefs).toContain(href);
    }
    const isoOf = (date: string) => date.split('/').reverse().join('-');
    for (const column of columnIds) {
      const newestFirst = issuesOf(column).sort((a, b) => (isoOf(a.date) < isoOf(b.date) ? 1 : -1));
      const featured = newestFirst.find((issue) => !issue.sample) ?? newestFirst[0]!;
      expect(hrefs).toContain(issuePath(column, featured.slug));
    }
    await expect(page.locator('main').innerText()).resolves.toMatch(/chỉ lưu trên máy của bạn/);
    await page.close();
  });
});
