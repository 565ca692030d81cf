// Shared by the search tests: run a query on /tim-kiem/ as a reader would and read what it shows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './build.ts';
import { normalizeQuery } from '../src/lib/search/query.ts';
import { paths } from '../src/lib/paths.ts';
import { documentTypeLabels } from '../src/ui/labels.ts';
import type { DocumentType } from '../src/lib/vocabulary.ts';

export interface ShownResult {
  href: string;
  /** The page part of href, without the section. */
  page: string;
  title: string;
  meta: string;
  excerptHtml: string;
  /** The section's name shown under the title, when the link lands on a section. */
  section: string | null;
}

const ANSWERED = /^(Tìm thấy|Không tìm thấy)/;

/** Waits until the status line answers the given query (or any query when none is given). */
export async function waitForAnswer(page: Page, query?: string): Promise<string> {
  await page.waitForFunction(
    ({ pattern, query }) => {
      const status = document.querySelector('#search-status');
      const text = status?.textContent ?? '';
      return status?.getAttribute('aria-busy') !== 'true' && new RegExp(pattern).test(text) && (!query || text.includes(`“${query}”`));
    },
    { pattern: ANSWERED.source, query: query ?? null },
  );
  return (await page.locator('#search-status').textContent()) ?? '';
}

export async function readResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('.search-result', (items) =>
    items.map((item) => {
      const link = item.querySelector('.search-result__title a')!;
      const href = link.getAttribute('href') ?? '';
      return {
        href,
        page: href.split('#')[0]!,
        title: link.textContent ?? '',
        meta: item.querySelector('.search-result__meta')?.textContent ?? '',
        excerptHtml: item.querySelector('.search-result__excerpt')?.innerHTML ?? '',
        section: item.querySelector('.search-result__section')?.textContent ?? null,
      };
    }),
  );
}

/** Opens /tim-kiem/?q=… (as the header form does) and returns the results shown. */
export async function searchFor(page: Page, baseUrl: string, query: string, extra = ''): Promise<ShownResult[]> {
  await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  // The status quotes the query as it is searched: normalised (spaces, invisible characters, length).
  await waitForAnswer(page, normalizeQuery(query));
  return readResults(page);
}

/**
 * Searches on an open /tim-kiem/ as a reader does who types a query and presses Enter, without reloading the page:
 * many queries share one page and its loaded Pagefind. The query is put in the box without input events (no search
 * while typing, whose answer could be read first) and the form submitted. Opens the page first when it is not open,
 * or when it already shows this query's answer (a repeat would not change the status to say it was answered again).
 */
export async function submitInBox(page: Page, baseUrl: string, query: string): Promise<ShownResult[]> {
  const normalized = normalizeQuery(query);
  const open = new URL(page.url(), baseUrl);
  if (open.origin !== new URL(baseUrl).origin || open.pathname !== paths.search || (open.searchParams.get('q') ?? '') === normalized) {
    await page.goto(`${baseUrl}${paths.search}`);
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  }
  await page.evaluate((text) => {
    const box = document.querySelector<HTMLInputElement>('#search-q')!;
    box.value = text;
    box.form!.requestSubmit();
  }, query);
  await waitForAnswer(page, normalized);
  return readResults(page);
}

export interface NumberedDocument {
  slug: string;
  number: string;
  kind: string;
}

/** Every document in content/van-ban/ that has an official number, read from its front matter. */
export function numberedDocuments(): NumberedDocument[] {
  const dir = join(projectRoot, 'content/van-ban');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const number = /^number:\s*(.+)$/m.exec(text)?.[1]?.trim();
      const type = /^type:\s*(.+)$/m.exec(text)?.[1]?.trim() as DocumentType | undefined;
      if (!number || !type) return [];
      return [{ slug: file.replace(/\.mdx$/, ''), number, kind: documentTypeLabels[type] }];
    });
}
