import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

// Flags that keep Chromium from calling home on a machine with a closed network.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Chromium's engine without the browser around it (Debian's chromium-headless-shell, Google's chrome-headless-shell). */
const SHELL_NAMES = ['chromium-headless-shell', 'chrome-headless-shell'];
/** The browser members run. */
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(names: string[]): string | undefined {
  for (const name of names) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  origin: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
  /** A headless shell: the same Blink and V8, without the browser's own layer (no check that a site can be installed). */
  shell: boolean;
}

/**
 * Which build to look for first:
 * - 'browser', the browser members run: benchmarks, Lighthouse, screenshots, and the test of what only the browser
 *   layer does (installing the site as an app);
 * - 'test', a system headless shell where one is installed, then the browser: the tests, where a page costs about a
 *   third of the CPU in the shell (docs/benchmarks.md, "Browser tests in the headless shell").
 */
export type ChromiumUse = 'browser' | 'test';

const isShellPath = (path: string) => /headless[-_]?shell/i.test(basename(path));

/** A system or CHROME_PATH Chromium of the kind asked for, without @sparticuz/chromium (synchronous). */
export function findSystemChromium(use: ChromiumUse = 'browser'): ChromiumChoice | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: QUIET_FLAGS, origin: 'CHROME_PATH', shell: isShellPath(fromEnv) };
  }
  const shell = use === 'test' ? onPath(SHELL_NAMES) : undefined;
  if (shell) return { executablePath: shell, args: QUIET_FLAGS, origin: 'system', shell: true };
  const browser = onPath(BROWSER_NAMES);
  if (browser) return { executablePath: browser, args: QUIET_FLAGS, origin: 'system', shell: false };
  return undefined;
}

/**
 * CHROME_PATH, then a system Chromium ('test': a headless shell first, see ChromiumUse), then the one shipped by
 * @sparticuz/chromium (a headless shell). Throws if none.
 */
export async function findChromium(use: ChromiumUse = 'browser'): Promise<ChromiumChoice> {
  const system = findSystemChromium(use);
  if (system) return system;
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    const executablePath = await sparticuz.executablePath();
    // Its own argument list targets AWS Lambda (--single-process, --disable-web-security): keep ours.
    return { executablePath, args: [...QUIET_FLAGS, '--no-zygote'], origin: '@sparticuz/chromium', shell: true };
  } catch (error) {
    throw new Error(`No Chromium found: set CHROME_PATH, install chromium, or run npm install (for @sparticuz/chromium). ${String(error)}`);
  }
}

export async function launchChromium(options: LaunchOptions = {}, use: ChromiumUse = 'browser'): Promise<Browser> {
  const choice = await findChromium(use);
  return chromium.launch({ headless: true, executablePath: choice.executablePath, args: choice.args, ...options });
}
