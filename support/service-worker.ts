import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { paths } from '../src/lib/paths.ts';

/** What the site's service worker answers to { type: 'status' }: its build and how much of it is kept. */
export interface WorkerStatus {
  version: string;
  kept: number;
  precache: number;
}

/** Waits until the page's worker is active and asks it what it keeps. */
export async function workerStatus(page: Page): Promise<WorkerStatus> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return new Promise<WorkerStatus>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data as WorkerStatus);
      registration.active!.postMessage({ type: 'status' }, [channel.port2]);
    });
  });
}

/** Visits the home page at `base` online and waits until the worker has kept the whole build and controls the page. */
export async function visitHome(context: BrowserContext, base: string): Promise<{ page: Page; status: WorkerStatus }> {
  const page = await context.newPage();
  await page.goto(`${base}${paths.home}`);
  const status = await workerStatus(page);
  expect(status.kept).toBe(status.precache);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { page, status };
}
