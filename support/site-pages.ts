import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { columnPath, handbookPartPath, paths } from '../src/lib/paths.ts';
import { columnIds } from '../src/lib/vocabulary.ts';

/** The routes design.md promises (tests/unit/paths.test.ts pins their addresses); each must exist in every build. */
export const designRoutes = [
  paths.home,
  paths.resolution,
  paths.library,
  paths.handbook,
  ...[1, 2, 3].map(handbookPartPath),
  paths.handbookPrint,
  ...columnIds.map(columnPath),
  paths.selfCheck,
  paths.search,
  paths.results,
  paths.privacy,
];

/** Every HTML page of a built site, as URL paths ("/", "/van-ban/x/", "/404.html"). */
export function builtPages(siteDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(siteDir, full).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(siteDir);
  return pages.sort();
}
