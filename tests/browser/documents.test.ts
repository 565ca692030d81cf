import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { newContext, openWatchedPage, useBrowser } from '../../support/page.ts';
import { projectRoot } from '../../support/build.ts';
import { documentTypeLabels, NOT_YET_KNOWN } from '../../src/ui/labels.ts';
import type { DocumentType } from '../../src/lib/vocabulary.ts';
import { documentPath } from '../../src/lib/paths.ts';

const baseUrl = inject('baseUrl');

/** The documents as written in content/van-ban: slug and the front-matter fields the pages must show. */
const contentDir = join(projectRoot, 'content/van-ban');
const documents = readdirSync(contentDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(join(contentDir, name), 'utf8');
    const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(text.split('\n---')[0]!)?.[1]?.trim();
    return {
      slug: name.replace(/\.mdx$/, ''),
      title: field('title')!,
      type: field('type') as DocumentType,
      number: field('number'),
      date: field('date'),
      signer: field('signer'),
      issuer: field('issuer')!,
    };
  });

const DISTRICT_DOCUMENTS_WITHOUT_METADATA = [
  'ke-hoach-thuc-hien-nghi-quyet-trung-uong-4',
  'ke-hoach-khao-sat-chat-luong-sinh-hoat-chi-bo',
  'ke-hoach-sinh-hoat-diem-chi-bo',
  'cong-van-huong-dan-ban-cam-ket',
  'cong-van-tham-quyen-quy-trinh-ke-hoach-hanh-dong',
];

const META_ROWS = ['Số hiệu', 'Loại văn bản', 'Cơ quan ban hành', 'Ngày ban hành', 'Người ký', 'Trích yếu', 'Tình trạng', 'Văn bản liên quan'];

const session = useBrowser();
let noScript: BrowserContext;
beforeAll(async () => {
  noScript = await newContext(session.browser, { javaScriptEnabled: false });
});

describe('the document library /van-ban/', () => {
  it('holds every document named in the brief, under the slugs colleagues link to', () => {
    const slugs = documents.map((doc) => doc.slug);
    for (const slug of ['nghi-quyet-04-nq-tw', 'quyet-dinh-99-qd-tw', 'quy-dinh-08-qdi-tw', 'quy-dinh-124-qd-tw', 'quy-dinh-1374-qd-tu', 'phuong-an-02-pa-bcd', ...DISTRICT_DOCUMENTS_WITHOUT_METADATA]) {
      expect(slugs).toContain(slug);
    }
  });

  it('lists every document, grouped, newest first, without JavaScript, and hides the filter it cannot run', async () => {
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/van-ban/`);
    const links = await page.locator('[data-document] > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...links].sort()).toEqual(documents.map((doc) => documentPath(doc.slug)).sort());
    await expect(page.locator('#document-filter').isVisible()).resolves.toBe(false);
    await expect(page.locator('#document-count').innerText()).resolves.toContain(String(documents.length));
    await expect(page.locator('.document-group h2').allInnerTexts()).resolves.toEqual(['Trung ương', 'Thành phố', 'Quận']);
    // Within the central group the dates run newest to oldest.
    const centralDates = await page.locator('.document-group').first().locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(centralDates.length).toBeGreaterThan(1);
    expect(centralDates).toEqual([...centralDates].sort().reverse());
    await page.close();
  });

  it('shows "chưa cập nhật" in the list where a document has no known number', async () => {
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/van-ban/`);
    const item = page.locator('[data-document]', { has: page.locator(`a[href="${documentPath(DISTRICT_DOCUMENTS_WITHOUT_METADATA[0]!)}"]`) });
    const numberValue = item.locator('dt:text-is("Số hiệu") + dd');
    await expect(numberValue.innerText()).resolves.toBe(NOT_YET_KNOWN);
    await page.close();
  });

  it('filters by type with JavaScript: only that type stays visible and the count is announced', async () => {
    const { page, watch } = await openWatchedPage(session.context, baseUrl);
    await page.goto(`${baseUrl}/van-ban/`);
    const type: DocumentType = 'quy-dinh';
    const expected = documents.filter((doc) => doc.type === type);
    expect(expected.length).toBeGreaterThan(0);
    await page.getByLabel('Loại văn bản').selectOption(type);
    const visible = page.locator('[data-document]:visible');
    await expect(visible.count()).resolves.toBe(expected.length);
    const typesShown = await visible.locator('dt:text-is("Loại") + dd').allInnerTexts();
    expect(typesShown).toEqual(expected.map(() => documentTypeLabels[type]));
    const status = page.getByRole('status');
    await expect(status.innerText()).resolves.toBe(`Đang hiển thị ${expected.length} trên ${documents.length} văn bản.`);
    expect(new URL(page.url()).searchParams.get('type')).toBe(type);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => page.locator('[data-document]:visible').count()).toBe(documents.length);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('combines filters, hides emptied groups, says when nothing matches, and reads the filter from the address', async () => {
    const page = await session.context.newPage();
    const issuer = 'Ban Bí thư';
    const expected = documents.filter((doc) => doc.issuer === issuer && doc.date?.endsWith('2017'));
    await page.goto(`${baseUrl}/van-ban/?issuer=${encodeURIComponent(issuer)}&year=2017`);
    await expect(page.locator('[data-document]:visible').count()).resolves.toBe(expected.length);
    await expect(page.locator('.document-group:visible h2').allInnerTexts()).resolves.toEqual(['Trung ương']);
    await page.getByLabel('Loại văn bản').selectOption('phuong-an');
    await expect(page.locator('[data-document]:visible').count()).resolves.toBe(0);
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^Không có văn bản nào khớp/);
    await page.close();
  });
});

describe.each(documents)('document page /van-ban/$slug/', (doc) => {
  it('has the eight metadata rows, showing what is known and "chưa cập nhật" for the rest', async () => {
    const page = await noScript.newPage();
    const response = await page.goto(`${baseUrl}/van-ban/${doc.slug}/`);
    expect(response?.status()).toBe(200);
    const table = page.locator('table.document-meta');
    await expect(table.locator('th[scope="row"]').allInnerTexts()).resolves.toEqual(META_ROWS);
    const value = (label: string) => table.locator('tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td').innerText();
    await expect(value('Số hiệu')).resolves.toBe(doc.number ?? NOT_YET_KNOWN);
    await expect(value('Ngày ban hành')).resolves.toBe(doc.date ?? NOT_YET_KNOWN);
    await expect(value('Người ký')).resolves.toBe(doc.signer ?? NOT_YET_KNOWN);
    await expect(value('Loại văn bản')).resolves.toBe(documentTypeLabels[doc.type]);
    await expect(value('Cơ quan ban hành')).resolves.toBe(doc.issuer);
    if (DISTRICT_DOCUMENTS_WITHOUT_METADATA.includes(doc.slug)) {
      for (const label of ['Số hiệu', 'Ngày ban hành', 'Người ký']) await expect(value(label)).resolves.toBe(NOT_YET_KNOWN);
    }
    await expect(page.locator('h1').innerText()).resolves.toBe(doc.title);
    await expect(page.locator('.notice').innerText()).resolves.toContain('không đăng toàn văn');
    await expect(page.locator('main h2').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});
