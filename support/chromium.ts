import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

function systemChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
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
}

/** CHROME_PATH, then a system Chromium or Chrome, then the one shipped by @sparticuz/chromium. Throws if none. */
export async function findChromium(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: QUIET_FLAGS, origin: 'CHROME_PATH' };
  }
  const system = systemChromium();
  if (system) return { executablePath: system, args: QUIET_FLAGS, origin: 'system' };
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    const executablePath = await sparticuz.executablePath();
    // Its own argument list targets AWS Lambda (--single-process, --disable-web-security): keep ours.
    return { executablePath, args: [...QUIET_FLAGS, '--no-zygote'], origin: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(`No Chromium found: set CHROME_PATH, install chromium, or run npm install (for @sparticuz/chromium). ${String(error)}`);
  }
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const choice = await findChromium();
  return chromium.launch({ headless: true, executablePath: choice.executablePath, args: choice.args, ...options });
}
