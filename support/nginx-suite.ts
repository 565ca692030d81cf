import { findNginx } from './nginx.ts';

/** The test file that serves the built site with nginx (deploy/nginx.conf). */
export const nginxSuite = 'tests/browser/deploy-nginx.test.ts';

export interface SuiteChoice {
  /** Test files to leave out of the run. */
  exclude: string[];
  /** The one line the run ends with when a suite is left out, saying why and what to do. */
  notice?: string;
}

/**
 * The nginx suite runs when nginx is found. Without nginx it is left out with a notice, so `npm test` passes on a
 * machine with Node alone; with REQUIRE_NGINX=1 (CI) it always runs, and a missing nginx fails it.
 */
export function nginxSuiteChoice(env: NodeJS.ProcessEnv = process.env, find: () => string = findNginx): SuiteChoice {
  if (env.REQUIRE_NGINX === '1') return { exclude: [] };
  try {
    find();
    return { exclude: [] };
  } catch {
    return {
      exclude: [nginxSuite],
      notice: `nginx suite not run (${nginxSuite}): nginx is not installed. Install it (sudo apt-get install nginx) or set NGINX_PATH; REQUIRE_NGINX=1 makes a missing nginx fail the run.`,
    };
  }
}
