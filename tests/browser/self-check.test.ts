import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chromium } from 'playwright-core';
import { findChromium } from '../../support/chromium.ts';
import { newContext, runAxe, useBrowser } from '../../support/page.ts';
import {
  READY,
  SELF_CHECK_PATH,
  STORAGE_KEY,
  answer,
  bannerText,
  eventually,
  openSelfCheck,
  progressText,
  reloadSelfCheck,
  storedAnswers,
  storedDocument,
  storedNote,
  storedText,
} from '../../support/self-check.ts';
import { loadManifestations } from '../../support/manifestations-data.ts';
import { recordStartScripts } from '../../support/start-scripts.ts';
import { handbookManifestationPath, manifestationPath, paths } from '../../src/lib/paths.ts';

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
    expect(await radios.count()).toBe(first.appliesTo ? 3 : 2);
    expect(await fieldset.locator('label').allInnerTexts()).toEqual(first.appliesTo ? ['Có', 'Không', 'Không thuộc diện'] : ['Có', 'Không']);
    // "Không thuộc diện" only on the items that concern some members (appliesTo), on every one of them.
    const scoped = data.flatMap((m) => m.items).filter((item) => item.appliesTo).map((item) => item.id);
    const offered = await page.locator('input[type="radio"][value="khong-thuoc-dien"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    expect(offered).toEqual(scoped);
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
    expect(await storedAnswers(page)).toEqual({ '1a': 'co', '2b': 'khong' });
    await reloadSelfCheck(page);
    expect(await page.locator('#cau-1a-co').isChecked()).toBe(true);
    expect(await page.locator('#cau-2b-khong').isChecked()).toBe(true);
    expect(await page.locator('#cau-1b-co').isChecked()).toBe(false);
    expect(await progressText(page)).toBe(`2/${itemCount}`);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('keeps answers across a browser restart', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'tu-kiem-tra-'));
    const choice = await findChromium('test');
    const launch = () => chromium.launchPersistentContext(profile, { headless: true, executablePath: choice.executablePath, args: choice.args });
    try {
      const first = await launch();
      const page = await first.newPage();
      await page.goto(`${baseUrl}${SELF_CHECK_PATH}`);
      await page.locator(READY).waitFor();
      await answer(page, '3c', 'co');
      await first.close();
      const second = await launch();
      const again = await second.newPage();
      await again.goto(`${baseUrl}${SELF_CHECK_PATH}`);
      await again.locator(READY).waitFor();
      expect(await again.locator('#cau-3c-co').isChecked()).toBe(true);
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 150_000);

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
    await eventually(() => storedAnswers(tabA)).toEqual({
      '1a': 'co',
      '1b': 'khong',
      '5a': 'co',
      '6a': 'khong',
      '7a': 'co',
    });
    await eventually(() => tabB.locator('#cau-7a-co').isChecked()).toBe(true);
    expect(await tabA.locator('#cau-6a-khong').isChecked()).toBe(true);
  });

  it('on return, “Tiếp tục” takes a keyboard user to the first unanswered item, and the member completes a manifestation', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    const [a, b, c] = data[0]!.items.map((item) => item.id);
    await answer(page, a!, 'co');
    await reloadSelfCheck(page);
    const link = page.getByRole('link', { name: /^Tiếp tục/ });
    expect(await link.innerText()).toContain(`(nội dung ${b})`);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await link.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`cau-${b}-co`);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('label')!).outlineStyle);
    expect(outline).not.toBe('none');
    // The question is not under the sticky progress line.
    const [question, bar] = await Promise.all([
      page.locator(`#muc-${b} legend`).boundingBox(),
      page.locator('.sc-bar').boundingBox(),
    ]);
    expect(question!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await storedAnswers(page)).toEqual({ [a!]: 'co', [b!]: 'khong', [c!]: 'co' });
    await eventually(() => progressText(page)).toBe(`3/${itemCount}`);
    await eventually(() => link.innerText()).toContain(`(nội dung ${data[1]!.items[0]!.id})`);
  });

  it('shows the answered count and the current manifestation while answering, and lists the 27 with their state', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    for (const id of ['4a', '4b', '4c', '5a']) await answer(page, id, 'khong');
    await eventually(() => progressText(page)).toBe(`4/${itemCount}`);
    expect(await page.locator('.sc-bar__current').innerText()).toContain('Biểu hiện 5');
    await page.getByRole('button', { name: 'Danh sách' }).click();
    const tasks = page.locator('.sc-task');
    await tasks.first().waitFor();
    expect(await tasks.count()).toBe(27);
    expect(await tasks.nth(3).innerText()).toContain('Đã xong');
    expect(await tasks.nth(4).innerText()).toContain('Đang làm');
    expect(await tasks.nth(5).innerText()).toContain('Chưa làm');
    await tasks.nth(4).getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cau-5b-co');
  });

  it('gives every answer choice a target at least 44 px high', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    const heights = await page.locator('.sc-option').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height));
    // Có and Không on every item, and "Không thuộc diện" on those that concern only some members.
    const scopedCount = data.flatMap((m) => m.items).filter((item) => item.appliesTo).length;
    expect(heights).toHaveLength(itemCount * 2 + scopedCount);
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
    await result.getByText(/^Nội dung chưa trả lời/).click();
    await eventually(() => result.locator('.sc-unanswered li').count()).toBe(itemCount - 2);
    expect(await marked.count()).toBe(1);
    expect(await marked.locator('h4').innerText()).toContain('Biểu hiện 4');
    expect(await marked.locator('li').allInnerTexts()).toEqual([expect.stringContaining(data[3]!.items[0]!.text)]);
    expect(await marked.locator(`a[href="${manifestationPath(4)}"]`).count()).toBe(1);
    expect(await marked.locator(`a[href="${handbookManifestationPath(4)}"]`).count()).toBe(1);
    expect(await result.innerText()).toContain('không phải phiếu khảo sát, đánh giá của chi bộ');
    expect(await result.innerText()).not.toMatch(/\bbạn\b/i);
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
    expect(await storedAnswers(page, 0)).toEqual({ '4a': 'co', '5b': 'co' });
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
  }, 150_000);

  it('has no axe violation with the task list open, a question asked and a banner showing', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '4a', 'co');
    await page.getByRole('button', { name: 'Danh sách' }).click();
    await page.locator('.sc-start').getByRole('button', { name: 'Xóa dữ liệu' }).click();
    await page.getByRole('button', { name: 'Không xóa' }).click();
    await page.locator('.sc-data').getByRole('button', { name: 'Tải tệp sao lưu' }).click();
    await page.locator('.sc-banner').waitFor();
    expect(await runAxe(page)).toEqual([]);
  }, 150_000);
});

