import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function siteWith(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  made.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="vi"><head><title>x</title></head><body>${body}</body></html>`);
  }
  return dir;
}

/** The indexed text of every page, read back from Pagefind's fragment files (gzip, after a 12-byte signature). */
function indexedContents(dir: string): string[] {
  const fragments = join(dir, 'pagefind', 'fragment');
  return readdirSync(fragments).map((file) => JSON.parse(gunzipSync(readFileSync(join(fragments, file))).subarray(12).toString('utf8')).content as string);
}

describe('the search index the build writes', () => {
  it('holds only pages marked for it, only their main content, with folded twins for words with đ', async () => {
    const dir = siteWith({
      'van-ban/a': '<header>Tìm kiếm trên trang</header><main data-pagefind-body><h1>Đảng bộ quận</h1><p>Địa đạo</p></main><footer>Chân trang</footer>',
      'tim-kiem': '<main><h1>Tìm kiếm</h1></main>',
    });
    const stats = await buildSearchIndex(dir);
    expect(stats.pages).toBe(1);
    expect(stats.files).toBe(2);
    const [content] = indexedContents(dir);
    expect(content).toContain('Đảng\u00AD^~dang~^ bộ quận');
    expect(content).not.toContain('Tìm kiếm');
    expect(content).not.toContain('Chân trang');
    // The built page itself is left as it was.
    expect(readFileSync(join(dir, 'van-ban/a/index.html'), 'utf8')).not.toContain('^~');
  });

  it('keeps field labels out of the indexed text, and ends each listed value as a sentence', async () => {
    const dir = siteWith({
      a:
        '<main data-pagefind-body><h1>Kê khai</h1><p><a class="label-summary" href="/x">Tóm tắt nội dung</a> Kê khai tài sản.</p>' +
        '<dl><div><dt>Chủ đề</dt><dd>Địa đạo</dd></div><div><dt>Kỳ số</dt><dd>1</dd></div></dl></main>',
    });
    await buildSearchIndex(dir);
    const [content] = indexedContents(dir);
    expect(content).toContain('Kê khai tài sản.');
    expect(content).not.toContain('Tóm tắt');
    expect(content).not.toContain('Chủ đề');
    expect(content).toMatch(/đạo\u00AD\^~dao~\^\. 1\./);
  });

  it('fails when no page marks its main content, instead of indexing the site chrome', async () => {
    const dir = siteWith({ a: '<header>Tìm kiếm trên trang</header><main><h1>Không đánh dấu</h1></main>' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/no page marks its main content/);
  });
});
