// Each directive of a page's policy tried from inside the page, as injected script would: the self-check allows
// nothing beyond its own scripts and styles; reading pages keep the strictest policy the site has.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { useBrowser } from '../../support/page.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser({ contextPerTest: true });

/** Runs an attempt in the page and returns the CSP directives it violated, and what the attempt itself saw. */
async function attempt(page: Page, kind: 'fetch' | 'formHere' | 'formElsewhere' | 'base' | 'img' | 'ownImg' | 'wasm' | 'dataImg'): Promise<{ violated: string[]; outcome: string }> {
  return page.evaluate(async (kind) => {
    const violated: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violated.push(event.effectiveDirective));
    let outcome = 'done';
    // A violation is reported asynchronously (a form's only after a while on a busy machine): wait for one, up to 2 s.
    const settle = () =>
      new Promise<void>((done) => {
        if (violated.length > 0) return done();
        const timer = setTimeout(done, 2000);
        document.addEventListener('securitypolicyviolation', () => (clearTimeout(timer), setTimeout(done, 50)), { once: true });
      });
    if (kind === 'fetch') {
      outcome = await fetch('/').then(() => 'fetched', () => 'refused');
    } else if (kind === 'formHere' || kind === 'formElsewhere') {
      // Submitted in the page itself: a refused submission leaves the page where it is.
      const form = Object.assign(document.createElement('form'), { method: 'get', action: kind === 'formHere' ? '/' : 'https://example.com/' });
      form.append(Object.assign(document.createElement('input'), { name: 'probe', value: '1' }));
      document.body.append(form);
      form.submit();
    } else if (kind === 'base') {
      const base = Object.assign(document.createElement('base'), { href: 'https://example.com/' });
      document.head.append(base);
      outcome = document.baseURI.startsWith('https://example.com') ? 'base changed' : 'base kept';
    } else if (kind === 'img' || kind === 'ownImg' || kind === 'dataImg') {
      const image = new Image();
      outcome = await new Promise<string>((done) => {
        image.onload = () => done('loaded');
        image.onerror = () => done('refused');
        image.src = { img: 'https://example.com/x.png', ownImg: '/favicon.svg?answers=1a', dataImg: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' }[kind];
      });
    } else if (kind === 'wasm') {
      // The smallest valid module: magic number and version.
      const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
      outcome = await WebAssembly.compile(bytes).then(() => 'compiled', (error: Error) => `refused: ${error.message}`);
    }
    await settle();
    return { violated, outcome };
  }, kind);
}

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return page;
}

describe('the self-check page refuses, from the page itself', () => {
  it('a connection (connect-src)', async () => {
    const result = await attempt(await open(paths.selfCheck), 'fetch');
    expect(result).toEqual({ violated: ['connect-src'], outcome: 'refused' });
  });

  it('a form submission, even to this site (form-action)', async () => {
    expect(await attempt(await open(paths.selfCheck), 'formHere')).toMatchObject({ violated: ['form-action'] });
  });

  it('a <base> pointing elsewhere (base-uri)', async () => {
    expect(await attempt(await open(paths.selfCheck), 'base')).toEqual({ violated: ['base-uri'], outcome: 'base kept' });
  });

  it('an image from another site or from this one (img-src data: only, for its inline icon)', async () => {
    const page = await open(paths.selfCheck);
    expect(await attempt(page, 'img')).toEqual({ violated: ['img-src'], outcome: 'refused' });
    expect(await attempt(page, 'ownImg')).toEqual({ violated: ['img-src'], outcome: 'refused' });
    expect(await attempt(page, 'dataImg')).toEqual({ violated: [], outcome: 'loaded' });
  });

  it('compiling WebAssembly (no wasm-unsafe-eval)', async () => {
    const result = await attempt(await open(paths.selfCheck), 'wasm');
    expect(result.violated).toEqual(['script-src']);
    expect(result.outcome).toMatch(/^refused/);
  });

  it('carries exactly the policy asked for', async () => {
    const page = await open(paths.selfCheck);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['default-src']).toBe("'none'");
    expect(directives['connect-src']).toBe("'none'");
    expect(directives['form-action']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(directives['img-src']).toBe('data:');
    expect(directives['script-src']).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(directives['style-src']).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  });
});

describe('a reading page keeps the strictest policy', () => {
  it('refuses connections, WebAssembly, a foreign <base>, foreign images and forms to other sites', async () => {
    const page = await open(paths.library);
    expect(await attempt(page, 'fetch')).toEqual({ violated: ['connect-src'], outcome: 'refused' });
    expect((await attempt(page, 'wasm')).violated).toEqual(['script-src']);
    expect(await attempt(page, 'base')).toEqual({ violated: ['base-uri'], outcome: 'base kept' });
    expect(await attempt(page, 'img')).toEqual({ violated: ['img-src'], outcome: 'refused' });
    expect((await attempt(page, 'formElsewhere')).violated).toEqual(['form-action']);
  });

  it('still submits a form to this site, as the header search does', async () => {
    const page = await open(paths.library);
    await Promise.all([page.waitForURL(`${baseUrl}/?probe=1`), attempt(page, 'formHere').catch(() => undefined)]);
  });
});

describe('the search page', () => {
  it('alone may compile WebAssembly and fetch from this site', async () => {
    const page = await open(paths.search);
    expect(await attempt(page, 'wasm')).toEqual({ violated: [], outcome: 'compiled' });
    expect(await attempt(page, 'fetch')).toEqual({ violated: [], outcome: 'fetched' });
  });
});
