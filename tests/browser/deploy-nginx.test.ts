// The site served by nginx with deploy/nginx.conf, as an operator would run it: the headers arrive, the pages
// work under them, framing is refused, 404 and trailing-slash redirects behave. nginx missing is a failure.
import { readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appFiles, documentPath, paths, searchPath } from '../../src/lib/paths.ts';
import { cachePolicy, commonHeaders, nginxErrorPages, serviceWorkerCsp } from '../../src/lib/security-policy.ts';
import { startNginx, type RunningNginx } from '../../support/nginx.ts';
import { newContext, openWatchedPage, useBrowser } from '../../support/page.ts';
import { workerStatus } from '../../support/service-worker.ts';
import { readResults, waitForAnswer } from '../../support/search-helpers.ts';

const siteDir = inject('siteDir');
const session = useBrowser();
let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await startNginx(siteDir);
});
afterAll(async () => {
  await nginx?.close();
});

/** The CSP a built page carries in its meta. */
function metaCsp(file: string): string {
  const html = readFileSync(join(siteDir, file), 'utf8');
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (!content) throw new Error(`${file} has no meta CSP`);
  return content.replaceAll('&#39;', "'");
}
const directives = (csp: string) => csp.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort();

describe('headers from nginx', () => {
  it('carry on every page its own meta CSP, hashes included, plus frame-ancestors', async () => {
    const page = await session.context.newPage();
    for (const [path, file] of [[paths.home, 'index.html'], [paths.selfCheck, 'tu-kiem-tra/index.html'], [paths.search, 'tim-kiem/index.html'], [paths.library, 'van-ban/index.html']] as const) {
      const response = await page.goto(`${nginx.url}${path}`);
      const header = response!.headers()['content-security-policy'];
      expect(directives(header ?? ''), path).toEqual(directives(`${metaCsp(file)}; frame-ancestors 'none'`));
    }
    await page.close();
  });

  it('carry the common headers and the cache rules', async () => {
    const html = await fetch(`${nginx.url}${paths.library}`);
    for (const [name, value] of commonHeaders) expect(html.headers.get(name), name).toBe(value);
    expect(html.headers.get('cache-control')).toBe(cachePolicy.html);
    expect(html.headers.get('strict-transport-security')).toBeNull();
    const asset = readFileSync(join(siteDir, 'tu-kiem-tra/index.html'), 'utf8').match(/\/_astro\/[^"']+\.js/)![0];
    const script = await fetch(`${nginx.url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe(cachePolicy.hashedAssets);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    const index = await fetch(`${nginx.url}/pagefind/pagefind-entry.json`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe(cachePolicy.searchIndex);
  });

  it('send the precompressed gzip copy to a browser that accepts gzip', async () => {
    const response = await fetch(`${nginx.url}${paths.library}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(Number(response.headers.get('content-length'))).toBe(statSync(join(siteDir, 'van-ban/index.html.gz')).size);
    expect(await response.text()).toContain('</html>');
  });

  it('keep the build files for hosts away from visitors', async () => {
    expect((await fetch(`${nginx.url}/_headers`)).status).toBe(404);
    expect((await fetch(`${nginx.url}/_nginx/csp-map.conf`)).status).toBe(404);
  });
});

describe('the site under those headers', () => {
  it('searches: Pagefind loads and answers without a CSP error', async () => {
    const { page, watch } = await openWatchedPage(session.context, nginx.url);
    await page.goto(`${nginx.url}${searchPath('địa đạo')}`);
    await waitForAnswer(page, 'địa đạo');
    expect((await readResults(page)).length).toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('self-checks: an answer is kept in this browser without a CSP error', async () => {
    const context = await session.browser.newContext({ locale: 'vi-VN' });
    const { page, watch } = await openWatchedPage(context, nginx.url);
    await page.goto(`${nginx.url}${paths.selfCheck}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-sc-ready]');
    await page.locator('input[type="radio"]').first().check();
    await page.waitForFunction(() => localStorage.length > 0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.requests.filter((url) => !url.startsWith(nginx.url))).toEqual([]);
    await context.close();
  });

  it('refuses to be framed by another site', async () => {
    const page: Page = await session.context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => refused.push(message.text()));
    // A page on another origin (about:blank here) frames the site.
    await page.setContent(`<iframe src="${nginx.url}${paths.library}" width="400" height="300"></iframe>`);
    await page.waitForTimeout(500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const framedTitle = await frame?.evaluate(() => document.title).catch(() => null);
    expect(framedTitle ?? '').not.toContain('Văn bản');
    expect(refused.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
    await page.close();
  });
});

describe('for search engines', () => {
  it('robots.txt points to the sitemap, which lists public pages only', async () => {
    const robots = await (await fetch(`${nginx.url}/robots.txt`)).text();
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    expect(listed).toContain(paths.home);
    expect(listed).toContain(documentPath('nghi-quyet-04-nq-tw'));
    expect(listed).toContain(paths.selfCheck);
    for (const hidden of [paths.search, paths.handbookPrint, '/404/', paths.notFound]) expect(listed, hidden).not.toContain(hidden);
  });
});

describe('addresses', () => {
  it('answers a missing page with 404 and the site 404 page, under the strictest policy', async () => {
    const response = await fetch(`${nginx.url}/khong-ton-tai/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('redirects an address without its trailing slash to the one with it, on the same host', async () => {
    const response = await fetch(`${nginx.url}${paths.library.replace(/\/$/, '')}?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${paths.library}?x=1`);
    const page = await session.context.newPage();
    await page.goto(`${nginx.url}${paths.handbook.replace(/\/$/, '')}`);
    expect(page.url()).toBe(`${nginx.url}${paths.handbook}`);
    await page.close();
  });
});

/** Sends bytes as they are (fetch cannot send a request nginx refuses to read) and returns the raw response. */
function rawRequest(url: string, request: string): Promise<{ status: number; headers: Map<string, string>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.end(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      done({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

describe('nginx’s own error pages (issue 19, item 10)', () => {
  const requests = {
    'an address too long (414)': { status: 414, request: `GET /${'a'.repeat(16_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`, page: nginxErrorPages.uriTooLong },
    'a request line nginx cannot read (400)': { status: 400, request: 'KHÔNG PHẢI HTTP\r\n\r\n', page: nginxErrorPages.badRequest },
    'a request without Host (400)': { status: 400, request: 'GET / HTTP/1.1\r\n\r\n', page: nginxErrorPages.badRequest },
    'request headers too large (400)': { status: 400, request: `GET / HTTP/1.1\r\nHost: localhost\r\nX-Dai: ${'b'.repeat(16_000)}\r\n\r\n`, page: nginxErrorPages.badRequest },
  };

  for (const [name, { status, request, page }] of Object.entries(requests)) {
    it(`carry the security headers and a Vietnamese page: ${name}`, async () => {
      const response = await rawRequest(nginx.url, request);
      expect(response.status).toBe(status);
      for (const [header, value] of commonHeaders) expect(response.headers.get(header.toLowerCase()), header).toBe(value);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.body).toBe(page);
      expect(response.body).toContain('<html lang="vi">');
    });
  }

  it('keep those pages internal: a visitor asking for one gets the site’s 404', async () => {
    for (const code of ['400', '414']) {
      const response = await fetch(`${nginx.url}/_nginx/error/${code}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Không tìm thấy trang');
    }
  });
});

// Moved here from offline.test.ts so that it belongs to the nginx suite (left out, with a notice, without nginx).
describe('the service worker behind nginx (deploy/nginx.conf)', () => {
  it('serves the worker uncached under its own policy, and the worker keeps the build', async () => {
    const server = await startNginx(inject('siteDir'));
    const context = await newContext(session.browser, { serviceWorkers: 'allow' });
    try {
      const response = await fetch(`${server.url}${appFiles.serviceWorker}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(serviceWorkerCsp);
      const page = await context.newPage();
      await page.goto(`${server.url}${paths.home}`);
      const status = await workerStatus(page);
      expect(status.kept).toBe(status.precache);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
