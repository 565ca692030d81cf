import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../lib/search/index-html.ts';
import { forgetPages, htmlFiles, readPage } from './site-files.ts';

export interface SearchIndexStats {
  pages: number;
  files: number;
  milliseconds: number;
}

/** Builds the Pagefind index over the built site; any error Pagefind reports fails the build. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${stats.pages} pages in ${stats.milliseconds} ms`);
      },
    },
  };
}

/**
 * Indexes every HTML page under siteDir into siteDir/pagefind. Pages are fed to Pagefind one by one
 * (not with addDirectory) so the indexed copy can carry folded twins the visible page does not.
 * Only pages marked data-pagefind-body are indexed, so the site's chrome and the search page stay out.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexStats> {
  const started = performance.now();
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  failOn('createIndex', createErrors);
  if (!index) throw new Error('Pagefind: createIndex returned no index');
  try {
    const files = await htmlFiles(siteDir);
    let marked = 0;
    for (const file of files) {
      const html = await readPage(siteDir, file);
      if (html.includes('data-pagefind-body')) marked++;
      const added = await index.addHTMLFile({ url: urlOf(file), content: prepareHtmlForIndex(html) });
      failOn(`addHTMLFile ${file}`, added.errors);
    }
    // Without any marked page Pagefind would index whole pages, header, navigation and footer included.
    if (marked === 0) throw new Error('Pagefind: no page marks its main content with data-pagefind-body');
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    failOn('writeFiles', written.errors);
    const pages = await indexedPageCount(siteDir);
    if (pages === 0) throw new Error('Pagefind: no page was indexed');
    return { pages, files: files.length, milliseconds: Math.round(performance.now() - started) };
  } finally {
    // The search index is the last step that reads the pages.
    forgetPages(siteDir);
    await pagefind.close();
  }
}

/** "van-ban/x/index.html" → "/van-ban/x/", the address the static host serves it at. */
function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  return `/${file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file}`;
}

/** Pages Pagefind kept (it drops pages without data-pagefind-body), read from its entry file. */
async function indexedPageCount(siteDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}
