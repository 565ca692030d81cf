import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chromium } from 'playwright-core';
import { findChromium } from '../../support/chromium.ts';
import { newContext, runAxe, useBrowser } from '../../support/page.ts';
import {
  SELF_CHECK_PATH,
  STORAGE_KEY,
  answer,
  eventually,
  openSelfCheck,
  progressText,
  reloadSelfCheck,
  storedText,
} from '../../support/self-check.ts';
import { loadManifestations } from '../../support/manifestations-data.ts';
import { handbookManifestationPath, manifestationPath } from '../../src/lib/paths.ts';

const baseUrl = inject('baseUrl');
const data = loadManifestations();
const itemCount = data.reduce((sum, m) => sum + m.items.length, 0);

const session = useBrowser({ contextPerTest: true });

describe('the static form', () => {
  it('holds every item of the data as a fieldset with its text as legend and Có/Không radios named by id, without JavaScript', async () => {
    const noScript = await newContext(session.browser, { javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}${SELF_CHECK_PATH}`);
    const fieldsets = page.locator('form.sc-form fieldset');
    expect(await fieldsets.count()).toBe(itemCount);
    const first = data[0]!.items[0]!;
    const fieldset = page.locator(`fieldset#muc-${first.id}`);
    expect(await fieldset.locator('legend').innerText()).toContain(first.text);
    const radios = fieldset.locator(`input[type="radio"][name="${first.id}"]`);
    expect(await radios.count()).toBe(2);
    expect(await fieldset.locator('label').allInnerTexts()).toEqual(['Có', 'Không']);
    const link = page.locator(`a[href="${manifestationPath(data[0]!.number)}"]`).first();
    expect(await link.innerText()).toBe(data[0]!.shortName);
    await noScript.close();
  });

  it('has the 81 items of the complete data set', () => {
    expect(data).toHaveLength(27);
    expect(itemCount).toBe(81);
  });
});

describe('answering', () => {
  it('saves each answer at once and restores it after a reload', async () => {
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '1a', 'co');
    await answer(page, '2b', 'khong');
    expect(JSON.parse((await storedText(page, STORAGE_KEY))!).rounds[0].answers).toEqual({ '1a': 'co', '2b': 'khong' });
    await reloadSelfCheck(page);
    expect(await page.locator('#cau-1a-co').isChecked()).toBe(true);
    expect(await page.locator('#cau-2b-khong').isChecked()).toBe(true);
    expect(await page.locator('#cau-1b-co').isChecked()).toBe(false);
    expect(await progressText(page)).toBe(`Đã trả lời 2 trên ${itemCount} nội dung.`);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('keeps answers across a browser restart', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'tu-kiem-tra-'));
    const choice = await findChromium();
    const launch = () => chromium.launchPersistentContext(profile, { headless: true, executablePath: choice.executablePath, args: choice.args });
    try {
      const first = await launch();
      const page = await first.newPage();
      await page.goto(`${baseUrl}${SELF_CHECK_PATH}`);
      await page.locator('#tien-do').waitFor();
      await answer(page, '3c', 'co');
      await first.close();
      const second = await launch();
      const again = await second.newPage();
      await again.goto(`${baseUrl}${SELF_CHECK_PATH}`);
      await again.locator('#tien-do').waitFor();
      expect(await again.locator('#cau-3c-co').isChecked()).toBe(true);
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('keeps two open tabs in step without either losing answers', async () => {
    const { page: tabA } = await openSelfCheck(session.context, baseUrl);
    const { page: tabB } = await openSelfCheck(session.context, baseUrl);
    await answer(tabA, '1a', 'co');
    await eventually(() => tabB.locator('#cau-1a-co').isChecked()).toBe(true);
    await answer(tabB, '1b', 'khong');
    await eventually(() => tabA.locator('#cau-1b-khong').isChecked()).toBe(true);
    // Answer in both tabs without waiting for the other to catch up.
    await Promise.all([answer(tabA, '5a', 'co'), answer(tabB, '6a', 'khong')]);
    await answer(tabA, '7a', 'co');
    await eventually(async () => JSON.parse((await storedText(tabA, STORAGE_KEY))!).rounds[0].answers).toEqual({
      '1a': 'co',
      '1b': 'khong',
      '5a': 'co',
      '6a': 'khong',
      '7a': 'co',
    });
    await eventually(() => tabB.locator('#cau-7a-co').isChecked()).toBe(true);
    expect(await tabA.locator('#cau-6a-khong').isChecked()).toBe(true);
  });

  it('lets a keyboard user reach the first unanswered item and complete a manifestation', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    const link = page.getByRole('link', { name: /Đến nội dung chưa trả lời đầu tiên/ });
    let reached = false;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await link.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const [a, b, c] = data[0]!.items.map((item) => item.id);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`cau-${a}-co`);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const stored = JSON.parse((await storedText(page, STORAGE_KEY))!).rounds[0].answers;
    expect(stored).toEqual({ [a!]: 'co', [b!]: 'khong', [c!]: 'co' });
    await eventually(() => progressText(page)).toBe(`Đã trả lời 3 trên ${itemCount} nội dung.`);
    await eventually(() => link.innerText()).toContain(`(${data[1]!.items[0]!.id})`);
  });

  it('gives every answer choice a target at least 44 px high', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    const heights = await page.locator('.sc-option').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height));
    expect(heights).toHaveLength(itemCount * 2);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });
});

