// The site installs as an app: Chromium's own check, made by the browser layer that members run (the headless shell
// the other tests use has no such check and answers every page with no error). What the manifest says is tested in
// offline.test.ts. Without the Chromium browser this file is left out and the run says so (support/optional-suites.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { findSystemChromium } from '../../support/chromium.ts';
import { visitHome } from '../../support/service-worker.ts';

const baseUrl = inject('baseUrl');
let profile: string;
let context: BrowserContext;

beforeAll(async () => {
  const choice = findSystemChromium('browser');
  if (!choice || choice.shell) throw new Error('This test needs the Chromium browser, not a headless shell: install chromium (sudo apt-get install chromium) or set CHROME_PATH to it.');
  // Chromium installs nothing from an incognito context: a profile of its own, as a member's browser has.
  profile = mkdtempSync(join(tmpdir(), 'install-'));
  context = await chromium.launchPersistentContext(profile, { headless: true, executablePath: choice.executablePath, args: choice.args, locale: 'vi-VN', serviceWorkers: 'allow' });
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function installabilityErrors(page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: Array<{ errorId: string }> };
  return installabilityErrors.map((error) => error.errorId);
}

describe('install', () => {
  it('Chromium finds nothing that stops the site from installing, once the home page has been visited', async () => {
    const { page } = await visitHome(context, baseUrl);
    expect(await installabilityErrors(page)).toEqual([]);
  });

  it('the same check names what is missing on a page that links no manifest (the self-check): it is really made', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${paths.selfCheck}`);
    expect(await installabilityErrors(page)).toContain('no-manifest');
  });
});
