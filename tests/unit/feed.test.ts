import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildRss, escapeXml, type FeedChannel } from '../../src/lib/feed.ts';

const SITE = 'https://example.org';

function channel(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    title: 'Mỗi kỳ một gương sáng',
    path: '/chuyen-muc/guong-sang/',
    feedPath: '/chuyen-muc/guong-sang/rss.xml',
    description: 'Người tốt, việc tốt',
    items: [
      { title: 'Kỳ một', path: '/chuyen-muc/guong-sang/so-01/', description: 'Mô tả một', date: '2026-08-26' },
      { title: 'Kỳ hai', path: '/chuyen-muc/guong-sang/so-02/', description: 'Mô tả hai', date: '2026-09-26' },
    ],
    ...overrides,
  };
}

/** The text of every <tag>…</tag> in the feed, in order. */
function texts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);
}

describe('escapeXml', () => {
  it('escapes the five XML special characters and keeps Vietnamese as it is', () => {
    expect(escapeXml(`Đình & "đền" <Tân Phước> 'xưa'`)).toBe('Đình &amp; &quot;đền&quot; &lt;Tân Phước&gt; &apos;xưa&apos;');
  });

  it('escapes an ampersand that already looks like an entity, so the reader sees what was written', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops control characters that XML 1.0 does not allow', () => {
    expect(escapeXml('a\u0000b\u000Bc\td')).toBe('abc\td');
  });
});

describe('absoluteUrl', () => {
  it('resolves a site path against the configured site', () => {
    expect(absoluteUrl('/chuyen-muc/di-tich/so-01/', SITE)).toBe('https://example.org/chuyen-muc/di-tich/so-01/');
  });

  it('refuses a link to another site', () => {
    expect(() => absoluteUrl('https://elsewhere.example/x', SITE)).toThrow(/not on https:\/\/example.org/);
    expect(() => absoluteUrl('//elsewhere.example/x', SITE)).toThrow();
  });
});

describe('buildRss', () => {
  it('writes absolute links for the channel, the feed itself and every item', () => {
    const xml = buildRss(channel(), SITE);
    expect(texts(xml, 'link')).toEqual([
      'https://example.org/chuyen-muc/guong-sang/',
      'https://example.org/chuyen-muc/guong-sang/so-02/',
      'https://example.org/chuyen-muc/guong-sang/so-01/',
    ]);
    expect(xml).toContain('<atom:link href="https://example.org/chuyen-muc/guong-sang/rss.xml" rel="self"');
    expect(xml).toMatch(/<guid isPermaLink="true">https:\/\/example\.org\/chuyen-muc\/guong-sang\/so-02\/<\/guid>/);
  });

  it('lists items newest first whatever order they are given in', () => {
    const xml = buildRss(channel(), SITE);
    expect(texts(xml, 'title').slice(1)).toEqual(['Kỳ hai', 'Kỳ một']);
  });

  it('gives RFC 822 dates: each item its own, the channel the newest one', () => {
    const xml = buildRss(channel(), SITE);
    expect(texts(xml, 'pubDate')).toEqual(['Sat, 26 Sep 2026 00:00:00 GMT', 'Wed, 26 Aug 2026 00:00:00 GMT']);
    expect(texts(xml, 'lastBuildDate')).toEqual(['Sat, 26 Sep 2026 00:00:00 GMT']);
  });

  it('escapes text in titles and descriptions so the feed stays well-formed', () => {
    const xml = buildRss(
      channel({
        title: 'Chuyên mục <thử> & "mẫu"',
        items: [{ title: 'A & B', path: '/x/?a=1&b=2', description: '<b>đậm</b>', date: '2026-10-10' }],
      }),
      SITE,
    );
    expect(xml).toContain('<title>Chuyên mục &lt;thử&gt; &amp; &quot;mẫu&quot;</title>');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<link>https://example.org/x/?a=1&amp;b=2</link>');
    expect(xml).toContain('<description>&lt;b&gt;đậm&lt;/b&gt;</description>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('is an RSS 2.0 document in Vietnamese with no lastBuildDate when there is no item', () => {
    const xml = buildRss(channel({ items: [] }), SITE);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain('<language>vi</language>');
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
  });
});
