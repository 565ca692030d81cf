import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteInBackground, projectDist, projectRoot, testBuildDir } from '../../support/build.ts';
import { findChromium } from '../../support/chromium.ts';
import { siteReadyFile } from '../../support/site-ready.ts';
import { serveStatic } from '../../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
    /** The "today" the site was built for (SITE_NOW), so tests know which column issues are out. */
    siteNow: string;
  }
}

// Builds the site once into .test-builds/site-<SITE_NOW>/ (or SITE_OUT_DIR; never the project's dist/), serves it
// on a free port. The build runs in the background while the other projects'
// files run; each browser file waits for it (wait-for-site.ts, the project's setup file).
// The build's clock is fixed (SITE_NOW, default 2027-01-10) so that the relic column has published issues to test;
// SKIP_BUILD=1 reuses a build already in that folder (made by an earlier run, or by hand with the same SITE_NOW).
export default async function setup(project: TestProject) {
  const siteNow = process.env.SITE_NOW ?? '2027-01-10';
  const siteDir = process.env.SITE_OUT_DIR ? resolve(projectRoot, process.env.SITE_OUT_DIR) : testBuildDir(`site-${siteNow}/dist`);
  if (siteDir === projectDist) throw new Error(`Tests never use the project's dist/: unset SITE_OUT_DIR (builds go to ${testBuildDir('')}) or point it elsewhere.`);
  const ready = siteReadyFile;
  mkdirSync(dirname(ready), { recursive: true });
  rmSync(ready, { force: true });
  let stopBuild = () => {};
  if (process.env.SKIP_BUILD === '1' && existsSync(resolve(siteDir, 'index.html'))) {
    writeFileSync(ready, JSON.stringify({ status: 0, output: `reused ${siteDir} (SKIP_BUILD=1)` }));
  } else {
    const cacheDir = process.env.SITE_CACHE_DIR ?? testBuildDir(`site-${siteNow}/cache`);
    const build = buildSiteInBackground({ SITE_NOW: siteNow, SITE_OUT_DIR: siteDir, SITE_CACHE_DIR: cacheDir });
    stopBuild = build.stop;
    void build.done.then((result) => writeFileSync(ready, JSON.stringify(result)));
  }
  const choice = await findChromium('test');
  console.log(`Browser tests use ${choice.shell ? 'the Chromium headless shell' : 'Chromium'} from ${choice.origin}: ${choice.executablePath}`);
  const server = await serveStatic(siteDir);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('siteNow', siteNow);
  return async () => {
    stopBuild();
    await server.close();
  };
}
