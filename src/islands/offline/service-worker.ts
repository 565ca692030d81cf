// The service worker (built into /sw.js by src/integrations/service-worker.ts, which fills in __OFFLINE_BUILD__).
// It keeps one build's pages and files, checked against the build's hashes, and shows a page from the network
// when it answers within NETWORK_TIMEOUT_MS, else the kept copy marked with its date. It never reads storage
// (a worker has no localStorage) and sees only requests for pages and files: the self-check sends none after load.
import { calendarDateOf, formatVietnameseDate } from '../../lib/dates.ts';
import { escapeHtml } from '../../lib/html.ts';
import { CACHE_PREFIX, FILE_HASH_LENGTH, KEPT_AT_HEADER, markKeptCopy, NETWORK_TIMEOUT_MS, type OfflineBuild } from '../../lib/offline.ts';
import { adminPaths, paths } from '../../lib/paths.ts';
import { keptCopyNote, notKeptTexts } from '../../ui/offline-text.ts';

declare const __OFFLINE_BUILD__: OfflineBuild;

// The parts of the worker scope this file uses (the project's type settings carry the DOM's, not a worker's).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  data: unknown;
  ports: ReadonlyArray<MessagePort>;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

const scope = self as unknown as WorkerScope;
const build = __OFFLINE_BUILD__;
const cacheName = `${CACHE_PREFIX}${build.version}`;
const origin = scope.location.origin;

async function hashOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, FILE_HASH_LENGTH);
}

/** The response as it will be kept (with the day it was kept), or null when it is not this build's file. */
async function asKept(response: Response, expected: string | undefined): Promise<Response | null> {
  if (!response.ok || !expected) return null;
  const body = await response.arrayBuffer();
  if ((await hashOf(body)) !== expected) return null;
  const headers = new Headers(response.headers);
  headers.set(KEPT_AT_HEADER, String(Date.now()));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** Fetches and checks every file of the build into a new cache; any failure leaves no partial cache behind. */
async function precache(): Promise<void> {
  // A new build is not fetched while the member asks to save data: the previous build's copies stay, whole.
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) throw new Error('the browser asks to save data');
  const cache = await caches.open(cacheName);
  try {
    const files = Object.entries(build.precache);
    // A few at a time: in the background, without crowding a slow connection.
    for (let start = 0; start < files.length; start += 4) {
      await Promise.all(
        files.slice(start, start + 4).map(async ([file, hash]) => {
          if (await cache.match(file)) return;
          const kept = await asKept(await fetch(file, { cache: 'no-cache' }), hash);
          if (!kept) throw new Error(`${file} is not the file of build ${build.version}`);
          await cache.put(file, kept);
        }),
      );
    }
  } catch (error) {
    await caches.delete(cacheName);
    throw error;
  }
}

scope.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => scope.skipWaiting()));
});

scope.addEventListener('activate', (event) => {
  // The new build's cache is complete: the older ones go, so no page of one build meets files of another.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName).map((name) => caches.delete(name))))
      .then(() => scope.clients.claim()),
  );
});

scope.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type !== 'status') return;
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.keys())
      .then((keys) => event.ports[0]?.postMessage({ version: build.version, kept: keys.length, precache: Object.keys(build.precache).length })),
  );
});

function keptDay(response: Response): string {
  const at = Number(response.headers.get(KEPT_AT_HEADER));
  return formatVietnameseDate(calendarDateOf(new Date(Number.isFinite(at) && at > 0 ? at : Date.now())));
}

async function keptPage(path: string): Promise<Response | null> {
  const cache = await caches.open(cacheName);
  const kept = (await cache.match(path, { ignoreSearch: true })) ?? (path.endsWith('/') ? undefined : await cache.match(`${path}/`));
  if (!kept) return null;
  const note = `<p class="kept-copy">${escapeHtml(keptCopyNote(keptDay(kept)))}</p>`;
  const headers = new Headers(kept.headers);
  headers.delete('content-length');
  return new Response(markKeptCopy(await kept.text(), note), { status: 200, headers });
}

function notKeptPage(): Response {
  const { title, body, home } = notKeptTexts;
  const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${escapeHtml(title)}</title><main style="font:1.1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="${paths.home}">${escapeHtml(home)}</a></p></main></html>`;
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" },
  });
}

/** Network first; the kept copy when the network fails, answers with a server error or is slower than NETWORK_TIMEOUT_MS. */
async function page(event: FetchEvent, path: string): Promise<Response> {
  const network = fetch(event.request);
  // A page that arrives late still refreshes the kept copy, if it is this build's.
  event.waitUntil(
    network
      .then(async (response) => {
        const expected = build.precache[path];
        const kept = expected ? await asKept(response.clone(), expected) : null;
        if (kept) await (await caches.open(cacheName)).put(path, kept);
      })
      .catch(() => undefined),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((done) => (timer = setTimeout(() => done('late'), NETWORK_TIMEOUT_MS)));
  const first = await Promise.race([network.catch(() => 'failed' as const), late]);
  clearTimeout(timer);
  // A server error (a proxy's 502, a host down) is no page either: the kept copy is more use.
  if (first instanceof Response && first.status < 500) return first;
  const kept = await keptPage(path);
  if (kept) return kept;
  if (first instanceof Response) return first;
  if (first === 'late') return network.catch(() => notKeptPage());
  return notKeptPage();
}

/** Cache first for this build's files; a search index file is kept when first fetched, if it is this build's. */
async function file(request: Request, path: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const kept = await cache.match(path, { ignoreSearch: true });
  if (kept) return kept;
  const response = await fetch(request);
  const expected = build.onUse[path];
  if (expected) {
    const copy = await asKept(response.clone(), expected);
    if (copy) await cache.put(path, copy);
  }
  return response;
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== origin || url.pathname.startsWith(adminPaths.home)) return;
  const path = url.pathname;
  // Every page address: the kept copy if there is one, else a plain note that it was not kept.
  if (request.mode === 'navigate') return event.respondWith(page(event, path));
  if (build.precache[path] || build.onUse[path]) event.respondWith(file(request, path));
});