describe('the result', () => {
  it('lists what is marked Có by manifestation, links it, shows the unanswered, and keeps the member’s commitment', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '4a', 'co');
    await answer(page, '4b', 'khong');
    const result = page.locator('.sc-result');
    const marked = result.locator('.sc-marked');
    await eventually(() => result.locator('.sc-unanswered li').count()).toBe(itemCount - 2);
    expect(await marked.count()).toBe(1);
    expect(await marked.locator('h4').innerText()).toContain('Biểu hiện 4');
    expect(await marked.locator('li').allInnerTexts()).toEqual([expect.stringContaining(data[3]!.items[0]!.text)]);
    expect(await marked.locator(`a[href="${manifestationPath(4)}"]`).count()).toBe(1);
    expect(await marked.locator(`a[href="${handbookManifestationPath(4)}"]`).count()).toBe(1);
    expect(await result.innerText()).toContain('không phải phiếu khảo sát, đánh giá của chi bộ');
    const unanswered = result.locator('.sc-unanswered li');
    expect(await unanswered.count()).toBe(itemCount - 2);
    expect(await unanswered.first().innerText()).toContain('chưa trả lời');
    await unanswered.first().getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`cau-${data[0]!.items[0]!.id}-co`);

    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4').fill('Dự sinh hoạt chi bộ đầy đủ.');
    await reloadSelfCheck(page);
    expect(await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4').inputValue()).toBe('Dự sinh hoạt chi bộ đầy đủ.');
  });

  it('starts a new round, keeps the earlier one read-only and tells what appeared and went away', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '4a', 'co');
    await answer(page, '5b', 'co');
    const year = new Date().getFullYear();
    await page.getByText('Bắt đầu lượt mới (cho năm hoặc 6 tháng khác)').click();
    await page.getByLabel('Kỳ của lượt mới').selectOption({ label: `6 tháng cuối năm ${year}` });
    await page.getByRole('button', { name: 'Bắt đầu lượt mới' }).click();
    await eventually(() => page.locator('#luot').innerText()).toBe(`Lượt tự kiểm tra: 6 tháng cuối năm ${year}`);
    expect(await page.locator('#cau-4a-co').isChecked()).toBe(false);
    for (const id of ['4a', '4b', '4c']) await answer(page, id, 'khong');
    await answer(page, '6a', 'co');
    const comparison = page.locator('.sc-comparison');
    await eventually(() => comparison.innerText()).toMatch(/mới xuất hiện\s+Biểu hiện 6:/);
    expect(await comparison.innerText()).toMatch(/đã khắc phục[^\n]*\s+Biểu hiện 4:/);
    const earlier = page.locator('.sc-earlier details');
    expect(await earlier.count()).toBe(1);
    expect(await earlier.locator('summary').innerText()).toContain(`Năm ${year}`);
    expect(await earlier.locator('input, textarea').count()).toBe(0);
    const stored = JSON.parse((await storedText(page, STORAGE_KEY))!);
    expect(stored.rounds[0].answers).toEqual({ '4a': 'co', '5b': 'co' });
  });

  it('prints the result and commitments without the form or the site chrome', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '4a', 'co');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4').fill('Sửa ngay.');
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'In kết quả và cam kết' }).click();
    await page.emulateMedia({ media: 'print' });
    await eventually(() => page.locator('.sc-note-print').innerText()).toBe('Sửa ngay.');
    expect(await page.locator('.sc-result').isVisible()).toBe(true);
    expect(await page.locator('.sc-note-print').innerText()).toBe('Sửa ngay.');
    expect(await page.locator('.sc-form').isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.sc-data').isVisible()).toBe(false);
  });

  it('has no axe violation in the form or in a filled result', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '4a', 'co');
    await answer(page, '12b', 'co');
    await eventually(() => page.locator('.sc-marked').count()).toBe(2);
    expect(await runAxe(page, '.sc-form')).toEqual([]);
    expect(await runAxe(page, '.sc-result')).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
  });
});

