// Storage failures, each simulated before the page's own scripts run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(await alertText(page)).toContain('không cho trang lưu dữ liệu');
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
    expect(await alertText(page)).toContain('phiên bản mới hơn');
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
  const dir = mkdtempSync(join(tmpdir(), 'nhap-'));
  const file = join(dir, 'sao-luu.json');
  writeFileSync(file, content);
  await page.getByLabel('Khôi phục từ tệp sao lưu').setInputFiles(file);
  if (confirm) await page.getByRole('button', { name: 'Có, thay thế' }).click();
  rmSync(dir, { recursive: true, force: true });
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
