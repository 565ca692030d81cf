// Shared by the tally's browser tests and its benchmark.
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openWatchedPage, type PageWatch } from '../../support/page.ts';
import { paths } from '../../src/lib/paths.ts';

/** Pages in a PDF Chromium printed. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** expect.poll with room for a busy two-core machine. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 50 });

export const PHONE = { width: 360, height: 740 };

/** Opens /kiem-phieu/ and waits until the island has read storage. */
export async function openTally(context: BrowserContext, baseUrl: string): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openWatchedPage(context, baseUrl);
  await opened.page.goto(`${baseUrl}${paths.tally}`);
  await opened.page.locator('.tally[data-ready="true"]').waitFor();
  return opened;
}

export async function reloadTally(page: Page): Promise<void> {
  await page.reload();
  await page.locator('.tally[data-ready="true"]').waitFor();
}

/** Starts a count the way the group does: chi bộ name, half-year, year, the members one a line. */
export async function startCount(page: Page, unit: string, members: string[] = ['Nguyễn Văn An'], half: '1' | '2' | '0' = '2', year = 2026): Promise<void> {
  const form = page.locator('form.tally-create:visible').first();
  await form.getByLabel('Tên chi bộ').fill(unit);
  await form.getByLabel('Kỳ').selectOption(half);
  await form.getByLabel('Năm').fill(String(year));
  await form.getByLabel(/Danh sách đảng viên được đánh giá/).fill(members.join('\n'));
  await form.getByRole('button', { name: 'Bắt đầu kiểm phiếu' }).click();
  await page.locator('#ma-co').waitFor();
  await expect.poll(() => page.locator('#dot-hien-tai').innerText(), { timeout: 5_000 }).toContain(unit);
}

/** Chooses the member the next ballots are about. */
export async function chooseMember(page: Page, name: string): Promise<void> {
  const select = page.locator('#dang-vien');
  const value = await select.locator('option', { hasText: new RegExp(`^${name} \\(`) }).getAttribute('value');
  await select.selectOption(value!);
  await expect.poll(() => page.locator('#nhap-phieu').innerText(), { timeout: 5_000 }).toContain(name);
}

/** Types a ballot's ids and presses Enter. */
export async function typeBallot(page: Page, ids: string): Promise<void> {
  const input = page.locator('#ma-co');
  await input.fill(ids);
  await input.press('Enter');
}

/** Taps the grid cells of a ballot, then "Ghi phiếu" (or "Phiếu không có “Có”" when there are none). */
export async function tapBallot(page: Page, ids: string[]): Promise<void> {
  if (ids.length === 0) {
    await page.getByRole('button', { name: 'Phiếu không có “Có”' }).tap();
    return;
  }
  for (const id of ids) await page.locator('.tally-grid__cell', { hasText: new RegExp(`^${id}$`) }).tap();
  await page.getByRole('button', { name: 'Ghi phiếu', exact: true }).tap();
}

export async function ballotCount(page: Page): Promise<number> {
  return page.locator('.tally-ballots__list li').count();
}

/** Each member's row of the result: name, ballots, ballots with a "Có". */
export async function memberRows(page: Page): Promise<string[]> {
  return (await page.locator('.tally-members-table tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
}
