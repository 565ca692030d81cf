import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

/**
 * Where a build runs. Astro writes .astro/ (the content modules, pointing at the content files) in the folder it runs
 * in; a build of other content (CONTENT_DIR) runs in a copy of the project, so that it never races the browser tests'
 * site, built in the project at the same time. Returns the folder and how to remove it.
 */
function buildFolder(env: Record<string, string>): { cwd: string; remove(): void } {
  if (!env.CONTENT_DIR || resolve(projectRoot, env.CONTENT_DIR) === resolve(projectRoot, 'content')) return { cwd: projectRoot, remove: () => {} };
  const copy = mkdtempSync(join(tmpdir(), 'site-build-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return { cwd: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/** Runs `astro build` (which also writes the Pagefind index) with extra environment, waiting for it. */
export function buildSite(env: Record<string, string> = {}): BuildResult {
  const folder = buildFolder(env);
  try {
    const result = spawnSync(process.execPath, astroBuildArgs(), {
      cwd: folder.cwd,
      env: buildEnvironment(env),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    folder.remove();
  }
}

/** The same build as buildSite, without blocking: other test files run while it builds. */
export function buildSiteInBackground(env: Record<string, string> = {}): { done: Promise<BuildResult>; stop(): void } {
  const folder = buildFolder(env);
  const child = spawn(process.execPath, astroBuildArgs(), { cwd: folder.cwd, env: buildEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  child.on('close', () => folder.remove());
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<BuildResult>((settle) => {
    child.on('error', (error) => settle({ status: null, output: `${output}\n${String(error)}` }));
    child.on('close', (status) => settle({ status, output }));
  });
  return { done, stop: () => void (child.exitCode === null && child.kill('SIGTERM')) };
}