describe('backup, restore and erase', () => {
  it('exports a file, erases everything after confirmation, and restores exactly from the file, saying so visibly', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '1a', 'co');
    await answer(page, '27c', 'khong');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 1').fill('Học lại lý luận.');
    const before = await storedDocument(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.sc-data').getByRole('button', { name: 'Tải tệp sao lưu' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tu-kiem-tra-\d{4}-\d{2}-\d{2}\.json$/);
    await eventually(() => bannerText(page)).toContain(`Đã tạo tệp sao lưu ${download.suggestedFilename()}`);
    const file = join(mkdtempSync(join(tmpdir(), 'sao-luu-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(before);

    const data = page.locator('.sc-data');
    await data.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
    expect(await storedDocument(page)).toEqual(before);
    await data.getByRole('button', { name: 'Có, xóa hết' }).click();
    expect(await storedText(page, STORAGE_KEY)).toBeNull();
    expect(await page.locator('#cau-1a-co').isChecked()).toBe(false);
    const banner = page.locator('.sc-banner');
    await eventually(() => banner.innerText()).toContain('Đã xóa toàn bộ dữ liệu tự kiểm tra trên trình duyệt này.');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.evaluate((el) => el === document.activeElement)).toBe(true);

    // Nothing left to replace: restored at once.
    await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
    await eventually(() => bannerText(page)).toContain('Đã khôi phục 2 câu trả lời và 1 ghi chú');
    expect(await storedAnswers(page)).toEqual({ '1a': 'co', '27c': 'khong' });
    expect(await storedNote(page, 1)).toBe('Học lại lý luận.');
    expect(await page.locator('#cau-1a-co').isChecked()).toBe(true);
    expect(await page.locator('#cau-27c-khong').isChecked()).toBe(true);
    expect(await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 1').inputValue()).toBe('Học lại lý luận.');
    rmSync(file, { force: true });
  });

  it('says what an import would replace and asks first; declining changes nothing', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '2a', 'co');
    await answer(page, '2b', 'khong');
    const before = await storedText(page, STORAGE_KEY);
    const dir = mkdtempSync(join(tmpdir(), 'nhap-'));
    const file = join(dir, 'sao-luu.json');
    writeFileSync(file, JSON.stringify({ kind: 'nq4-tu-kiem-tra', schemaVersion: 2, rounds: [{ period: { year: 2025 }, startedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z', answers: { '9b': 'khong' }, notes: {} }] }));
    await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
    const question = page.locator('#khoi-phuc-hoi');
    await eventually(() => question.innerText()).toContain('đang có 2 câu trả lời và 0 ghi chú');
    expect(await question.innerText()).toContain('bằng 1 câu trả lời và 0 ghi chú');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Có, thay thế');
    await page.getByRole('button', { name: 'Không thay thế' }).click();
    expect(await storedText(page, STORAGE_KEY)).toBe(before);
    expect(await page.locator('#cau-2a-co').isChecked()).toBe(true);
    await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
    await page.getByRole('button', { name: 'Có, thay thế' }).click();
    await eventually(() => storedAnswers(page)).toEqual({ '9b': 'khong' });
    expect(await page.locator('#cau-2a-co').isChecked()).toBe(false);
    rmSync(dir, { recursive: true, force: true });
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
    await tabA.getByRole('button', { name: 'Có, thay thế' }).click();
    await eventually(() => tabB.locator('#cau-9b-khong').isChecked()).toBe(true);
    expect(await tabB.locator('#cau-8a-co').isChecked()).toBe(false);
    const stored = await storedDocument(tabB);
    expect(stored!.rounds.map((r) => r.period)).toEqual([{ year: 2025 }]);
    expect(await storedAnswers(tabB)).toEqual({ '9b': 'khong' });
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the data when the member declines the erase', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '1a', 'co');
    await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
    await page.getByRole('button', { name: 'Không xóa' }).click();
    expect(await storedAnswers(page)).toEqual({ '1a': 'co' });
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Xóa toàn bộ dữ liệu');
  });

  it.each([
    ['a damaged file', '{"kind":"nq4-tu-kiem-tra","schemaVersion":2,"rounds":[', 'bị hỏng hoặc đã bị sửa nên không đọc được. Hãy chọn tệp sao lưu khác'],
    ['another JSON file', '{"hello":"world"}', 'không phải tệp sao lưu tự kiểm tra'],
    ['a newer version', '{"kind":"nq4-tu-kiem-tra","schemaVersion":99,"rounds":[]}', 'bản mới hơn của trang Tự kiểm tra nên chưa đọc được ở đây. Hãy tải lại trang'],
  ])('refuses %s with a message and changes nothing', async (_label, content, message) => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '2a', 'co');
    const before = await storedText(page, STORAGE_KEY);
    const dir = mkdtempSync(join(tmpdir(), 'nhap-'));
    const file = join(dir, 'tep.json');
    writeFileSync(file, content);
    await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
    await eventually(() => bannerText(page)).toContain(message);
    expect(await bannerText(page)).toContain('Dữ liệu hiện có không thay đổi');
    expect(await storedText(page, STORAGE_KEY)).toBe(before);
    expect(await page.locator('#cau-2a-co').isChecked()).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('privacy', () => {
  it('once started, works with the network off: answers, a commitment, the task list and a backup file', async () => {
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    await session.context.setOffline(true);
    await answer(page, '2a', 'co');
    await answer(page, '2b', 'khong');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 2').fill('Giữ vững mục đích.');
    await page.getByRole('button', { name: 'Danh sách' }).click();
    expect(await page.locator('.sc-task').nth(1).innerText()).toContain('Đang làm');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.sc-data').getByRole('button', { name: 'Tải tệp sao lưu' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'ngoai-mang-')), download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { rounds: { answers: Record<string, { answer: string }> }[] };
    expect(saved.rounds.at(-1)!.answers['2a']!.answer).toBe('co');
    expect(await storedNote(page, 2)).toBe('Giữ vững mục đích.');
    expect(watch.consoleErrors).toEqual([]);
    rmSync(file);
    await session.context.setOffline(false);
  });

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
    // Safari's user agent, so the note about erased storage (and its acknowledgement) appears.
    const safari = await newContext(session.browser, {
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    });
    const { page } = await openSelfCheck(safari, baseUrl);
    await answer(page, '1a', 'co');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 1').fill('Ghi chú.');
    await page.getByRole('button', { name: 'Đã hiểu' }).click();
    await eventually(() => storedText(page, STORAGE_KEY)).toContain('storageNoticeSeenAt');
    // An import adds the time it replaced the document.
    const dir = mkdtempSync(join(tmpdir(), 'nhap-'));
    writeFileSync(join(dir, 'tep.json'), (await storedText(page, STORAGE_KEY))!);
    await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(join(dir, 'tep.json'));
    await page.getByRole('button', { name: 'Có, thay thế' }).click();
    await eventually(() => storedText(page, STORAGE_KEY)).toContain('replacedAt');
    rmSync(dir, { recursive: true, force: true });
    const stored = (await storedDocument(page))!;
    const round = stored.rounds[0]!;
    const fields = [...Object.keys(stored), ...Object.keys(round), ...Object.keys(round.answers['1a']!), ...Object.keys(round.notes['1']!)];
    expect(fields).toEqual(expect.arrayContaining(['storageNoticeSeenAt', 'replacedAt', 'at', 'answer', 'text']));
    // Field names are for IT staff: the technical page beside the plain privacy page names them.
    await page.goto(`${baseUrl}${paths.privacyTechnical}`);
    const named = await page.locator('main code').allInnerTexts();
    expect(named).toContain(STORAGE_KEY);
    for (const field of fields) expect(named, field).toContain(field);
    await safari.close();
  });

  it('loads at most 15 KB of JavaScript in all, gzipped, all of it before the member does anything', async () => {
    const page = await session.context.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.set(response.url(), response.body());
    });
    await page.addInitScript(recordStartScripts);
    await page.goto(`${baseUrl}${SELF_CHECK_PATH}`, { waitUntil: 'networkidle' });
    await page.locator(READY).waitFor();
    // Everything below the form is drawn, and nothing more is fetched for it.
    await page.locator('.sc-data').waitFor();
    const startScripts = await page.evaluate(() => (window as unknown as { startScripts: string[] }).startScripts);
    expect([...bodies.keys()].sort()).toEqual([...startScripts].sort());
    // The manifestations' JSON is data the browser does not run: not counted.
    const inline = await page.locator('script:not([src]):not([type="application/json"])').allTextContents();
    const gzipped = (body: Buffer) => gzipSync(body).length;
    const files = (await Promise.all([...bodies.values()])).reduce((sum, body) => sum + gzipped(body), 0);
    const inlineBytes = inline.reduce((sum, code) => sum + gzipped(Buffer.from(code)), 0);
    expect(bodies.size).toBeGreaterThan(0);
    expect(files + inlineBytes).toBeLessThanOrEqual(15 * 1024);
    await page.locator('.sc-data').waitFor();
    await page.close();
  });
});
