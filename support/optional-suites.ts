import { findSystemChromium } from './chromium.ts';
import { findNginx } from './nginx.ts';

/** The test file that serves the built site with nginx (deploy/nginx.conf). */
export const nginxSuite = 'tests/browser/deploy-nginx.test.ts';
/** The test file that asks the Chromium browser whether the site installs as an app. */
export const installSuite = 'tests/browser/install.test.ts';

export interface SuiteChoice {
  /** Test files to leave out of the run. */
  exclude: string[];
  /** The one line the run ends with when a suite is left out, saying why and what to do. */
  notice?: string;
}

/** A suite that needs a program the machine may lack: it runs when the program is there or when it is required. */
function optionalSuite(file: string, required: boolean, present: () => boolean, notice: string): SuiteChoice {
  if (required || present()) return { exclude: [] };
  return { exclude: [file], notice };
}

/**
 * The nginx suite runs when nginx is found. Without nginx it is left out with a notice, so `npm test` passes on a
 * machine with Node alone; with REQUIRE_NGINX=1 (CI) it always runs, and a missing nginx fails it.
 */
export function nginxSuiteChoice(env: NodeJS.ProcessEnv = process.env, find: () => string = findNginx): SuiteChoice {
  const present = () => {
    try {
      find();
      return true;
    } catch {
      return false;
    }
  };
  return optionalSuite(nginxSuite, env.REQUIRE_NGINX === '1', present,
    `nginx suite not run (${nginxSuite}): nginx is not installed. Install it (sudo apt-get install nginx) or set NGINX_PATH; REQUIRE_NGINX=1 makes a missing nginx fail the run.`);
}

/**
 * The install suite runs when the Chromium browser is found (CHROME_PATH or a system chromium, not a headless shell:
 * @sparticuz/chromium is one). Without it the suite is left out with a notice; REQUIRE_CHROMIUM_BROWSER=1 (CI) makes
 * a missing browser fail the run.
 */
export function installSuiteChoice(env: NodeJS.ProcessEnv = process.env, find: () => { shell: boolean } | undefined = () => findSystemChromium('browser')): SuiteChoice {
  const present = () => find()?.shell === false;
  return optionalSuite(installSuite, env.REQUIRE_CHROMIUM_BROWSER === '1', present,
    `install suite not run (${installSuite}): it needs the Chromium browser, and only a headless shell was found. Install it (sudo apt-get install chromium) or set CHROME_PATH; REQUIRE_CHROMIUM_BROWSER=1 makes a missing browser fail the run.`);
}
