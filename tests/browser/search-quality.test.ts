// The quality set: each query must bring its page into the top 3 (top 1 for document numbers) and,
// where given, link to the section that answers it. Queries live in tests/fixtures/search-queries.json.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from '../../support/page.ts';
import { projectRoot } from '../../support/build.ts';
import { builtPages } from '../../support/site-pages.ts';
import { searchFor } from '../../support/search-helpers.ts';

interface QualityQuery {
  kind: string;
  query: string;
  /** The page a reader wants; a list when two pages are equally right (the resolution and its document page). */
  page: string | string[];
  /** Rank the page must reach; 3 unless given. */
  top?: number;
  /** Id of the section the result must link to. */
  section?: string;
}

const { queries } = JSON.parse(readFileSync(`${projectRoot}/tests/fixtures/search-queries.json`, 'utf8')) as { queries: QualityQuery[] };
const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');

const session = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await session.context.newPage();
});

describe('the quality set', () => {
  it('has at least 30 queries, covering every kind the issue names, all pointing at pages that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['manifestation', 'document number', 'document', 'column issue', 'handbook section', 'self-check']));
    const pages = builtPages(siteDir);
    for (const q of queries) for (const wanted of [q.page].flat()) expect(pages, q.query).toContain(wanted);
  });

  it.each(queries.map((q) => [q.kind, q.query, q] as const))('%s: "%s"', async (_kind, query, q) => {
    const results = await searchFor(page, baseUrl, query);
    const wanted = [q.page].flat();
    const top = q.top ?? 3;
    const rank = results.findIndex((r) => wanted.includes(r.page)) + 1;
    expect(rank, `rank of ${wanted.join(' or ')} among ${results.slice(0, 5).map((r) => r.href).join(', ')}`).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(top);
    if (q.section) {
      const hash = decodeURIComponent(results[rank - 1]!.href.split('#')[1] ?? '');
      expect(hash, 'section the result links to').toBe(q.section);
    }
  });
});
