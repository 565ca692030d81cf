import { readdir, readFile } from 'node:fs/promises';
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

// Pages read in this build, by site folder: the link check, the headers and the search index each read every page,
// which no step after Astro's rewrites, so each page is read from disk once.
const readings = new Map<string, Map<string, Promise<string>>>();

/** The HTML of a built page ("van-ban/x/index.html"), read once per build and shared by the steps that need it. */
export function readPage(siteDir: string, file: string): Promise<string> {
  let site = readings.get(siteDir);
  if (!site) readings.set(siteDir, (site = new Map()));
  let html = site.get(file);
  if (!html) site.set(file, (html = readFile(join(siteDir, file), 'utf8')));
  return html;
}

/** Drops the pages read for siteDir (the last step that reads them calls it, so their memory is freed). */
export function forgetPages(siteDir: string): void {
  readings.delete(siteDir);
}
