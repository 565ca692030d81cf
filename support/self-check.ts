import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openWatchedPage, type PageWatch } from './page.ts';
import { paths } from '../src/lib/paths.ts';

export { STORAGE_KEY, SET_ASIDE_PREFIX } from '../src/stores/self-check-storage.ts';

export const SELF_CHECK_PATH = paths.selfCheck;

/** Opens the self-check and waits until the island has read storage (the progress panel appears then). */
export async function openSelfCheck(context: BrowserContext, baseUrl: string): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openWatchedPage(context, baseUrl);
  await opened.page.goto(`${baseUrl}${SELF_CHECK_PATH}`);
  await opened.page.locator('#tien-do').waitFor();
  return opened;
}

export async function reloadSelfCheck(page: Page): Promise<void> {
  await page.reload();
  await page.locator('#tien-do').waitFor();
}

/** Chooses an answer the way a mouse user does: by clicking its label. */
export async function answer(page: Page, itemId: string, value: 'co' | 'khong'): Promise<void> {
  await page.locator(`label[for="cau-${itemId}-${value}"]`).click();
}

export async function storedText(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

export async function progressText(page: Page): Promise<string> {
  return page.locator('.sc-progress p').first().innerText();
}

/** expect.poll with room for a busy two-core machine running the whole suite (the default is 1 s). */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 50 });
