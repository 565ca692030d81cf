// Storage failures, each simulated before the page's own scripts run.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, runAxe, useBrowser } from '../../support/page.ts';
import {
  SET_ASIDE_PREFIX,
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

const baseUrl = inject('baseUrl');

const session = useBrowser({ contextPerTest: true });

/** Puts a value under a key once, before the first page of the context runs any script. */
async function seed(key: string, value: string): Promise<void> {
  await session.context.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k!, v!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value],
  );
}

const alertText = (page: Page) => page.locator('.sc-alert').innerText();

const validDocument = (schemaVersion: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    kind: 'nq4-tu-kiem-tra',
    schemaVersion,
    rounds: [{ period: { year: 2025 }, startedAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z', answers: { '1a': 'co' }, notes: {} }],
    ...extra,
  });

describe('when storage cannot be used', () => {
  it.each([
    [
      'disabled (reading localStorage throws)',
      () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      },
    ],
    [
      'missing',
      () => {
        Object.defineProperty(window, 'localStorage', { get: () => undefined });
      },
    ],
  ])('keeps working in memory and says so when storage is %s', async (_label, breakStorage) => {
    await session.context.addInitScript(breakStorage);
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    expect(await alertText(page)).toContain('Trình duyệt này không cho lưu dữ liệu');
    await answer(page, '1a', 'co');
    await eventually(() => progressText(page)).toMatch(/^1\//);
    await eventually(() => page.locator('.sc-marked').count()).toBe(1);
    expect(await page.locator('.sc-round').innerText()).toContain('chưa được lưu');
    expect(watch.consoleErrors).toEqual([]);
    expect(await runAxe(page, '.self-check')).toEqual([]);
  });

  it('tells the member when storage is full, keeps the answer on the page and leaves what was stored as it was', async () => {
    const stored = validDocument(2);
    await seed(STORAGE_KEY, stored);
    await session.context.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    expect(await page.locator('#cau-1a-co').isChecked()).toBe(true);
    await answer(page, '2a', 'khong');
    await eventually(() => alertText(page)).toContain('Chưa lưu được 1 câu trả lời hoặc ghi chú vào trình duyệt');
    expect(await page.locator('#cau-2a-khong').isChecked()).toBe(true);
    await eventually(() => progressText(page)).toMatch(/^2\//);
    expect(await storedText(page, STORAGE_KEY)).toBe(stored);
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('when the stored value cannot be read', () => {
  it('sets a damaged value aside under its own key, starts afresh, and lets the member download or delete the copy', async () => {
    const damaged = '{"kind":"nq4-tu-kiem-tra","schemaVersion":2,"rounds":[{"period":';
    await seed(STORAGE_KEY, damaged);
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    expect(await alertText(page)).toContain('bị hỏng');
    const keys = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), SET_ASIDE_PREFIX);
    expect(keys).toHaveLength(1);
    expect(await storedText(page, keys[0]!)).toBe(damaged);

    await answer(page, '3a', 'co');
    expect(await storedAnswers(page)).toEqual({ '3a': 'co' });
    await reloadSelfCheck(page);
    expect(await storedText(page, keys[0]!)).toBe(damaged);
    expect(await page.locator('#cau-3a-co').isChecked()).toBe(true);

    const copy = page.locator('#ban-hong').locator('..');
    const [download] = await Promise.all([page.waitForEvent('download'), copy.getByRole('button', { name: 'Tải bản này về máy' }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toBe(damaged);
    await copy.getByRole('button', { name: 'Xóa bản này' }).click();
    expect(await storedText(page, keys[0]!)).toBeNull();
    await eventually(() => page.locator('#ban-hong').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('leaves a damaged value in place, working in memory, when it cannot make a copy', async () => {
    const damaged = 'not json at all';
    await seed(STORAGE_KEY, damaged);
    await session.context.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(key: string, value: string) {
        // The seeding script itself must still be able to write.
        if (key === 'seeded' || (key === 'nq4-tu-kiem-tra' && value === 'not json at all')) return original.call(this, key, value);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page } = await openSelfCheck(session.context, baseUrl);
    expect(await alertText(page)).toContain('không cất riêng được');
    await answer(page, '1b', 'co');
    await eventually(() => progressText(page)).toMatch(/^1\//);
    expect(await storedText(page, STORAGE_KEY)).toBe(damaged);
  });

  it('does not overwrite a value written by a newer version, and keeps working in memory', async () => {
    const newer = validDocument(99, { somethingNew: true });
    await seed(STORAGE_KEY, newer);
    const { page } = await openSelfCheck(session.context, baseUrl);
    expect(await alertText(page)).toContain('bản mới hơn của trang Tự kiểm tra');
    expect(await alertText(page)).toContain('Hãy tải lại trang');
    await answer(page, '1c', 'khong');
    await eventually(() => progressText(page)).toMatch(/^1\//);
    expect(await storedText(page, STORAGE_KEY)).toBe(newer);
    await reloadSelfCheck(page);
    expect(await storedText(page, STORAGE_KEY)).toBe(newer);
  });

  it('converts a version 1 value, keeping its answers', async () => {
    await seed(
      STORAGE_KEY,
      JSON.stringify({ kind: 'nq4-tu-kiem-tra', schemaVersion: 1, year: 2025, startedAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-02T00:00:00.000Z', answers: { '2c': 'co' }, notes: { '2': 'Cũ' } }),
    );
    const { page } = await openSelfCheck(session.context, baseUrl);
    expect(await page.locator('#cau-2c-co').isChecked()).toBe(true);
    expect(await page.locator('.self-check').innerText()).toContain('đã được chuyển sang cách lưu mới');
    const stored = (await storedDocument(page))!;
    expect(stored.schemaVersion).toBe(3);
    expect(stored.rounds).toEqual([
      {
        period: { year: 2025 },
        startedAt: '2025-06-01T00:00:00.000Z',
        updatedAt: '2025-06-02T00:00:00.000Z',
        answers: { '2c': { answer: 'co', at: '2025-06-02T00:00:00.000Z' } },
        notes: { '2': { text: 'Cũ', at: '2025-06-02T00:00:00.000Z' } },
      },
    ]);
  });
});

describe('browsers that may erase storage', () => {
  it('says once, on Safari only, that it may erase data after seven days, and asks for persistent storage', async () => {
    const plain = await openSelfCheck(session.context, baseUrl);
    expect(await plain.page.locator('.sc-storage-notice').count()).toBe(0);
    const safari = await newContext(session.browser, {
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    });
    await safari.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { persistCalls: string[] }).persistCalls = calls;
      Object.defineProperty(navigator, 'storage', {
        value: {
          persisted: () => Promise.resolve(false),
          persist: () => {
            calls.push('persist');
            return Promise.resolve(true);
          },
        },
      });
    });
    const { page } = await openSelfCheck(safari, baseUrl);
    const notice = page.locator('.sc-storage-notice');
    expect(await notice.innerText()).toContain('7 ngày');
    await answer(page, '1a', 'khong');
    await eventually(() => page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual(['persist']);
    await notice.getByRole('button', { name: 'Đã hiểu' }).click();
    await eventually(() => notice.count()).toBe(0);
    await reloadSelfCheck(page);
    expect(await page.locator('.sc-storage-notice').count()).toBe(0);
    await safari.close();
  });
});

/** Importing a backup file in the data panel, confirming the replacement when asked. */
async function importFile(page: Page, content: string, confirm = true): Promise<void> {
  // The file's bytes, not a path: the page reads a file only when it needs it, after any removal of a temporary copy.
  await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(content) });
  if (confirm) await page.getByRole('button', { name: 'Có, thay thế' }).click();
}

describe('nothing lost, with each failure injected before the page runs', () => {
  it('storage full after two writes: keeps every answer on the page, says how many are unsaved beside the backup button, saves them all once there is room', async () => {
    await session.context.addInitScript(() => {
      const original = Storage.prototype.setItem;
      const state = { writes: 0, limit: 2 };
      (window as unknown as { freeSpace: () => void }).freeSpace = () => {
        state.limit = Infinity;
      };
      Storage.prototype.setItem = function setItem(key: string, value: string) {
        if (key === 'nq4-tu-kiem-tra' && state.writes >= state.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        if (key === 'nq4-tu-kiem-tra') state.writes += 1;
        return original.call(this, key, value);
      };
    });
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    for (const id of ['1a', '1b', '1c', '2a', '2b']) await answer(page, id, 'khong');
    await eventually(() => alertText(page)).toContain('Chưa lưu được 3 câu trả lời hoặc ghi chú vào trình duyệt');
    expect(await storedAnswers(page)).toEqual({ '1a': 'khong', '1b': 'khong' });
    expect(await progressText(page)).toMatch(/^5\//);
    for (const id of ['1a', '1b', '1c', '2a', '2b']) expect(await page.locator(`#cau-${id}-khong`).isChecked()).toBe(true);
    const backup = page.locator('.sc-alert').getByRole('button', { name: 'Tải tệp sao lưu' });
    expect(await backup.isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), backup.click()]);
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(Object.keys(exported.rounds[0].answers).sort()).toEqual(['1a', '1b', '1c', '2a', '2b']);
    await page.evaluate(() => (window as unknown as { freeSpace: () => void }).freeSpace());
    await answer(page, '2c', 'co');
    expect(await storedAnswers(page)).toEqual({ '1a': 'khong', '1b': 'khong', '1c': 'khong', '2a': 'khong', '2b': 'khong', '2c': 'co' });
    await eventually(() => alertText(page)).toBe('');
    expect(watch.consoleErrors).toEqual([]);
  });

  it('storage full, then the page is hidden after room was made: the unsaved answers are saved then', async () => {
    await session.context.addInitScript(() => {
      const original = Storage.prototype.setItem;
      const state = { full: true };
      (window as unknown as { freeSpace: () => void }).freeSpace = () => {
        state.full = false;
      };
      Storage.prototype.setItem = function setItem(key: string, value: string) {
        if (key === 'nq4-tu-kiem-tra' && state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '3a', 'co');
    await answer(page, '3b', 'co');
    await eventually(() => alertText(page)).toContain('Chưa lưu được 2 câu trả lời');
    await page.evaluate(() => {
      (window as unknown as { freeSpace: () => void }).freeSpace();
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
    });
    expect(await storedAnswers(page)).toEqual({ '3a': 'co', '3b': 'co' });
  });

  it('storage refusing an import: says so, and the stored answers and the page stay as they were', async () => {
    await session.context.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(key: string, value: string) {
        // Only the import's write (it carries replacedAt) is refused.
        if (key === 'nq4-tu-kiem-tra' && value.includes('replacedAt')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '4a', 'co');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4').fill('Giữ nguyên.');
    const before = await storedText(page, STORAGE_KEY);
    await importFile(page, validDocument(2));
    await eventually(() => bannerText(page)).toContain('Dữ liệu hiện có không thay đổi');
    expect(await storedText(page, STORAGE_KEY)).toBe(before);
    expect(await page.locator('#cau-4a-co').isChecked()).toBe(true);
    expect(await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4').inputValue()).toBe('Giữ nguyên.');
    await reloadSelfCheck(page);
    expect(await page.locator('#cau-4a-co').isChecked()).toBe(true);
  });

  it('two tabs changing the same items back to back: each item ends as its last change, in both tabs and in storage', async () => {
    const { page: tabA } = await openSelfCheck(session.context, baseUrl);
    const { page: tabB } = await openSelfCheck(session.context, baseUrl);
    await answer(tabA, '5a', 'co');
    await answer(tabB, '5a', 'khong');
    await answer(tabA, '6a', 'khong');
    await answer(tabB, '6a', 'co');
    await answer(tabA, '7a', 'co');
    await answer(tabB, '7a', 'khong');
    const expected = { '5a': 'khong', '6a': 'co', '7a': 'khong' };
    await eventually(() => storedAnswers(tabA)).toEqual(expected);
    for (const tab of [tabA, tabB]) {
      await eventually(() => tab.locator('#cau-5a-khong').isChecked()).toBe(true);
      await eventually(() => tab.locator('#cau-6a-co').isChecked()).toBe(true);
      await eventually(() => tab.locator('#cau-7a-khong').isChecked()).toBe(true);
    }
    await reloadSelfCheck(tabA);
    expect(await tabA.locator('#cau-5a-khong').isChecked()).toBe(true);
  });

  it('a note erased with a second tab open stays erased, in both tabs and after a reload', async () => {
    const { page: tabA } = await openSelfCheck(session.context, baseUrl);
    await answer(tabA, '4a', 'co');
    const noteA = tabA.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4');
    await noteA.fill('Cam kết riêng.');
    const { page: tabB } = await openSelfCheck(session.context, baseUrl);
    const noteB = tabB.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4');
    expect(await noteB.inputValue()).toBe('Cam kết riêng.');
    await noteA.fill('');
    // The second tab changes something at once, before or after hearing of the erasure.
    await answer(tabB, '9a', 'khong');
    await eventually(() => storedAnswers(tabA)).toEqual({ '4a': 'co', '9a': 'khong' });
    expect(await storedNote(tabA, 4)).toBe('');
    await eventually(() => noteB.inputValue()).toBe('');
    await reloadSelfCheck(tabB);
    expect(await tabB.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4').inputValue()).toBe('');
  });

  it('“Làm mà không lưu”: nothing is written to storage at all, and nothing is left after the tab closes', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await page.evaluate(() => {
      const writes: string[] = [];
      (window as unknown as { writes: string[] }).writes = writes;
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(key: string, value: string) {
        writes.push(key);
        return original.call(this, key, value);
      };
    });
    const choice = page.getByRole('button', { name: 'Làm mà không lưu' });
    await choice.click();
    expect(await choice.getAttribute('aria-pressed')).toBe('true');
    await eventually(() => alertText(page)).toContain('Đang làm mà không lưu');
    await answer(page, '1a', 'co');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 1').fill('Riêng tư.');
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await page.evaluate(() => (window as unknown as { writes: string[] }).writes)).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.close();
    const { page: again } = await openSelfCheck(session.context, baseUrl);
    expect(await again.locator('#cau-1a-co').isChecked()).toBe(false);
  });
});

/** A backup file's text: one round of 2026 with these answers (and notes), every time `at`. */
function backupText(answers: Record<string, string>, notes: Record<string, string> = {}, at = '2026-06-01T00:00:00.000Z'): string {
  const stamped = <V>(entries: Record<string, V>, field: string) => Object.fromEntries(Object.entries(entries).map(([key, value]) => [key, { [field]: value, at }]));
  return JSON.stringify({
    kind: 'nq4-tu-kiem-tra',
    schemaVersion: 3,
    rounds: [{ period: { year: 2026 }, startedAt: at, updatedAt: at, answers: stamped(answers, 'answer'), notes: stamped(notes, 'text') }],
  });
}

describe('issue 19: what a hostile or unlucky member found', () => {
  it('1. “Xóa dữ liệu” while “Làm mà không lưu” is on removes what was stored: nothing comes back on reload', async () => {
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '4a', 'co');
    await answer(page, '4b', 'khong');
    await page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4').fill('Riêng tư.');
    await eventually(() => storedNote(page, 4)).toBe('Riêng tư.');
    await page.getByRole('button', { name: 'Làm mà không lưu' }).click();
    await page.locator('.sc-start').getByRole('button', { name: 'Xóa dữ liệu' }).click();
    await page.getByRole('button', { name: 'Có, xóa hết' }).click();
    await eventually(() => bannerText(page)).toContain('Đã xóa toàn bộ dữ liệu tự kiểm tra trên trình duyệt này.');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await page.locator('#cau-4a-co').isChecked()).toBe(false);
    await reloadSelfCheck(page);
    expect(await page.locator('#cau-4a-co').isChecked()).toBe(false);
    expect(await page.locator('#cau-4b-khong').isChecked()).toBe(false);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('1. an erase the browser refuses (removeItem does nothing) says what is left, never “Đã xóa”', async () => {
    await session.context.addInitScript(() => {
      Storage.prototype.removeItem = function removeItem() {};
    });
    const { page } = await openSelfCheck(session.context, baseUrl);
    await answer(page, '4a', 'co');
    await eventually(() => storedAnswers(page)).toEqual({ '4a': 'co' });
    await page.getByRole('button', { name: 'Làm mà không lưu' }).click();
    await page.locator('.sc-start').getByRole('button', { name: 'Xóa dữ liệu' }).click();
    await page.getByRole('button', { name: 'Có, xóa hết' }).click();
    await eventually(() => bannerText(page)).toContain('không cho xóa các câu trả lời và ghi chú đã lưu');
    expect(await bannerText(page)).not.toContain('Đã xóa toàn bộ');
    expect(await bannerText(page)).toContain('cài đặt của trình duyệt');
    expect(await page.locator('.sc-banner').getAttribute('role')).toBe('alert');
  });

  it('4. a stored document from a clock in 2099, two tabs open: a later change is kept, and the member is told', async () => {
    // Once for the whole context (seed() would seed again in the second tab, whose sessionStorage is its own).
    await session.context.addInitScript((value) => {
      if (!localStorage.getItem('seeded-2099')) {
        localStorage.setItem('nq4-tu-kiem-tra', value);
        localStorage.setItem('seeded-2099', '1');
      }
    }, backupText({ '4a': 'co', '5a': 'co' }, {}, '2099-01-01T00:00:00.000Z'));
    const { page: tabA } = await openSelfCheck(session.context, baseUrl);
    const { page: tabB } = await openSelfCheck(session.context, baseUrl);
    await answer(tabB, '4a', 'khong');
    await eventually(() => tabA.locator('#cau-4a-khong').isChecked()).toBe(true);
    // The other tab changes something else: the answer changed in tab B must not revert.
    await answer(tabA, '6a', 'co');
    await eventually(() => storedAnswers(tabA)).toEqual({ '4a': 'khong', '5a': 'co', '6a': 'co' });
    for (const tab of [tabA, tabB]) await eventually(() => tab.locator('#cau-4a-khong').isChecked()).toBe(true);
    await reloadSelfCheck(tabB);
    expect(await tabB.locator('#cau-4a-khong').isChecked()).toBe(true);
    expect(await alertText(tabA)).toContain('thời điểm muộn hơn giờ hiện tại của máy này');
  });

  it('4. an imported backup from a clock in 2099, two tabs open: a later change in the other tab is kept, and the banner says what changed', async () => {
    const { page: tabA } = await openSelfCheck(session.context, baseUrl);
    const { page: tabB } = await openSelfCheck(session.context, baseUrl);
    await importFile(tabA, backupText({ '4a': 'co', '4b': 'co' }, { '4': 'Từ tệp.' }, '2099-01-01T00:00:00.000Z'), false);
    await eventually(() => bannerText(tabA)).toContain('Đã khôi phục 2 câu trả lời và 1 ghi chú');
    const banner = await bannerText(tabA);
    await eventually(() => tabB.locator('#cau-4a-co').isChecked()).toBe(true);
    await answer(tabB, '4a', 'khong');
    await eventually(() => tabA.locator('#cau-4a-khong').isChecked()).toBe(true);
    await answer(tabA, '7a', 'co');
    await eventually(() => storedAnswers(tabB)).toEqual({ '4a': 'khong', '4b': 'co', '7a': 'co' });
    await eventually(() => tabB.locator('#cau-4a-khong').isChecked()).toBe(true);
    expect(banner).toContain('Tệp có 5 thời điểm muộn hơn giờ hiện tại của máy này');
  });

  it('6. an import counts only what it keeps: ids not among the 81 (“constructor”, “99z”) are left out and said to be', async () => {
    const { page } = await openSelfCheck(session.context, baseUrl);
    await importFile(page, backupText({ '4a': 'co', constructor: 'co', '99z': 'khong' }, { '99': 'Lạc chỗ.' }), false);
    await eventually(() => bannerText(page)).toContain('Đã khôi phục 1 câu trả lời và 0 ghi chú (1 lượt)');
    expect(await bannerText(page)).toContain('Bỏ qua 2 câu trả lời trong tệp');
    expect(await bannerText(page)).toContain('Bỏ qua 1 ghi chú trong tệp');
    expect(await storedAnswers(page)).toEqual({ '4a': 'co' });
    expect(await progressText(page)).toMatch(/^1\//);
  });

  it('7. a note of one 400,000-letter word is imported without freezing the page', async () => {
    const { page, watch } = await openSelfCheck(session.context, baseUrl);
    // Vietnamese letters: the run a browser must wrap without any space to break at.
    const word = 'Đảngviên'.repeat(50_000);
    const started = Date.now();
    await importFile(page, backupText({ '4a': 'co' }, { '4': word }), false);
    await eventually(() => bannerText(page)).toContain('Đã khôi phục 1 câu trả lời và 1 ghi chú');
    const note = page.getByLabel('Cam kết và cách khắc phục của tôi với biểu hiện 4');
    await note.scrollIntoViewIfNeeded();
    // A frame after the note is laid out: the main thread is free again.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // The same size with spaces takes about a second here; the long word took over 100 s before.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await note.inputValue()).length).toBe(word.length);
    expect(watch.consoleErrors).toEqual([]);
  });
});
