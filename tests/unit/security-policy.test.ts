import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyPolicy,
  headerCsp,
  policyFor,
  renderHeadersFile,
  renderNginxCspMap,
  renderNginxSite,
} from '../../src/lib/security-policy.ts';
import { adminPaths, documentPath, paths } from '../../src/lib/paths.ts';

function appliedTo(path: string, extra?: Record<string, string[]>) {
  const directives: string[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  applyPolicy(
    { insertDirective: (d) => directives.push(d), insertScriptResource: (r) => scripts.push(r), insertStyleResource: (r) => styles.push(r) },
    path,
    extra,
  );
  return { directives, scripts, styles };
}

describe('the policy of each route', () => {
  it('gives the self-check nothing beyond its own scripts and styles', () => {
    const { directives, scripts } = appliedTo(paths.selfCheck);
    expect(directives).toEqual(["default-src 'none'", 'img-src data:', "connect-src 'none'", "form-action 'none'", "base-uri 'none'"]);
    expect(scripts).toEqual(["'self'"]);
    expect(policyFor(paths.selfCheck).allowsForms).toBe(false);
  });

  it('lets only the search page fetch its index and compile WebAssembly', () => {
    expect(appliedTo(paths.search).scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(appliedTo(paths.search).directives).toContain("connect-src 'self'");
    for (const path of [paths.home, documentPath('quyet-dinh-99-qd-tw'), paths.notFound, paths.privacy, paths.selfCheck]) {
      expect(appliedTo(path).scripts, path).not.toContain("'wasm-unsafe-eval'");
      expect(appliedTo(path).directives.join(';'), path).not.toMatch(/connect-src 'self'/);
      expect(appliedTo(path).directives, path).toContain("default-src 'none'");
    }
  });

  it('gives the CMS at /admin/ what Decap needs, and the configured git host only', () => {
    const admin = appliedTo(adminPaths.home, { 'connect-src': ['https://api.github.com'] });
    expect(admin.scripts).toEqual(["'self'", "'unsafe-eval'"]);
    expect(admin.styles).toEqual(["'self'", "'unsafe-inline'"]);
    expect(admin.directives).toContain("connect-src 'self' https://api.github.com");
    expect(admin.directives).toContain("default-src 'none'");
    expect(policyFor(adminPaths.home).unlisted).toBe(true);
    // No other page gets eval or inline styles.
    for (const path of [paths.home, paths.search, paths.selfCheck, paths.notFound]) {
      expect(appliedTo(path).scripts, path).not.toContain("'unsafe-eval'");
      expect(appliedTo(path).styles, path).toEqual([]);
    }
    expect(() => appliedTo(paths.home, { 'connect-src': ['https://x.vn'] })).toThrow(/no connect-src/);
  });

  it('gives the tally the self-check policy', () => {
    expect(appliedTo(paths.tally)).toEqual(appliedTo(paths.selfCheck));
  });
});

describe('the header CSP', () => {
  it('is the meta CSP, hashes kept, plus frame-ancestors', () => {
    expect(headerCsp("default-src 'none';base-uri 'none'; script-src 'self' 'sha256-AB+/=';")).toBe(
      "default-src 'none'; base-uri 'none'; script-src 'self' 'sha256-AB+/='; frame-ancestors 'none'",
    );
  });
});

describe('dist/_headers', () => {
  const csp = (extra: string) => `default-src 'none'; ${extra}; frame-ancestors 'none'`;
  const file = renderHeadersFile([
    { file: '/index.html', csp: csp('a') },
    { file: paths.notFound, csp: csp('a') },
    { file: '/thu-vien/index.html', csp: csp('a') },
    { file: '/thu-vien/x/index.html', csp: csp('a') },
    { file: '/so-tay/index.html', csp: csp('a') },
    { file: '/so-tay/ban-in/index.html', csp: csp('b') },
  ]);

  it('gives a folder of pages with one policy one rule, and each page of a mixed folder its own', () => {
    expect(file).toContain(`/thu-vien/*\n  Content-Security-Policy: ${csp('a')}\n  Cache-Control: public, max-age=0, must-revalidate`);
    expect(file).toContain(`/so-tay/\n  Content-Security-Policy: ${csp('a')}`);
    expect(file).toContain(`/so-tay/ban-in/\n  Content-Security-Policy: ${csp('b')}`);
    expect(file).toContain(`\n/\n  Content-Security-Policy: ${csp('a')}`);
    expect(file).toContain(`${paths.notFound}\n  Content-Security-Policy: ${csp('a')}`);
    expect(file).not.toContain('/thu-vien/x/');
  });

  it('sends the common headers everywhere, CSP on no overlapping rule, and caches hashed assets for good', () => {
    expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: no-referrer\n {2}Permissions-Policy: .*camera=\(\).*\n/m);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/pagefind/*\n  Cache-Control: public, max-age=300');
    const rules = file.split('\n\n').filter((rule) => rule.includes('Content-Security-Policy'));
    expect(rules.some((rule) => rule.startsWith('/*'))).toBe(false);
  });
});

describe('the nginx configuration', () => {
  it('deploy/nginx.conf is what the policy module writes (run `npm run deploy:config` after changing it)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(renderNginxSite());
  });

  it('maps each page file to its CSP, with the strictest as the default', () => {
    const map = renderNginxCspMap([{ file: `${paths.selfCheck}index.html`, csp: "connect-src 'none'" }], "default-src 'none'");
    expect(map).toContain(`default "default-src 'none'";`);
    expect(map).toContain(`"${paths.selfCheck}index.html" "connect-src 'none'";`);
  });
});
