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
    /** The "today" the site was built for (SITE_NOW), so tests know which column issues are out. */
    siteNow: string;
  }
}

// Builds the site once (unless SKIP_BUILD=1 and a build exists), then serves it on a free port.
// The build's clock is fixed (SITE_NOW, default 2027-01-10) so that the relic column has published issues to test;
// with SKIP_BUILD=1, build with the same SITE_NOW.
export default async function setup(project: TestProject) {
  const siteDir = resolve(projectRoot, process.env.SITE_OUT_DIR ?? 'dist');
  const siteNow = process.env.SITE_NOW ?? '2027-01-10';
  if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(siteDir, 'index.html')))) {
    const build = buildSite({ SITE_NOW: siteNow });
    if (build.status !== 0) throw new Error(`Site build failed:\n${build.output.slice(-4000)}`);
  }
  const choice = await findChromium();
  console.log(`Browser tests use Chromium from ${choice.origin}: ${choice.executablePath}`);
  const server = await serveStatic(siteDir);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('siteNow', siteNow);
  return () => server.close();
}
