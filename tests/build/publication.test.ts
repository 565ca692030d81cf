// What `npm run build` publishes on a fixed day (SITE_NOW): drafts never, an issue from its date on, a column with
// nothing out says so (a date only for a scheduled issue); every page speaks as the committee and shows its update date;
// the footer shows the configured marks of an official site.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../support/build.ts';
import { columnFeedPath, columnPath, issuePath, paths } from '../../src/lib/paths.ts';
import { builtPages } from '../../support/site-pages.ts';

const SITE_NOW = '2026-12-10';
const RELIC_1 = issuePath('di-tich', 'so-01-dia-dao-phu-tho-hoa');
const RELIC_2 = issuePath('di-tich', 'so-02-dinh-tan-phuoc');
const FOOTER = {
  SITE_GOVERNING_BODY: 'Cơ quan chủ quản thử nghiệm',
  SITE_RESPONSIBLE: 'Bộ phận thử nghiệm',
  SITE_ADDRESS: 'Địa chỉ thử nghiệm',
  SITE_CONTACT: 'Điện thoại thử nghiệm',
};
let dir = '';
let site = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'publication-'));
  site = join(dir, 'dist');
  const build = buildSite({ SITE_NOW, SITE_OUT_DIR: site, SITE_CACHE_DIR: join(dir, 'cache'), ...FOOTER });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (route: string) => join(site, route.endsWith('/') ? `${route}index.html` : route);
const html = (route: string) => readFileSync(file(route), 'utf8');
/** The text a reader sees, plus the attribute texts a screen reader or a tooltip shows. */
function visibleText(page: string): string {
  const attributes = [...page.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]).join(' ');
  const body = page
    .replace(/<head>[\s\S]*?<\/head>/, (head) => head.match(/<title>[\s\S]*?<\/title>/)?.[0] ?? '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return `${body} ${attributes}`
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe(`the site built for ${SITE_NOW}`, () => {
  it('publishes the relic issue dated that day, not the one dated later, and no draft', () => {
    expect(existsSync(file(RELIC_1))).toBe(true);
    expect(existsSync(file(RELIC_2))).toBe(false);
    const pages = builtPages(site);
    expect(pages.filter((p) => p.includes('/nhap-'))).toEqual([]);
    for (const page of pages) expect(visibleText(html(page)), page).not.toMatch(/Bản nháp|Bài mẫu|Chưa đến ngày đăng/);
  });

  it('shows the published issue with its number, its date and when it was last updated', () => {
    const text = visibleText(html(RELIC_1));
    expect(text).toContain('Kỳ số 1');
    expect(text).toContain('Ngày đăng 10/12/2026');
    expect(text).toContain('Cập nhật lần cuối: 10/12/2026');
  });

  it('puts only published issues in the feeds', () => {
    const relics = html(columnFeedPath('di-tich'));
    expect([...relics.matchAll(/<item>/g)]).toHaveLength(1);
    expect(relics).toContain(RELIC_1);
    expect(html(columnFeedPath('guong-sang'))).not.toContain('<item>');
  });

  it('says a column has nothing published, and promises no date when no issue is scheduled (drafts only)', () => {
    const column = visibleText(html(columnPath('guong-sang')));
    expect(column).toContain('Chuyên mục chưa đăng kỳ nào.');
    expect(column).toContain('Chuyên mục ra vào ngày 26 hằng tháng');
    expect(column).not.toContain('dự kiến');
    expect(visibleText(html(columnPath('di-tich')))).not.toContain('chưa đăng kỳ nào');
  });

  it('features on the home page only what is published', () => {
    const home = html(paths.home);
    expect(home).toContain(`href="${RELIC_1}"`);
    expect(home).not.toContain('so-02-dinh-tan-phuoc');
    expect(visibleText(home)).toMatch(/Mỗi kỳ một gương sáng ?: chưa đăng kỳ nào; chuyên mục ra vào ngày 26 hằng tháng/);
    expect(visibleText(home)).not.toContain('dự kiến');
  });

  it('shows "Cập nhật lần cuối" on every content page, never before the content existed nor after the build day', () => {
    const contentPages = builtPages(site).filter((p) =>
      /^\/(van-ban\/[^/]+|cam-nang(\/[^/]+)?|nghi-quyet|ket-qua|ve-noi-dung|chuyen-muc\/di-tich|chuyen-muc\/[^/]+\/[^/]+)\/$/.test(p),
    );
    // The Gương sáng index has nothing published on this day, so it has no content of its own to date.
    expect(contentPages.length).toBeGreaterThanOrEqual(20);
    for (const page of contentPages) {
      const match = /Cập nhật lần cuối: (\d{2})\/(\d{2})\/(\d{4})/.exec(visibleText(html(page)));
      expect(match, page).not.toBeNull();
      const iso = `${match![3]}-${match![2]}-${match![1]}`;
      expect(iso >= '2026-11-26' && iso <= SITE_NOW, `${page}: ${iso}`).toBe(true);
    }
  });

  it('shows the configured marks of an official site in every footer', () => {
    for (const page of builtPages(site)) {
      const footer = visibleText(/<footer[\s\S]*<\/footer>/.exec(html(page))?.[0] ?? '');
      expect(footer, page).toContain(`Cơ quan chủ quản: ${FOOTER.SITE_GOVERNING_BODY}`);
      expect(footer, page).toContain(`Chịu trách nhiệm nội dung: ${FOOTER.SITE_RESPONSIBLE}`);
      expect(footer, page).toContain(`Địa chỉ: ${FOOTER.SITE_ADDRESS}`);
      expect(footer, page).toContain(`Liên hệ: ${FOOTER.SITE_CONTACT}`);
    }
  });

  it('keeps the footer to the official marks and its links, without the technical claim', () => {
    for (const page of builtPages(site)) {
      const footer = visibleText(/<footer[\s\S]*<\/footer>/.exec(html(page))?.[0] ?? '');
      expect(footer, page).not.toMatch(/cookie|tài nguyên từ trang khác/);
      expect(footer, page).toContain('Quyền riêng tư');
    }
  });

  it('has no page that says "Như tên gọi", "phương thức giám sát" or "Trang này" doing the work (issue 23)', () => {
    for (const page of builtPages(site)) {
      expect(visibleText(html(page)), page).not.toMatch(/như tên gọi|phương thức giám sát|trang này (không tóm tắt|dẫn đến|trình bày|đánh số|gộp)/i);
    }
    expect(visibleText(html(paths.privacy))).not.toMatch(/localStorage|JSON|connect-src|\btab\b|extension/);
  });

  it('never addresses the member as "bạn" nor speaks as "chúng tôi", on any page', () => {
    const pages = builtPages(site);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const text = visibleText(html(page));
      expect(text, page).not.toMatch(/(?<![\p{L}\p{M}])bạn(?![\p{L}\p{M}])/iu);
      expect(text, page).not.toMatch(/chúng tôi|trang này biên soạn/i);
    }
  });
});
