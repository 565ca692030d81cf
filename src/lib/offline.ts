// What the service worker keeps for reading offline, and how a kept page is marked. Pure: the build
// (src/integrations/service-worker.ts) and the worker (src/islands/offline/service-worker.ts) both use it.
import { adminPaths } from './paths.ts';
import { HASHED_ASSETS_DIR, SEARCH_INDEX_DIR } from './security-policy.ts';

/** What one build keeps: each file's address with the start of its SHA-256, so the worker keeps nothing of another build. */
export interface OfflineBuild {
  /** Names the cache: a hash of the worker and of every listed file. */
  version: string;
  /** Fetched when the worker installs: the pages, their styles and scripts, the icons. */
  precache: Record<string, string>;
  /** Kept the first time the page asks for them: the search index (Pagefind's files). */
  onUse: Record<string, string>;
}

/** Hex characters of SHA-256 kept per file: enough to tell two builds' copies apart. */
export const FILE_HASH_LENGTH = 16;

/** The response header a kept copy carries: when it was stored (ms since 1970). */
export const KEPT_AT_HEADER = 'x-kept-at';

/** How long a page may take on the network before the kept copy is shown instead. */
export const NETWORK_TIMEOUT_MS = 3000;

/** Cache names start with this; the version follows. */
export const CACHE_PREFIX = 'nq4-offline-';

/** Pages kept: every public page, by its address ("/van-ban/x/"); not the CMS, nor the 404 page (a file, not an address). */
export function keepsPage(address: string): boolean {
  return address.endsWith('/') && !address.startsWith(adminPaths.home);
}

/** Files kept with the pages besides the ones they name: every hashed script and style (islands load some of them later). */
export function keepsFile(address: string): boolean {
  return address.startsWith(HASHED_ASSETS_DIR) && !address.endsWith('.gz');
}

/** Pagefind's files, kept on first use. */
export function isSearchIndexFile(address: string): boolean {
  return address.startsWith(SEARCH_INDEX_DIR) && !address.endsWith('.gz');
}

/** Addresses of this site's files a page names in src= and href= (its stylesheet, favicon, manifest, images …), not its feeds. */
export function referencedFiles(html: string): string[] {
  const found = new Set<string>();
  for (const [, value] of html.matchAll(/\b(?:src|href|component-url|renderer-url)="(\/[^"/][^"]*|\/)"/g)) {
    const path = value!.split(/[?#]/)[0]!;
    if (!path.endsWith('/') && !path.endsWith('.xml')) found.add(path);
  }
  return [...found];
}

/**
 * The kept copy with a note in front of its main content (or of its body, on a page without <main>), so a member
 * reading it knows it is not the newest: plain HTML, no script needed.
 */
export function markKeptCopy(html: string, noteHtml: string): string {
  const at = /<main\b[^>]*>/i.exec(html) ?? /<body\b[^>]*>/i.exec(html);
  if (!at) return noteHtml + html;
  const end = at.index + at[0].length;
  return html.slice(0, end) + noteHtml + html.slice(end);
}

/** A version from the hashes of the worker's code and of every file (the caller hashes the result). */
export function versionSource(workerHash: string, precache: Record<string, string>, onUse: Record<string, string>): string {
  const lines = (files: Record<string, string>) => Object.keys(files).sort().map((file) => `${file} ${files[file]}`);
  return [`worker ${workerHash}`, ...lines(precache), '--', ...lines(onUse)].join('\n');
}
