import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The built HTML pages under siteDir ("van-ban/x/index.html"), without the search index and assets. */
export async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/') && !file.startsWith('_astro/'))
    .sort();
}
