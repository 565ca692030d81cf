import { existsSync, readFileSync } from 'node:fs';
import { testBuildDir } from './build.ts';

/** The file the browser tests' global setup writes when its site build ends: { status, output }. */
export const siteReadyFile = testBuildDir('browser-site.ready.json');

/** Waits until the browser tests' site build (started by their global setup, in the background) has ended. */
export async function waitForSite(timeoutMs = 20 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(siteReadyFile)) {
    if (Date.now() > deadline) throw new Error(`The site build for the browser tests did not end in ${timeoutMs / 60_000} minutes`);
    await new Promise((done) => setTimeout(done, 250));
  }
  const result = JSON.parse(readFileSync(siteReadyFile, 'utf8')) as { status: number | null; output: string };
  if (result.status !== 0) throw new Error(`Site build failed:\n${result.output.slice(-4000)}`);
}
