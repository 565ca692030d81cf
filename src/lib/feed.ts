// RSS 2.0 written by hand: the feed is small, and escaping is the one thing that must be right.
import { fromIsoDate, toRfc822 } from './dates.ts';

export interface FeedItem {
  title: string;
  /** Site path such as "/chuyen-muc/di-tich/so-01/"; made absolute in the feed. */
  path: string;
  description: string;
  /** ISO "yyyy-mm-dd" publication date: only published issues reach a feed (lib/columns.ts published()). */
  date: string;
}

export interface FeedChannel {
  title: string;
  /** Path of the page the feed belongs to. */
  path: string;
  /** Path of the feed itself. */
  feedPath: string;
  description: string;
  items: FeedItem[];
}

// XML 1.0 forbids these control characters even when escaped.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Resolves a site path against the configured site URL; refuses anything that would leave the site. */
export function absoluteUrl(path: string, siteUrl: string): string {
  const base = new URL(siteUrl);
  const url = new URL(path, base);
  if (url.origin !== base.origin) throw new Error(`Feed link ${path} is not on ${base.origin}`);
  return url.href;
}

/** Builds an RSS 2.0 document; items are written newest first whatever order they come in. */
export function buildRss(channel: FeedChannel, siteUrl: string): string {
  const items = [...channel.items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const newest = items[0];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(absoluteUrl(channel.path, siteUrl))}</link>`,
    `<atom:link href="${escapeXml(absoluteUrl(channel.feedPath, siteUrl))}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    '<language>vi</language>',
    // The newest issue's date rather than the build time, so rebuilding does not change the feed.
    ...(newest ? [`<lastBuildDate>${toRfc822(fromIsoDate(newest.date))}</lastBuildDate>`] : []),
  ];
  for (const item of items) {
    const link = escapeXml(absoluteUrl(item.path, siteUrl));
    lines.push(
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${link}</link>`,
      `<guid isPermaLink="true">${link}</guid>`,
      `<pubDate>${toRfc822(fromIsoDate(item.date))}</pubDate>`,
      `<description>${escapeXml(item.description)}</description>`,
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>', '');
  return lines.join('\n');
}
