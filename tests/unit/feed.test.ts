import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { absoluteUrl, feedOptions, SAMPLE_MARK, xmlText, type FeedChannel } from '../../src/lib/feed.ts';
import { columnFeedPath, columnPath, issuePath } from '../../src/lib/paths.ts';

const SITE = 'https://example.org';

function channel(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    title: 'Mỗi kỳ một gương sáng',
    path: columnPath('guong-sang'),
    feedPath: columnFeedPath('guong-sang'),
    description: 'Người tốt, việc tốt',
    items: [
      { title: 'Kỳ một', path: issuePath('guong-sang', 'so-01'), description: 'Mô tả một', date: '2026-08-26' },
      { title: 'Kỳ hai', path: issuePath('guong-sang', 'so-02'), description: 'Mô tả hai', date: '2026-09-26', sample: true },
    ],
    ...overrides,
  };
}

/** The feed as @astrojs/rss writes it from our options: what a feed reader receives. */
const rssOf = (c: FeedChannel, site = SITE) => getRssString(feedOptions(c, site));

/** The text of every <tag>…</tag> in the feed, in order. */
function texts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);
}

describe('xmlText and absoluteUrl', () => {
  it('drops control characters that XML 1.0 does not allow, and keeps Vietnamese and tabs', () => {
    expect(xmlText('Đình\u0000 Tân\u000B Phước\tx')).toBe('Đình Tân Phước\tx');
  });

  it('resolves a site path against the configured site', () => {
    expect(absoluteUrl(issuePath('di-tich', 'so-01'), SITE)).toBe('https://example.org/chuyen-muc/di-tich/so-01/');
  });

  it('refuses a link to another site', () => {
    expect(() => absoluteUrl('https://elsewhere.example/x', SITE)).toThrow(/not on https:\/\/example.org/);
    expect(() => absoluteUrl('//elsewhere.example/x', SITE)).toThrow();
  });
});

describe('a column feed written by @astrojs/rss', () => {
  it('is RSS 2.0 in Vietnamese, its channel linking the column page and itself', async () => {
    const xml = await rssOf(channel());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(texts(xml, 'language')).toEqual(['vi']);
    expect(texts(xml, 'link')[0]).toBe('https://example.org/chuyen-muc/guong-sang/');
    expect(xml).toContain('<atom:link href="https://example.org/chuyen-muc/guong-sang/rss.xml" rel="self" type="application/rss+xml"/>');
  });

  it('writes an absolute link and guid for every item, newest first', async () => {
    const xml = await rssOf(channel());
    expect(texts(xml, 'link').slice(1)).toEqual(['https://example.org/chuyen-muc/guong-sang/so-02/', 'https://example.org/chuyen-muc/guong-sang/so-01/']);
    expect(texts(xml, 'guid')).toEqual(texts(xml, 'link').slice(1));
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/chuyen-muc/guong-sang/so-02/</guid>');
  });

  it('gives RFC 822 dates: each item its own, the channel the newest one', async () => {
    const xml = await rssOf(channel());
    expect(texts(xml, 'pubDate')).toEqual(['Sat, 26 Sep 2026 00:00:00 GMT', 'Wed, 26 Aug 2026 00:00:00 GMT']);
    expect(texts(xml, 'lastBuildDate')).toEqual(['Sat, 26 Sep 2026 00:00:00 GMT']);
  });

  it('marks a sample in its title and description, and only the sample', async () => {
    const xml = await rssOf(channel());
    expect(texts(xml, 'title')).toEqual(['Mỗi kỳ một gương sáng', `${SAMPLE_MARK} Kỳ hai`, 'Kỳ một']);
    expect(texts(xml, 'description')).toEqual(['Người tốt, việc tốt', `${SAMPLE_MARK} Mô tả hai`, 'Mô tả một']);
  });

  it('lists only the items it is given: nothing is added or invented', async () => {
    const xml = await rssOf(channel({ items: [] }));
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
  });

  it('escapes text so the feed stays well-formed, and drops characters XML forbids', async () => {
    const xml = await rssOf(
      channel({
        title: 'Chuyên mục <thử> & "mẫu"',
        items: [{ title: 'A & B\u0000', path: issuePath('di-tich', 'so-01'), description: '<b>đậm</b> &amp;', date: '2026-10-10' }],
      }),
    );
    expect(xml).toContain('<title>Chuyên mục &lt;thử&gt; &amp; &quot;mẫu&quot;</title>');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<description>&lt;b&gt;đậm&lt;/b&gt; &amp;amp;</description>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
