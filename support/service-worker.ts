import type { Page } from 'playwright-core';

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
