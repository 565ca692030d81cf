// Offline reading and install, the pure parts: what is kept, how a kept copy is marked, the icons drawn from the
// favicon, the policy of the pages that register the worker, and the headers the worker is served with.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng, parseIconSvg, polygonOf } from '../../src/lib/app-icon.ts';
import { keepsFile, keepsPage, markKeptCopy, referencedFiles } from '../../src/lib/offline.ts';
import { adminPaths, appFiles, columnFeedPath, documentPath, handbookPartPath, paths } from '../../src/lib/paths.ts';
import { searchStatus } from '../../src/lib/search/status.ts';
import { cachePolicy, policyFor, registersWorker, renderHeadersFile, renderNginxSite, serviceWorkerCsp } from '../../src/lib/security-policy.ts';
import { faviconSvg } from '../../src/ui/favicon.ts';
import { keptCopyNote } from '../../src/ui/offline-text.ts';
import { deflateSync } from 'node:zlib';

describe('what the worker keeps', () => {
  it('keeps every public page but not the CMS nor the 404 file', () => {
    for (const path of [paths.home, paths.resolution, handbookPartPath(2), paths.handbookPrint, documentPath('quyet-dinh-99-qd-tw'), paths.selfCheck, paths.privacy, paths.search]) {
      expect(keepsPage(path), path).toBe(true);
    }
    expect(keepsPage(adminPaths.home)).toBe(false);
    expect(keepsPage(paths.notFound)).toBe(false);
  });

  it('keeps hashed scripts and styles, not their gzip copies', () => {
    expect(keepsFile('/_astro/BaseLayout.abc.css')).toBe(true);
    expect(keepsFile('/_astro/BaseLayout.abc.css.gz')).toBe(false);
    expect(keepsFile('/sitemap-0.xml')).toBe(false);
  });

  it('finds the files a page names, not its links to pages, feeds or other sites', () => {
    const html =
      `<link rel="icon" href="/favicon.svg"><link rel="alternate" href="${columnFeedPath('di-tich')}"><link rel="canonical" href="https://x.example/a/">` +
      `<script type="module" src="/_astro/a.js"></script><astro-island component-url="/_astro/S.js" renderer-url="/_astro/c.js"></astro-island><a href="${paths.library}">x</a><img src="/media/h.jpg?v=1">`;
    expect(referencedFiles(html).sort()).toEqual(['/_astro/S.js', '/_astro/a.js', '/_astro/c.js', '/favicon.svg', '/media/h.jpg']);
  });
});

describe('a kept copy', () => {
  it('says, in front of the main content, on which day it was kept', () => {
    const note = `<p class="kept-copy">${keptCopyNote('07/12/2026')}</p>`;
    const marked = markKeptCopy('<body><header>h</header><main id="noi-dung" class="container"><h1>T</h1></main></body>', note);
    expect(marked).toBe('<body><header>h</header><main id="noi-dung" class="container"><p class="kept-copy">Bản lưu ngày 07/12/2026 trên máy này: không tải được bản mới qua mạng.</p><h1>T</h1></main></body>');
    expect(markKeptCopy('<body class="x"><p>a</p></body>', '<p>n</p>')).toBe('<body class="x"><p>n</p><p>a</p></body>');
  });
});

describe('search offline', () => {
  it('says plainly that the part of the index a query needs is not kept, only when the browser is offline', () => {
    expect(searchStatus({ phase: 'error', offline: true })).toMatch(/^Máy đang không có mạng, và phần bộ tìm kiếm cần cho từ khóa này chưa được lưu trên máy/);
    expect(searchStatus({ phase: 'error' })).toMatch(/^Không tải được bộ tìm kiếm/);
  });
});

describe('the app icons', () => {
  const shape = parseIconSvg(faviconSvg);

  it('are read from the favicon: its square, its colours and its star of ten points', () => {
    expect(shape).toMatchObject({ size: 32, background: '#b3261e', radius: 6, foreground: '#ffd23f' });
    expect(shape.points).toHaveLength(10);
    expect(shape.points[0]).toEqual([16, 6]);
    expect(polygonOf('M1 1l2 0 0 2z')).toEqual([[1, 1], [3, 1], [3, 3]]);
  });

  it('are drawn as PNG: the star in the middle, the corners clear on the rounded icon and filled on the maskable one', async () => {
    const deflate = async (raw: Uint8Array) => new Uint8Array(deflateSync(raw));
    for (const purpose of ['any', 'maskable'] as const) {
      const png = await encodePng(drawIcon(shape, 64, purpose), 64, deflate);
      expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      const view = new DataView(png.buffer, png.byteOffset);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([64, 64]);
      const idatLength = view.getUint32(33);
      const raw = inflateSync(png.subarray(41, 41 + idatLength));
      const pixel = (x: number, y: number) => [...raw.subarray(y * (64 * 4 + 1) + 1 + x * 4, y * (64 * 4 + 1) + 1 + x * 4 + 4)];
      expect(pixel(32, 32), purpose).toEqual([0xff, 0xd2, 0x3f, 255]);
      expect(pixel(0, 0), purpose).toEqual(purpose === 'any' ? [0xb3, 0x26, 0x1e, 0] : [0xb3, 0x26, 0x1e, 255]);
      expect(pixel(32, 2), purpose).toEqual([0xb3, 0x26, 0x1e, 255]);
    }
  });
});

describe('the policy of pages that register the worker', () => {
  it('reading pages and search may register it and link the manifest; the self-check, the tally and the CMS may not', () => {
    for (const path of [paths.home, paths.resolution, documentPath('quyet-dinh-99-qd-tw'), paths.search, paths.privacy]) {
      const policy = policyFor(path);
      expect(registersWorker(policy), path).toBe(true);
      expect(policy.directives['worker-src'], path).toEqual(["'self'"]);
      expect(policy.directives['manifest-src'], path).toEqual(["'self'"]);
    }
    for (const path of [paths.selfCheck, paths.tally, paths.tallyBallot, adminPaths.home]) {
      const policy = policyFor(path);
      expect(registersWorker(policy), path).toBe(false);
      expect(policy.directives['worker-src'], path).toBeUndefined();
    }
    expect(policyFor(paths.selfCheck).directives['connect-src']).toEqual(["'none'"]);
  });

  it('serves the worker with no long cache and a policy of its own, on static hosts and nginx', () => {
    const headers = renderHeadersFile([]);
    expect(headers).toContain(`${appFiles.serviceWorker}\n  Content-Security-Policy: ${serviceWorkerCsp}\n  Cache-Control: no-cache\n`);
    expect(cachePolicy.serviceWorker).toBe('no-cache');
    const nginx = renderNginxSite();
    const block = /location = \/sw\.js \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(block).toContain('add_header Cache-Control "no-cache" always;');
    expect(block).toContain(`add_header Content-Security-Policy "${serviceWorkerCsp}" always;`);
    expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});
