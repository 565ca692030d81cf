import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { FILE_HASH_LENGTH, isSearchIndexFile, keepsFile, keepsPage, referencedFiles, versionSource, type OfflineBuild } from '../lib/offline.ts';
import { appFiles } from '../lib/paths.ts';
import { pageAddress } from '../lib/security-policy.ts';

/** The worker's source, relative to the project root. */
const WORKER_ENTRY = 'src/islands/offline/service-worker.ts';

export interface ServiceWorkerStats {
  version: string;
  /** Files fetched when the worker installs, and their bytes as stored (uncompressed). */
  precacheFiles: number;
  precacheBytes: number;
  /** Search index files kept on first use, and their bytes. */
  onUseFiles: number;
  onUseBytes: number;
  workerBytes: number;
}

/**
 * Writes /sw.js from the build's own file list: every page `keepsPage` keeps, the files those pages name, the
 * hashed scripts and styles, the manifest and icons (fetched on install), and Pagefind's files (kept on first
 * use). Runs after the search index is written (its files are listed) and before the gzip copies.
 */
export function serviceWorker(): AstroIntegration {
  let root = '';
  return {
    name: 'site:service-worker',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await writeServiceWorker(fileURLToPath(dir), root);
        logger.info(
          `${appFiles.serviceWorker} written (${stats.workerBytes} bytes): ${stats.precacheFiles} files kept on install (${Math.round(stats.precacheBytes / 1024)} KB), ${stats.onUseFiles} search files on first use`,
        );
      },
    },
  };
}

const hashOf = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Lists the build's files, hashes them and writes siteDir/sw.js; the result says what it keeps. */
export async function writeServiceWorker(siteDir: string, projectRoot: string): Promise<ServiceWorkerStats> {
  const files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
  const existing = new Set(files);
  const kept = new Map<string, string>();
  const onUse = new Map<string, string>();
  const sizes = new Map<string, number>();
  const note = async (address: string, file: string, into: Map<string, string>) => {
    const bytes = await readFile(join(siteDir, file));
    into.set(address, hashOf(bytes).slice(0, FILE_HASH_LENGTH));
    sizes.set(address, bytes.length);
  };
  for (const file of files) {
    if (file === appFiles.serviceWorker) continue;
    const address = pageAddress(file);
    if (file.endsWith('.html') && keepsPage(address)) {
      await note(address, file, kept);
      for (const named of referencedFiles(await readFile(join(siteDir, file), 'utf8'))) {
        if (existing.has(named) && !named.endsWith('.html') && !kept.has(named)) await note(named, named, kept);
      }
    } else if (keepsFile(file)) {
      await note(file, file, kept);
    } else if (isSearchIndexFile(file)) {
      await note(file, file, onUse);
    }
  }
  const precache = Object.fromEntries([...kept].sort(([a], [b]) => a.localeCompare(b)));
  const later = Object.fromEntries([...onUse].sort(([a], [b]) => a.localeCompare(b)));
  const code = await bundleWorker(projectRoot);
  const version = hashOf(versionSource(hashOf(code), precache, later)).slice(0, 12);
  const build: OfflineBuild = { version, precache, onUse: later };
  const worker = `const __OFFLINE_BUILD__=${JSON.stringify(build)};\n${code}`;
  await writeFile(join(siteDir, appFiles.serviceWorker.slice(1)), worker);
  const total = (map: Map<string, string>) => [...map.keys()].reduce((sum, address) => sum + (sizes.get(address) ?? 0), 0);
  return { version, precacheFiles: kept.size, precacheBytes: total(kept), onUseFiles: onUse.size, onUseBytes: total(onUse), workerBytes: Buffer.byteLength(worker) };
}

/** The worker's code, bundled and minified into one classic script (a module worker is not yet everywhere). */
async function bundleWorker(projectRoot: string): Promise<string> {
  const bundle = await rolldown({ input: join(projectRoot, WORKER_ENTRY), cwd: projectRoot, platform: 'browser' });
  const { output } = await bundle.generate({ format: 'iife', minify: true });
  await bundle.close();
  if (output.length !== 1) throw new Error(`${WORKER_ENTRY} must bundle into one file, not ${output.length}`);
  return output[0].code;
}
