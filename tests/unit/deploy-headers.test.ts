import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPages } from '../../src/integrations/deploy-headers.ts';
import { paths } from '../../src/lib/paths.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'headers-'));
  made.push(dir);
  for (const [file, head] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `<!doctype html><html><head>${head}</head><body></body></html>`);
  }
  return dir;
}

describe('the pages the headers are written for', () => {
  it('take each page’s meta CSP, and leave out of the sitemap pages marked noindex and the CMS', async () => {
    const dir = site({
      'index.html': `<meta http-equiv="content-security-policy" content="default-src 'none';script-src 'self' 'sha256-x';">`,
      [`${paths.search.slice(1)}index.html`]: '<meta name="robots" content="noindex">',
      'admin/index.html': '',
    });
    const unlisted = new Set<string>();
    const pages = await builtPages(dir, unlisted);
    expect(pages.find((page) => page.file === '/index.html')?.csp).toBe("default-src 'none'; script-src 'self' 'sha256-x'; frame-ancestors 'none'");
    // A page without a meta CSP gets its route's policy.
    expect(pages.find((page) => page.file === '/admin/index.html')?.csp).toMatch(/^default-src 'none'; img-src .*frame-ancestors 'none'$/);
    expect([...unlisted].sort()).toEqual(['/admin/', paths.search]);
  });
});
