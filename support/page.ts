import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './chromium.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  requests: string[];
}

/** Opens a page that records console errors, page errors and every request leaving the site's origin. */
export async function openWatchedPage(context: BrowserContext, baseUrl: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    watch.requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  return { page, watch };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core with the WCAG 2.0–2.2 A and AA rules and returns a compact list of violations. */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
}

/**
 * A context in Vietnamese. Service workers are blocked unless asked for (`serviceWorkers: 'allow'`, as the offline
 * tests do): a worker answers requests before page.route() sees them, and its background download would weigh on
 * other tests.
 */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block', ...options });
}

export interface BrowserSession {
  browser: Browser;
  /** One context shared by the file's tests. */
  context: BrowserContext;
}

let workerBrowser: Promise<Browser> | undefined;

/**
 * One Chromium per test worker. The browser project runs its files in one worker (vitest.config.ts, isolate: false),
 * so they share it instead of launching one each; it is a local browser, so downloads keep their path on disk.
 */
async function sharedBrowser(): Promise<Browser> {
  const browser = await (workerBrowser ??= launchChromium({}, 'test'));
  if (browser.isConnected()) return browser;
  workerBrowser = launchChromium({}, 'test');
  return workerBrowser;
}

/**
 * A Chromium for the calling test file (shared with the worker's other files, see sharedBrowser); every context the
 * file opened is closed after it. The context is shared by the file's tests, or made new for each test with
 * `contextPerTest` (for tests that keep storage).
 */
export function useBrowser(options: { contextPerTest?: boolean } = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.browser = await sharedBrowser();
    if (!options.contextPerTest) session.context = await newContext(session.browser);
  });
  afterAll(async () => {
    for (const context of session.browser?.contexts() ?? []) await context.close();
  });
  if (options.contextPerTest) {
    beforeEach(async () => {
      session.context = await newContext(session.browser);
    });
    afterEach(async () => {
      await session.context.close();
    });
  }
  return session;
}
