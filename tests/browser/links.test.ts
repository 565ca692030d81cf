import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../../support/site-pages.ts';
import { siteConfig } from '../../src/site.config.ts';
import { documentPath, paths } from '../../src/lib/paths.ts';

// Reads the built HTML directly: every internal href/src and every #fragment must resolve.
const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const SITE_ORIGIN = new URL(siteConfig.url).origin;
const PAGE_ORIGIN = 'http://site.invalid';

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function fileFor(path: string): string {
  return path.endsWith('/') ? join(siteDir, path, 'index.html') : join(siteDir, path);
}

function htmlOf(path: string): string {
  return readFileSync(fileFor(path), 'utf8');
}

const idCache = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
  let ids = idCache.get(path);
  if (!ids) {
    ids = new Set([...htmlOf(path).matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
    idCache.set(path, ids);
  }
  return ids;
}

/** Every href and src value of a page, from any element. */
function referencesOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

function brokenReferences(page: string): string[] {
  const broken: string[] = [];
  for (const reference of referencesOf(htmlOf(page))) {
    if (/^(mailto|tel|data|javascript):/i.test(reference)) continue;
    const url = new URL(reference, `${PAGE_ORIGIN}${page}`);
    if (url.origin !== PAGE_ORIGIN && url.origin !== SITE_ORIGIN) continue;
    const target = decodeURIComponent(url.pathname);
    const file = fileFor(target);
    if (!existsSync(file) || !statSync(file).isFile()) {
      broken.push(`${page}: ${reference} (no ${target})`);
      continue;
    }
    if (url.hash && url.hash !== '#') {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!file.endsWith('.html')) broken.push(`${page}: ${reference} (fragment on a non-HTML file)`);
      else if (!idsOf(target).has(id)) broken.push(`${page}: ${reference} (no id "${id}" on ${target})`);
    }
  }
  return broken;
}

/** Every RSS feed of the built site, as paths. */
function builtFeeds(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : builtFeeds(dir, rel);
    return entry.name.endsWith('.xml') && readFileSync(join(dir, rel), 'utf8').includes('<rss') ? [rel] : [];
  });
}

describe('links across the built site', () => {
  it('checks a real site: many pages, each with links', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(referencesOf(htmlOf(page)).length, page).toBeGreaterThan(0);
  });

  it('resolves every internal href and src, and every #fragment, to an existing page and id', () => {
    const broken = pages.flatMap(brokenReferences);
    expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
  });

  it('points every RSS link, made absolute on the configured site, at a page of this build', () => {
    const feeds = builtFeeds(siteDir);
    expect(feeds.length).toBeGreaterThanOrEqual(2);
    const broken: string[] = [];
    for (const feed of feeds) {
      const xml = readFileSync(join(siteDir, feed), 'utf8');
      const links = [...xml.matchAll(/<(?:link|guid[^>]*)>([^<]+)<\/(?:link|guid)>|<atom:link href="([^"]+)"/g)].map((m) => decodeEntities((m[1] ?? m[2])!));
      expect(links.length, feed).toBeGreaterThan(2);
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== SITE_ORIGIN) broken.push(`${feed}: ${link} (not on ${SITE_ORIGIN})`);
        else if (!existsSync(fileFor(decodeURIComponent(url.pathname)))) broken.push(`${feed}: ${link} (no such page)`);
      }
    }
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('would notice a broken link, a broken fragment and a trailing-slash mistake', () => {
    const target = pages.find((page) => page.startsWith(paths.library) && page !== paths.library)!;
    const probe = (reference: string) => {
      const url = new URL(reference, `${PAGE_ORIGIN}/`);
      const file = fileFor(decodeURIComponent(url.pathname));
      if (!existsSync(file) || !statSync(file).isFile()) return false;
      return !url.hash || idsOf(decodeURIComponent(url.pathname)).has(decodeURIComponent(url.hash.slice(1)));
    };
    expect(probe(target)).toBe(true);
    expect(probe(documentPath('khong-co-van-ban-nay'))).toBe(false);
    expect(probe(`${target}#khong-co-muc-nay`)).toBe(false);
    expect(probe(target.replace(/\/$/, ''))).toBe(false);
    expect(probe(`${target}#noi-dung`)).toBe(true);
  });
});
