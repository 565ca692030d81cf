// Storage failures, each simulated before the page's own scripts run.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, useBrowser } from '../../support/page.ts';
import { SET_ASIDE_PREFIX, STORAGE_KEY, answer, eventually, openSelfCheck, progressText, reloadSelfCheck, storedText } from '../../support/self-check.ts';

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
    await eventually(() => progressText(page)).toMatch(/^Đã trả lời 1 trên/);
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
    await eventually(() => alertText(page)).toContain('Bộ nhớ của trình duyệt đã đầy');
    expect(await page.locator('#cau-2a-khong').isChecked()).toBe(true);
    await eventually(() => progressText(page)).toMatch(/^Đã trả lời 2 trên/);
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
    expect(JSON.parse((await storedText(page, STORAGE_KEY))!).rounds[0].answers).toEqual({ '3a': 'co' });
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
    await eventually(() => progressText(page)).toMatch(/^Đã trả lời 1 trên/);
    expect(await storedText(page, STORAGE_KEY)).toBe(damaged);
  });

  it('does not overwrite a value written by a newer version, and keeps working in memory', async () => {
    const newer = validDocument(99, { somethingNew: true });
    await seed(STORAGE_KEY, newer);
    const { page } = await openSelfCheck(session.context, baseUrl);
    expect(await alertText(page)).toContain('phiên bản mới hơn');
    await answer(page, '1c', 'khong');
    await eventually(() => progressText(page)).toMatch(/^Đã trả lời 1 trên/);
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
    const stored = JSON.parse((await storedText(page, STORAGE_KEY))!);
    expect(stored.schemaVersion).toBe(2);
    expect(stored.rounds).toEqual([
      { period: { year: 2025 }, startedAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-02T00:00:00.000Z', answers: { '2c': 'co' }, notes: { '2': 'Cũ' } },
    ]);
  });
});

describe('browsers that may erase storage', () => {
  it('says once that Safari may erase data after seven days, and asks for persistent storage', async () => {
    await session.context.addInitScript(() => {
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
    const { page } = await openSelfCheck(session.context, baseUrl);
    const notice = page.locator('.sc-storage-notice');
    expect(await notice.innerText()).toContain('7 ngày');
    await answer(page, '1a', 'khong');
    await eventually(() => page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual(['persist']);
    await notice.getByRole('button', { name: 'Đã hiểu' }).click();
    await eventually(() => notice.count()).toBe(0);
    await reloadSelfCheck(page);
    expect(await page.locator('.sc-storage-notice').count()).toBe(0);
  });
});