describe('backup, restore and erase', () => {
  it('exports a file, erases everything after confirmation, and restores exactly from the file', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '1a', 'co');
    await answer(page, '27c', 'khong');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 1').fill('Học lại lý luận.');
    const before = await storedText(page, STORAGE_KEY);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp sao lưu' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tu-kiem-tra-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(mkdtempSync(join(tmpdir(), 'sao-luu-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(before!));

    await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
    expect(await storedText(page, STORAGE_KEY)).toBe(before);
    await page.getByRole('button', { name: 'Có, xóa hết' }).click();
    expect(await storedText(page, STORAGE_KEY)).toBeNull();
    expect(await page.locator('#cau-1a-co').isChecked()).toBe(false);
    await eventually(() => page.locator('[role="status"]').innerText()).toContain('Đã xóa toàn bộ dữ liệu');

    await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
    await eventually(() => storedText(page, STORAGE_KEY)).toBe(before);
    expect(await page.locator('#cau-1a-co').isChecked()).toBe(true);
    expect(await page.locator('#cau-27c-khong').isChecked()).toBe(true);
    expect(await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 1').inputValue()).toBe('Học lại lý luận.');
    rmSync(file, { force: true });
  });

  it('shows exactly the imported file in another open tab too', async () => {
    const { page: tabA } = await openSelfCheck(session.context, baseUrl);
    const { page: tabB } = await openSelfCheck(session.context, baseUrl);
    await answer(tabB, '8a', 'co');
    await eventually(() => tabA.locator('#cau-8a-co').isChecked()).toBe(true);
    const backup = {
      kind: 'nq4-tu-kiem-tra',
      schemaVersion: 2,
      rounds: [{ period: { year: 2025 }, startedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z', answers: { '9b': 'khong' }, notes: {} }],
    };
    const dir = mkdtempSync(join(tmpdir(), 'nhap-'));
    const file = join(dir, 'sao-luu.json');
    writeFileSync(file, JSON.stringify(backup));
    await tabA.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
    await eventually(() => tabB.locator('#cau-9b-khong').isChecked()).toBe(true);
    expect(await tabB.locator('#cau-8a-co').isChecked()).toBe(false);
    expect(JSON.parse((await storedText(tabB, STORAGE_KEY))!)).toEqual(backup);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the data when the member declines the erase', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '1a', 'co');
    await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
    await page.getByRole('button', { name: 'Không xóa' }).click();
    expect(await storedText(page, STORAGE_KEY)).not.toBeNull();
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Xóa toàn bộ dữ liệu');
  });

  it.each([
    ['a damaged file', '{"kind":"nq4-tu-kiem-tra","schemaVersion":2,"rounds":[', 'bị hỏng hoặc không đúng định dạng'],
    ['another JSON file', '{"hello":"world"}', 'không phải tệp sao lưu tự kiểm tra'],
    ['a newer version', '{"kind":"nq4-tu-kiem-tra","schemaVersion":99,"rounds":[]}', 'phiên bản mới hơn'],
  ])('refuses %s with a message and changes nothing', async (_label, content, message) => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '2a', 'co');
    const before = await storedText(page, STORAGE_KEY);
    const dir = mkdtempSync(join(tmpdir(), 'nhap-'));
    const file = join(dir, 'tep.json');
    writeFileSync(file, content);
    await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
    await eventually(() => page.locator('[role="status"]').innerText()).toContain(message);
    expect(await page.locator('[role="status"]').innerText()).toContain('Dữ liệu hiện có không thay đổi');
    expect(await storedText(page, STORAGE_KEY)).toBe(before);
    expect(await page.locator('#cau-2a-co').isChecked()).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('privacy', () => {
  it('makes no request after load, sets no cookie, and its policy refuses connections', async () => {
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    await page.waitForLoadState('networkidle');
    const loaded = watch.requests.length;
    await answer(page, '1a', 'co');
    await answer(page, '9c', 'khong');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 1').fill('Ghi chú riêng.');
    await page.getByText('Bắt đầu lượt mới (cho năm hoặc 6 tháng khác)').click();
    await page.getByRole('button', { name: 'Bắt đầu lượt mới' }).click();
    await page.waitForTimeout(300);
    expect(watch.requests.slice(loaded)).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await session.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/connect-src 'none'(;|$)/);
    const outcome = await page.evaluate(() => fetch('/').then(() => 'connected', () => 'refused'));
    expect(outcome).toBe('refused');
  });

  it('is described field by field on the privacy page', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '1a', 'co');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 1').fill('Ghi chú.');
    await page.getByRole('button', { name: 'Đã hiểu' }).click();
    await eventually(() => storedText(page, STORAGE_KEY)).toContain('storageNoticeSeenAt');
    const stored = JSON.parse((await storedText(page, STORAGE_KEY))!);
    const fields = [...Object.keys(stored), ...Object.keys(stored.rounds[0])];
    await page.goto(`${baseUrl}/rieng-tu/`);
    const named = await page.locator('main code').allInnerTexts();
    expect(named).toContain(STORAGE_KEY);
    for (const field of fields) expect(named, field).toContain(field);
  });

  it('loads at most 20 KB of JavaScript, gzipped, counting inline scripts', async () => {
    const page = await session.context.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(`${baseUrl}${SELF_CHECK_PATH}`, { waitUntil: 'networkidle' });
    await page.locator('#tien-do').waitFor();
    const inline = await page.locator('script:not([src])').allTextContents();
    const bodies = [...(await Promise.all(scripts)), ...inline.map((code) => Buffer.from(code))];
    expect(scripts.length).toBeGreaterThan(0);
    const total = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(total).toBeLessThanOrEqual(20 * 1024);
  });
});
