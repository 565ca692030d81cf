import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from '../../support/build.ts';
import { findChromium } from '../../support/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

// Builds the site once (unless SKIP_BUILD=1 and a build exists), then serves it on a free port.
export default async function setup(project: TestProject) {
  const siteDir = resolve(projectRoot, process.env.SITE_OUT_DIR ?? 'dist');
  if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(siteDir, 'index.html')))) {
    const build = buildSite();
    if (build.status !== 0) throw new Error(`Site build failed:\n${build.output.slice(-4000)}`);
  }
  const choice = await findChromium();
  console.log(`Browser tests use Chromium from ${choice.origin}: ${choice.executablePath}`);
  const server = await serveStatic(siteDir);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
  return () => server.close();
}
