// What a column's RSS feed says, as options for @astrojs/rss, which writes and escapes the XML.
// Kept here, pure, so the rules (absolute links on this site only, newest first, XML-safe text) are unit-tested.
import { fromIsoDate, toRfc822, toUtcDate } from './dates.ts';
import { escapeHtml } from './html.ts';

export const SAMPLE_MARK = '[Bài mẫu]';
const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

export interface FeedItem {
  title: string;
  /** Site path from lib/paths.ts, such as issuePath(column, slug); made absolute in the feed. */
  path: string;
  description: string;
  /** ISO "yyyy-mm-dd" publication date. */
  date: string;
  /** Sample content is marked in the title and description so no reader takes it for fact. */
  sample?: boolean;
}

export interface FeedChannel {
  title: string;
  /** Path of the page the feed belongs to: the channel's link. */
  path: string;
  /** Path of the feed itself. */
  feedPath: string;
  description: string;
  /** Only published issues: the caller filters with the one rule in lib/columns.ts. */
  items: FeedItem[];
}

/** The options @astrojs/rss's rss() and getRssString() take (structurally its RSSOptions). */
export interface RssFeedOptions {
  title: string;
  description: string;
  /** The channel's link; absolute. */
  site: string;
  xmlns: Record<string, string>;
  customData: string;
  items: { title: string; link: string; description: string; pubDate: Date }[];
}

// XML 1.0 forbids these control characters even when escaped; the RSS writer passes them through.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text an XML document can hold: the characters XML 1.0 forbids are dropped (escaping is the writer's job). */
export function xmlText(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Resolves a site path against the configured site URL; refuses anything that would leave the site. */
export function absoluteUrl(path: string, siteUrl: string): string {
  const base = new URL(siteUrl);
  const url = new URL(path, base);
  if (url.origin !== base.origin) throw new Error(`Feed link ${path} is not on ${base.origin}`);
  return url.href;
}

function markSample(text: string, sample: boolean | undefined): string {
  return sample ? `${SAMPLE_MARK} ${text}` : text;
}

/** The feed of a channel: items newest first whatever order they come in, every link absolute. */
export function feedOptions(channel: FeedChannel, siteUrl: string): RssFeedOptions {
  const items = [...channel.items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const newest = items[0];
  const customData = [
    '<language>vi</language>',
    // The newest issue's date rather than the build time, so rebuilding does not change the feed.
    ...(newest ? [`<lastBuildDate>${toRfc822(fromIsoDate(newest.date))}</lastBuildDate>`] : []),
    `<atom:link href="${escapeHtml(absoluteUrl(channel.feedPath, siteUrl))}" rel="self" type="application/rss+xml"/>`,
  ].join('');
  return {
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    site: absoluteUrl(channel.path, siteUrl),
    xmlns: { atom: ATOM_NAMESPACE },
    customData,
    items: items.map((item) => ({
      title: xmlText(markSample(item.title, item.sample)),
      // Absolute already, so @astrojs/rss keeps it as it is.
      link: absoluteUrl(item.path, siteUrl),
      description: xmlText(markSample(item.description, item.sample)),
      pubDate: toUtcDate(fromIsoDate(item.date)),
    })),
  };
}
