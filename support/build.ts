import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..');

/** What `npm run build` publishes: no test ever writes here (tests/final/dist-untouched.test.ts holds it). */
export const projectDist = resolve(projectRoot, 'dist');

/** Test builds live under .test-builds/ (ignored by git), one folder per configuration. */
export function testBuildDir(name: string): string {
  return resolve(projectRoot, '.test-builds', name);
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Vitest exports Vite's mode flags (DEV=1, MODE=test …) to the environment; a child build must not inherit them. */
export function withoutVitestModeFlags(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEV, PROD, SSR, MODE, BASE_URL, ...rest } = env;
  return rest;
}

/**
 * The environment of a test build: the caller's env over the process's, NODE_ENV=production (Vitest sets
 * NODE_ENV=test, which would make Vite build a larger, non-production bundle). Without an output folder the build
 * goes to .test-builds/default, never to the project's dist/: asking for dist/ is refused.
 */
function buildEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...withoutVitestModeFlags(process.env), NODE_ENV: 'production', ...env, FORCE_COLOR: '0', NO_COLOR: '1' };
  merged.SITE_OUT_DIR = resolve(projectRoot, merged.SITE_OUT_DIR ?? testBuildDir('default/dist'));
  merged.SITE_CACHE_DIR = resolve(projectRoot, merged.SITE_CACHE_DIR ?? testBuildDir('cache'));
  if (merged.SITE_OUT_DIR === projectDist) {
    throw new Error(`Tests never build into the project's dist/ (${projectDist}): pass SITE_OUT_DIR=${testBuildDir('…')} or any folder outside.`);
  }
  return merged;
}

function astroBuildArgs(): string[] {
  return [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'];
}

/** Runs `astro build` (which also writes the Pagefind index) with extra environment, waiting for it. */
export function buildSite(env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, astroBuildArgs(), {
    cwd: projectRoot,
    env: buildEnvironment(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The same build as buildSite, without blocking: other test files run while it builds. */
export function buildSiteInBackground(env: Record<string, string> = {}): { done: Promise<BuildResult>; stop(): void } {
  const child = spawn(process.execPath, astroBuildArgs(), { cwd: projectRoot, env: buildEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<BuildResult>((settle) => {
    child.on('error', (error) => settle({ status: null, output: `${output}\n${String(error)}` }));
    child.on('close', (status) => settle({ status, output }));
  });
  return { done, stop: () => void (child.exitCode === null && child.kill('SIGTERM')) };
}
