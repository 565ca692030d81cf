// The counting group on a 360×740 phone: 30 ballots typed, 5 tapped, a correction, undo, the result against
// figures worked out by hand, the biên bản on paper, three chi bộ files adding up, privacy and accessibility.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, runAxe, useBrowser } from '../../support/page.ts';
import { TALLY_STORAGE_KEY } from '../../src/stores/tally.ts';
import { ballotCount, eventually, figures, openTally, PHONE, pdfPageCount, reloadTally, startCount, tapBallot, typeBallot } from './tally-helpers.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser({ contextPerTest: true });

async function phone() {
  await session.context.close();
  session.context = await newContext(session.browser, { viewport: PHONE, hasTouch: true, isMobile: true, acceptDownloads: true });
}

// Ballots 1–30 typed: six carry marks, the other 24 are "0".
const TYPED: Record<number, string> = { 3: '1a 3c', 7: '1A,1b', 12: '2c', 18: '3c 2a 1c', 25: '14b', 30: '27c; 14b' };
// Ballots 31–35 tapped.
const TAPPED: string[][] = [['5b', '9c'], [], ['1a'], ['27a', '27b'], []];

/*
 * Worked out by hand, after ballot 12 is corrected from "2c" to "2c 4a":
 * 35 ballots; with a "Có": 3, 7, 12, 18, 25, 30, 31, 33, 34 → 9; 9 / 35 = 25,71 %.
 * Manifestation 1: ballots 3, 7, 18, 33 → 4; 2: 12, 18 → 2; 3: 3, 18 → 2; 4: 12 → 1; 5: 31 → 1; 9: 31 → 1;
 * 14: 25, 30 → 2; 27: 30, 34 → 2.
 * Items: 1a 3 (3, 7, 33); 1b 1; 1c 1; 2a 1; 2c 1; 3c 2 (3, 18); 4a 1; 5b 1; 9c 1; 14b 2; 27a 1; 27b 1; 27c 1.
 */
const EXPECTED_MANIFESTATIONS: [number, number][] = [
  [1, 4],
  [2, 2],
  [3, 2],
  [4, 1],
  [5, 1],
  [9, 1],
  [14, 2],
  [27, 2],
];
const EXPECTED_ITEMS: Record<string, number> = { '1a': 3, '1b': 1, '1c': 1, '2a': 1, '2c': 1, '3c': 2, '4a': 1, '5b': 1, '9c': 1, '14b': 2, '27a': 1, '27b': 1, '27c': 1 };

async function enterFixture(page: Page): Promise<void> {
  for (let number = 1; number <= 30; number += 1) await typeBallot(page, TYPED[number] ?? '0');
  await eventually(() => ballotCount(page)).toBe(30);
  for (const ids of TAPPED) await tapBallot(page, ids);
  await eventually(() => ballotCount(page)).toBe(35);
}

async function resultByManifestation(page: Page): Promise<[number, number][]> {
  const rows = await page.locator('#ket-qua-dot').locator('xpath=..').locator('table').first().locator('tbody tr').all();
  const out: [number, number][] = [];
  for (const row of rows) {
    const name = await row.locator('th').innerText();
    out.push([Number.parseInt(name, 10), Number(await row.locator('td').first().innerText())]);
  }
  return out;
}

