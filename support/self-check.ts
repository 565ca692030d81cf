import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openWatchedPage, type PageWatch } from './page.ts';
import { paths } from '../src/lib/paths.ts';

export { STORAGE_KEY, SET_ASIDE_PREFIX } from '../src/lib/self-check/document.ts';

export const SELF_CHECK_PATH = paths.selfCheck;

/** Appears once the island has read storage. */
export const READY = '.sc-bar';

/** Appears once the parts that follow the start (result, round, data panel) are there too. */
export const STARTED = '.sc-data';

/** Opens the self-check and waits until it has read storage and its later parts have followed. */
export async function openSelfCheck(context: BrowserContext, baseUrl: string): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openWatchedPage(context, baseUrl);
  await opened.page.goto(`${baseUrl}${SELF_CHECK_PATH}`);
  await opened.page.locator(READY).waitFor();
  await opened.page.locator(STARTED).waitFor();
  return opened;
}

export async function reloadSelfCheck(page: Page): Promise<void> {
  await page.reload();
  await page.locator(READY).waitFor();
  await page.locator(STARTED).waitFor();
}

/** Chooses an answer the way a mouse user does: by clicking its label. */
export async function answer(page: Page, itemId: string, value: 'co' | 'khong'): Promise<void> {
  await page.locator(`label[for="cau-${itemId}-${value}"]`).click();
}

export async function storedText(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The sticky progress line's count, e.g. "2/81". */
export async function progressText(page: Page): Promise<string> {
  return (await page.locator('.sc-bar__count strong').innerText()).trim();
}

export interface StoredDocument {
  kind: string;
  schemaVersion: number;
  rounds: {
    period: { year: number; half?: number };
    answers: Record<string, { answer: string; at: string }>;
    notes: Record<string, { text: string; at: string }>;
  }[];
  [field: string]: unknown;
}

/** The stored document, parsed; null when nothing is stored. */
export async function storedDocument(page: Page): Promise<StoredDocument | null> {
  const text = await storedText(page, 'nq4-tu-kiem-tra');
  return text === null ? null : (JSON.parse(text) as StoredDocument);
}

/** Answers of a stored round (the last by default) as { "4a": "co" }. */
export async function storedAnswers(page: Page, round = -1): Promise<Record<string, string>> {
  const doc = await storedDocument(page);
  const chosen = doc?.rounds.at(round);
  return Object.fromEntries(Object.entries(chosen?.answers ?? {}).map(([id, entry]) => [id, entry.answer]));
}

/** The text of a stored note in the last round ('' when none or erased). */
export async function storedNote(page: Page, manifestationNumber: number): Promise<string> {
  const doc = await storedDocument(page);
  return doc?.rounds.at(-1)?.notes[String(manifestationNumber)]?.text ?? '';
}

/** The visible notification banner's text. */
export async function bannerText(page: Page): Promise<string> {
  return page.locator('.sc-banner').innerText();
}

/** expect.poll with room for a busy two-core machine running the whole suite (the default is 1 s). */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 50 });
