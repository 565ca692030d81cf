import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Vitest exports Vite's mode flags (DEV=1, MODE=test …) to the environment; a child build must not inherit them. */
export function withoutVitestModeFlags(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEV, PROD, SSR, MODE, BASE_URL, ...rest } = env;
  return rest;
}

/** Runs `astro build` (which also writes the Pagefind index) with extra environment. */
export function buildSite(env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    // Vitest sets NODE_ENV=test, which would make Vite build a larger, non-production bundle.
    env: { ...withoutVitestModeFlags(process.env), NODE_ENV: 'production', ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