describe('counting on a phone', () => {
  it('takes 30 typed and 5 tapped ballots, a correction and an undo, and gives the figures worked out by hand', async () => {
    await phone();
    const { page, watch } = await openTally(session.context, baseUrl);
    await startCount(page, 'Chi bộ Khu phố 3');
    await enterFixture(page);

    // Correction of ballot 12 from the list.
    await page.getByRole('button', { name: 'Sửa phiếu 12', exact: true }).tap();
    expect(await page.locator('#nhap-phieu').innerText()).toBe('Sửa phiếu số 12');
    expect(await page.locator('#ma-co').inputValue()).toBe('2c');
    await page.locator('#ma-co').fill('2c 4a');
    await page.getByRole('button', { name: 'Lưu phiếu đã sửa' }).tap();
    await eventually(() => page.locator('[data-ballot="12"] .tally-ballots__text').innerText()).toBe('Phiếu 12: 2c 4a');

    // An extra ballot, then undo: it goes again.
    await typeBallot(page, '9a');
    await eventually(() => ballotCount(page)).toBe(36);
    await page.getByRole('button', { name: /^Hoàn tác: ghi phiếu số 36$/ }).tap();
    await eventually(() => ballotCount(page)).toBe(35);
    // A removal, then undo: it comes back in its place.
    await page.getByRole('button', { name: 'Xóa phiếu 2', exact: true }).tap();
    await eventually(() => ballotCount(page)).toBe(34);
    await page.getByRole('button', { name: /^Hoàn tác: xóa phiếu số 2$/ }).tap();
    await eventually(() => ballotCount(page)).toBe(35);

    expect(await figures(page)).toEqual(['35 phiếu', '9 phiếu', '25,71%']);
    expect(await resultByManifestation(page)).toEqual(EXPECTED_MANIFESTATIONS);
    const itemCounts: Record<string, number> = {};
    for (const row of await page.locator('.tally-items tbody tr').all()) {
      const count = Number(await row.locator('td.num').textContent());
      if (count > 0) itemCounts[(await row.getAttribute('data-item'))!] = count;
    }
    expect(itemCounts).toEqual(EXPECTED_ITEMS);
    expect(await page.locator('.tally-seen').innerText()).toContain('Các biểu hiện được nhận diện (8)');

    // It survives a reload.
    await reloadTally(page);
    expect(await ballotCount(page)).toBe(35);
    expect(await figures(page)).toEqual(['35 phiếu', '9 phiếu', '25,71%']);
    expect(watch.consoleErrors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await runAxe(page)).toEqual([]);
  }, 120_000);

  it('says at once what is wrong with a typed ballot, and records nothing until it is right', async () => {
    await phone();
    const { page } = await openTally(session.context, baseUrl);
    await startCount(page, 'Chi bộ Khu phố 4');
    await page.locator('#ma-co').fill('28a 1a 1a x');
    const problems = page.locator('.tally-problems li');
    expect(await problems.allInnerTexts()).toEqual([
      'Phiếu không có nội dung “28a” (chỉ có 1a đến 27c).',
      '“1a” được gõ hai lần.',
      '“x” không đúng dạng mã nội dung: số thứ tự biểu hiện rồi chữ cái, ví dụ 14b.',
    ]);
    expect(await page.locator('#ma-co').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#ma-co').press('Enter');
    expect(await ballotCount(page)).toBe(0);
    await typeBallot(page, '');
    expect(await problems.innerText()).toContain('Chưa có mã nào');
    await typeBallot(page, '1a 14');
    expect(await problems.innerText()).toContain('“14” không đúng dạng');
    expect(await ballotCount(page)).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });
});

describe('the biên bản', () => {
  it('prints alone on one A4 page, with the group’s names and signature lines, without site chrome', async () => {
    const { page } = await openTally(session.context, baseUrl);
    await startCount(page, 'Chi bộ Khu phố 5', '1', 2026);
    for (const ids of ['1a', '0', '2b 3c', '0', '0', '0']) await typeBallot(page, ids);
    await eventually(() => ballotCount(page)).toBe(6);
    await page.getByLabel(/Họ tên các thành viên tổ kiểm phiếu/).fill('Nguyễn Văn A\nTrần Thị B');
    await page.getByLabel(/Họ tên các thành viên tổ kiểm phiếu/).blur();
    await eventually(() => page.evaluate((k) => localStorage.getItem(k), TALLY_STORAGE_KEY)).toContain('Trần Thị B');
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => {
      for (const element of await page.locator(selector).all()) if (await element.isVisible()) return true;
      return false;
    };
    for (const selector of ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer', '.tally-entry', '.tally-page-intro', '.tally-addup-section', '#gui-dang-bo', 'textarea']) {
      expect(await visible(selector), selector).toBe(false);
    }
    const record = await page.locator('.tally-record').innerText();
    expect(record).toContain('CHI BỘ KHU PHỐ 5');
    expect(record).toContain('6 tháng đầu năm 2026');
    expect(record).toMatch(/Ngày lập biên bản: \d\d\/\d\d\/\d{4}\./);
    expect(record).toContain('Tổ kiểm phiếu đã kiểm 6 phiếu. Số phiếu có ít nhất một nội dung đánh dấu “Có”: 2 phiếu, tỷ lệ 33,33% trên số phiếu đã kiểm.');
    expect(await page.locator('.tally-record__signatures li').allInnerTexts()).toEqual(['Nguyễn Văn A', 'Trần Thị B']);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});

describe('adding up for the đảng bộ', () => {
  async function exportFile(page: Page): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp tổng hợp' }).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  }

  it('adds three chi bộ exactly, and refuses a second copy, another period and a changed figure', async () => {
    const { page, watch } = await openTally(session.context, baseUrl);
    const units: [string, string[]][] = [
      // 4 ballots, 2 with "Có": 1a twice; a small count, so the export warns.
      ['Chi bộ Khu phố 1', ['1a', '0', '1a 2b', '0']],
      // 5 ballots, 1 with "Có".
      ['Chi bộ Khu phố 2', ['0', '0', '3c', '0', '0']],
      // 6 ballots, 3 with "Có".
      ['Chi bộ Khu phố 6', ['1b', '2b', '0', '27c', '0', '0']],
    ];
    const files: { name: string; text: string }[] = [];
    for (const [index, [unit, ballots]] of units.entries()) {
      if (index > 0) await page.getByText('Bắt đầu đợt kiểm phiếu khác').click();
      await startCount(page, unit);
      for (const ids of ballots) await typeBallot(page, ids);
      await eventually(() => ballotCount(page)).toBe(ballots.length);
      const warning = page.locator('.tally-warning');
      expect(await warning.count(), unit).toBe(ballots.length < 5 ? 1 : 0);
      if (ballots.length < 5) expect(await warning.innerText()).toContain('có thể giúp người khác đoán ra phiếu của từng người');
      const file = await exportFile(page);
      expect(file.text).not.toMatch(/"marked"|"ballots": \{/);
      files.push(file);
    }
    expect(files.map((f) => f.name)).toEqual(['kiem-phieu-chi-bo-khu-pho-1-2026-2.json', 'kiem-phieu-chi-bo-khu-pho-2-2026-2.json', 'kiem-phieu-chi-bo-khu-pho-6-2026-2.json']);

    const upload = (list: { name: string; text: string }[]) =>
      page.locator('#tep-chi-bo').setInputFiles(list.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await upload(files);
    const table = page.locator('.tally-addup__table');
    await table.waitFor();
    const rows = async () => (await table.locator('tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
    // By hand: 4 + 5 + 6 = 15 ballots; 2 + 1 + 3 = 6 with "Có"; 6 / 15 = 40 %.
    expect((await rows()).slice(1)).toEqual([
      'Chi bộ Khu phố 1 4 2 50,00%',
      'Chi bộ Khu phố 2 5 1 20,00%',
      'Chi bộ Khu phố 6 6 3 50,00%',
      'Toàn đảng bộ 15 6 40,00%',
    ]);
    // Manifestation 1: "1a" and "1a 2b" (KP1), "1b" (KP6) → 3 of 15 = 20 %; 2: 1a 2b (KP1), 2b (KP6) → 2; 3: 1; 27: 1.
    const seen = (await page.locator('.tally-addup__seen tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim().replace(/^(\d+)\..* (\d+) ([\d,]+%)$/, '$1 $2 $3'));
    expect(seen).toEqual(['1 3 20,00%', '2 2 13,33%', '3 1 6,67%', '27 1 6,67%']);

    const messages = page.locator('.tally-addup__messages li');
    await upload([files[0]!]);
    await eventually(() => messages.allInnerTexts()).toEqual(['Tệp “kiem-phieu-chi-bo-khu-pho-1-2026-2.json” không được cộng: số liệu của Chi bộ Khu phố 1 đã được cộng rồi (cùng một tệp).']);
    const otherPeriod = JSON.parse(files[1]!.text);
    otherPeriod.period = { year: 2026, half: 1 };
    await upload([{ name: 'dot-khac.json', text: JSON.stringify(otherPeriod) }]);
    await eventually(() => messages.allInnerTexts()).toEqual([
      'Tệp “dot-khac.json” không được cộng: các con số trong tệp không khớp với mã kiểm tra, có thể tệp đã bị sửa tay hoặc hỏng. Đề nghị chi bộ xuất lại tệp.',
    ]);
    const changed = JSON.parse(files[2]!.text);
    changed.withAny = 9;
    await upload([{ name: 'sua-tay.json', text: JSON.stringify(changed) }]);
    await eventually(() => messages.allInnerTexts()).toEqual([
      'Tệp “sua-tay.json” không được cộng: các con số trong tệp mâu thuẫn nhau (ví dụ số phiếu có “Có” lớn hơn tổng số phiếu). Đề nghị chi bộ xuất lại tệp.',
    ]);
    expect((await rows()).at(-1)).toBe('Toàn đảng bộ 15 6 40,00%');
    expect(watch.consoleErrors).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
  }, 120_000);

  it('refuses a genuine file of another period', async () => {
    const { page } = await openTally(session.context, baseUrl);
    await startCount(page, 'Chi bộ A', '2');
    await typeBallot(page, '0');
    const [first] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp tổng hợp' }).click()]);
    await page.getByText('Bắt đầu đợt kiểm phiếu khác').click();
    await startCount(page, 'Chi bộ B', '1');
    await typeBallot(page, '1a');
    const [second] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp tổng hợp' }).click()]);
    await page.locator('#tep-chi-bo').setInputFiles([(await first.path())!, (await second.path())!]);
    await eventually(() => page.locator('.tally-addup__messages li').allInnerTexts()).toEqual([
      `Đã cộng tệp “${(await first.path())!.split('/').pop()}” (Chi bộ A, 1 phiếu).`,
      `Tệp “${(await second.path())!.split('/').pop()}” không được cộng: tệp thuộc đợt 6 tháng đầu năm 2026, khác với đợt đang cộng (6 tháng cuối năm 2026).`,
    ]);
  });
});

describe('storage, as the self-check is tested', () => {
  it('keeps ballots on the page and says so when storage is full after a few writes, leaving what was stored readable', async () => {
    await session.context.addInitScript((key) => {
      let writes = 0;
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(k: string, v: string) {
        if (k === key && (writes += 1) > 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.call(this, k, v);
      };
    }, TALLY_STORAGE_KEY);
    const { page, watch } = await openTally(session.context, baseUrl);
    await startCount(page, 'Chi bộ Đầy');
    for (const ids of ['1a', '0', '2a', '0', '3a', '0']) await typeBallot(page, ids);
    await eventually(() => ballotCount(page)).toBe(6);
    const alert = page.locator('.tally-alert');
    await eventually(() => alert.innerText()).toContain('Bộ nhớ của trình duyệt đã đầy: 3 thay đổi mới nhất chưa được lưu');
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), TALLY_STORAGE_KEY))!);
    const storedBallots = Object.values(stored.counts as Record<string, { ballots: Record<string, unknown> }>)[0]!.ballots;
    expect(Object.keys(storedBallots)).toHaveLength(3);
    // 1a, 2a and 3a carry a "Có": 3 of 6.
    expect(await figures(page)).toEqual(['6 phiếu', '3 phiếu', '50,00%']);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('works in memory and says so when storage is disabled', async () => {
    await session.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const { page, watch } = await openTally(session.context, baseUrl);
    expect(await page.locator('.tally-alert').innerText()).toContain('không cho trang lưu dữ liệu');
    await startCount(page, 'Chi bộ Riêng');
    await typeBallot(page, '1a');
    await eventually(() => ballotCount(page)).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('sets a damaged value aside and starts afresh, and leaves a newer version’s value untouched', async () => {
    const damaged = '{"kind":"nq4-kiem-phieu","schemaVersion":1,"counts":{"x":';
    await session.context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [TALLY_STORAGE_KEY, damaged],
    );
    const { page } = await openTally(session.context, baseUrl);
    expect(await page.locator('.tally-alert').innerText()).toContain('bị hỏng');
    const copies = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), `${TALLY_STORAGE_KEY}.hong.`);
    expect(copies).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), copies[0]!)).toBe(damaged);
    await startCount(page, 'Chi bộ Mới');
    await typeBallot(page, '0');
    await eventually(() => ballotCount(page)).toBe(1);

    const newer = JSON.stringify({ kind: 'nq4-kiem-phieu', schemaVersion: 9, counts: {} });
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [TALLY_STORAGE_KEY, newer]);
    await reloadTally(page);
    expect(await page.locator('.tally-alert').innerText()).toContain('phiên bản mới hơn');
    await startCount(page, 'Chi bộ Sau');
    await typeBallot(page, '1a');
    await eventually(() => ballotCount(page)).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), TALLY_STORAGE_KEY)).toBe(newer);
  });

  it('joins the ballots two tabs enter at the same time', async () => {
    const { page: first } = await openTally(session.context, baseUrl);
    await startCount(first, 'Chi bộ Hai Tab');
    await typeBallot(first, '1a');
    const { page: second } = await openTally(session.context, baseUrl);
    await eventually(() => ballotCount(second)).toBe(1);
    await typeBallot(second, '2a');
    await typeBallot(first, '3a');
    await eventually(() => ballotCount(first)).toBe(3);
    await eventually(() => ballotCount(second)).toBe(3);
    await reloadTally(first);
    expect(await first.locator('.tally-ballots__text').allInnerTexts()).toEqual(['Phiếu 1: 1a', 'Phiếu 2: 2a', 'Phiếu 3: 3a']);
  });
});

describe('privacy', () => {
  it('makes no request after load, sets no cookie, and its policy refuses connections', async () => {
    const { page, watch } = await openTally(session.context, baseUrl);
    await page.waitForLoadState('networkidle');
    const loaded = watch.requests.length;
    await startCount(page, 'Chi bộ Kín');
    await typeBallot(page, '1a 2b');
    await page.getByRole('button', { name: 'Tải tệp tổng hợp' }).click();
    await page.waitForTimeout(300);
    expect(watch.requests.slice(loaded).filter((url) => !url.startsWith('blob:'))).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await session.context.cookies()).toEqual([]);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/connect-src 'none'(;|$)/);
    expect(await page.evaluate(() => fetch('/').then(() => 'connected', () => 'refused'))).toBe('refused');
  });
});
