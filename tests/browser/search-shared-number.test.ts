// Documents that share a serial ("two documents numbered 02"): no two documents of the site do, so this file indexes
// a few documents of its own in the built site's shell and asks the site's /tim-kiem/ about them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';
import { documentPath } from '../../src/lib/paths.ts';
import { useBrowser } from '../../support/page.ts';
import { searchFor } from '../../support/search-helpers.ts';
import { writeCorpusSite, type CorpusDocument } from '../../support/search-corpus-site.ts';
import { serveStatic, type RunningServer } from '../../support/static-server.ts';

const section = (text: string) => [{ id: 'muc-1', heading: '1. Nội dung', paragraphs: [text] }];

// Test fixtures only (never content): a plan and a scheme both numbered 02, in different years; a report that
// mentions 02 often and is newer than both; a document numbered 12 and one numbered 102.
const PLAN: CorpusDocument = { slug: 'ke-hoach-02-kh-tu', title: 'Kế hoạch tổ chức học tập chuyên đề', kind: 'Kế hoạch', number: '02-KH/TU', date: '2020-03-02', sections: section('Tổ chức học tập chuyên đề cho cán bộ, đảng viên trong quý II.') };
const SCHEME: CorpusDocument = { slug: 'phuong-an-02-pa-bcd', title: 'Phương án giám sát theo chuyên đề', kind: 'Phương án', number: '02-PA/BCĐ', date: '2017-10-25', sections: section('Giám sát việc tu dưỡng, rèn luyện của đảng viên.') };
const REPORT: CorpusDocument = { slug: 'bao-cao-so-lieu-quy-i', title: 'Báo cáo số liệu quý I', kind: 'Báo cáo', date: '2021-04-05', sections: section('Chi bộ có 02 đảng viên được giám sát, 02 đợt kiểm tra và 02 lượt góp ý theo kế hoạch 02.') };
const TWELVE: CorpusDocument = { slug: 'quy-dinh-12-qd-tw', title: 'Quy định về kiểm tra', kind: 'Quy định', number: '12-QĐ/TW', date: '2019-06-01', sections: section('Kiểm tra tổ chức đảng.') };
const HUNDRED_TWO: CorpusDocument = { slug: 'huong-dan-102-hd-tu', title: 'Hướng dẫn về góp ý', kind: 'Hướng dẫn', number: '102-HD/TU', date: '2022-01-10', sections: section('Góp ý cho đảng viên.') };

const session = useBrowser();
let page: Page;
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shared-number-'));
  writeCorpusSite(inject('siteDir'), dir, [PLAN, SCHEME, REPORT, TWELVE, HUNDRED_TWO]);
  await buildSearchIndex(dir);
  server = await serveStatic(dir);
  page = await session.context.newPage();
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pages = async (query: string) => (await searchFor(page, server.url, query)).map((result) => result.page);

describe('two documents share a number', () => {
  it.each(['02', 'số 02', 'so 2'])('"%s": both come first, the newer first, before a newer page that only mentions 02', async (query) => {
    const shown = await pages(query);
    expect(shown.slice(0, 2)).toEqual([documentPath(PLAN.slug), documentPath(SCHEME.slug)]);
    // Neither the number 12 nor 102 is 02.
    expect(shown).not.toContain(documentPath(TWELVE.slug));
    expect(shown).not.toContain(documentPath(HUNDRED_TWO.slug));
  });

  it.each([
    ['PA 02', SCHEME],
    ['02-PA/BCĐ', SCHEME],
    ['phuong an 02', SCHEME],
    ['KH 02', PLAN],
    ['02/KH-TU', PLAN],
  ])('"%s" names one of them: that one alone comes first', async (query, doc) => {
    const shown = await pages(query);
    expect(shown[0]).toBe(documentPath(doc.slug));
  });

  it('each of the two shows its own full number, highlighted', async () => {
    await searchFor(page, server.url, '02');
    expect(await page.locator('.search-result__meta mark').allTextContents()).toEqual(expect.arrayContaining(['02-KH/TU', '02-PA/BCĐ']));
    expect(await page.locator('.search-result').nth(0).locator('.search-result__meta mark').textContent()).toBe('02-KH/TU');
  });
});
