import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The routes design.md promises; each must exist in every build. */
export const designRoutes = [
  '/',
  '/nghi-quyet/',
  '/van-ban/',
  '/cam-nang/',
  '/cam-nang/phan-1/',
  '/cam-nang/phan-2/',
  '/cam-nang/phan-3/',
  '/cam-nang/ban-in/',
  '/chuyen-muc/di-tich/',
  '/chuyen-muc/guong-sang/',
  '/tu-kiem-tra/',
  '/tim-kiem/',
  '/ket-qua/',
  '/rieng-tu/',
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
