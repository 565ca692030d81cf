// The quality set: each query must bring its page first and, where given, link to the section that
// answers it; on every query, the rules of a precise search hold. Queries live in tests/fixtures/search-queries.json.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from '../../support/page.ts';
import { projectRoot } from '../../support/build.ts';
import { builtPages } from '../../support/site-pages.ts';
import { readResults, searchFor, submitInBox, waitForAnswer, type ShownResult } from '../../support/search-helpers.ts';
import { normalizeQuery } from '../../src/lib/search/query.ts';
import { columnPath, documentPath, paths } from '../../src/lib/paths.ts';
import { columnIds } from '../../src/lib/vocabulary.ts';

interface QualityQuery {
  kind: string;
  query: string;
  /** The page a reader wants: it must be the first result. */
  page?: string;
  /** Id of the section the result must link to. */
  section?: string;
  /** Pages that must not be listed at all. */
  absent?: string[];
  /** 0: no result holds every word, so only looser ones are offered, under their own heading. */
  exactResults?: 0;
  /** The query is pasted this many times over. */
  repeat?: number;
  /** Another query whose results these must equal. */
  sameAs?: string;
  /** Typed into the box key by key: the last word may be unfinished. Otherwise opened as an address (complete). */
  typed?: boolean;
}

const { queries } = JSON.parse(readFileSync(`${projectRoot}/tests/fixtures/search-queries.json`, 'utf8')) as { queries: QualityQuery[] };
const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');

// Pages that only list other pages, and the resolution's document page (the resolution is found at /nghi-quyet/).
const NEVER_LISTED = [paths.home, paths.library, ...columnIds.map(columnPath), documentPath('nghi-quyet-04-nq-tw')];
const METADATA_LABELS = /^(Thông tin văn bản|Số hiệu|Loại văn bản|Cơ quan ban hành)/;
// Field labels the pages show before a value: never in an excerpt, where they would run into the text.
const FIELD_LABELS = /Tóm tắt nội dung|Giới thiệu của Ban biên tập|Kỳ số|Ngày đăng|Chủ đề (?=\p{Lu})/u;

const session = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await session.context.newPage();
});

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').trim();

/** Types the query into the box of an empty /tim-kiem/, key by key, and returns the results shown. */
async function typeInto(query: string): Promise<ShownResult[]> {
  await page.goto(`${baseUrl}${paths.search}`);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await page.locator('#search-q').pressSequentially(query, { delay: 20 });
  await waitForAnswer(page, normalizeQuery(query));
  return readResults(page);
}

async function checkRules(results: ShownResult[], q: QualityQuery): Promise<void> {
  const pages = results.map((r) => r.page);
  expect(new Set(pages).size, `a page listed twice: ${pages.join(', ')}`).toBe(pages.length);
  for (const unwanted of NEVER_LISTED) expect(pages, `${unwanted} listed`).not.toContain(unwanted);
  // Looser results may be offered apart, under "Kết quả gần đúng", but never among those holding every word.
  const exact = await page.$$eval('ol[aria-label="Kết quả tìm kiếm"] .search-result__title a', (links) => links.map((a) => a.getAttribute('href')!.split('#')[0]!));
  for (const unwanted of q.absent ?? []) expect(exact, `${unwanted} listed as holding every word`).not.toContain(unwanted);
  for (const r of results) {
    const excerpt = textOf(r.excerptHtml);
    expect(excerpt, `excerpt of ${r.href}`).not.toMatch(METADATA_LABELS);
    expect(excerpt, `excerpt of ${r.href}`).not.toMatch(FIELD_LABELS);
    // The heading the result names under its title is not repeated in its excerpt (the text may mention it once).
    const section = r.section?.replace(/^Mục: /, '').replace(/…$/, '');
    if (section && section.split(' ').length >= 3) {
      expect(excerpt.replace(/^… /, '').startsWith(section), `excerpt of ${r.href} opens with its heading`).toBe(false);
      expect(excerpt.split(section).length, `excerpt of ${r.href}`).toBeLessThanOrEqual(2);
    }
  }
}

describe('the quality set', () => {
  it('has at least 80 queries, covering every kind the issues name, all pointing at pages that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set([
        'manifestation', 'document number', 'bare number', 'date', 'document', 'title', 'section', 'issuer', 'year', 'partial word', 'column issue',
        'handbook section', 'self-check', 'all words', 'no metadata excerpt', 'no listing pages', 'one result per document', 'long query', 'invisible characters',
      ]),
    );
    const pages = builtPages(siteDir);
    for (const q of queries) if (q.page) expect(pages, q.query).toContain(q.page);
    expect(queries.find((q) => q.repeat)!.query.repeat(queries.find((q) => q.repeat)!.repeat!).length).toBeGreaterThanOrEqual(10_000);
  });

  it.each(queries.map((q) => [q.kind, q.query, q] as const))('%s: "%s"', async (_kind, query, q) => {
    const typed = query.repeat(q.repeat ?? 1);
    // Typed key by key, or submitted from the box of the page left open by the query before (Enter).
    const results = q.typed ? await typeInto(typed) : await submitInBox(page, baseUrl, typed);
    await checkRules(results, q);
    const address = new URL(page.url()).searchParams.get('q') ?? '';
    expect(Array.from(address).length, 'query length in the address').toBeLessThanOrEqual(200);
    expect(address, 'invisible characters in the address').not.toMatch(/[\p{Cc}\p{Cf}]/u);
    if (q.exactResults === 0) {
      await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^Không tìm thấy kết quả nào có đủ các từ/);
      expect(await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).count()).toBe(0);
    }
    if (q.page) {
      expect(results[0]?.page, `first of ${results.slice(0, 5).map((r) => r.href).join(', ')}`).toBe(q.page);
      if (q.section) expect(decodeURIComponent(results[0]!.href.split('#')[1] ?? ''), 'section the result links to').toBe(q.section);
    }
    if (q.sameAs) {
      const expected = await searchFor(page, baseUrl, q.sameAs);
      expect(expected.length).toBeGreaterThan(0);
      await searchFor(page, baseUrl, typed);
      expect(await readResults(page)).toEqual(expected);
    }
  });
});
