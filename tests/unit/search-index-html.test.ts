import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from '../../src/lib/search/index-html.ts';

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>Đảng</title></head><body>${body}</body></html>`;

describe('the indexed copy of a page', () => {
  it('gives words with đ a folded twin in the text', () => {
    expect(prepareHtmlForIndex(page('<h1>Đảng viên</h1><p>Địa <em>đạo</em></p>'))).toBe(
      page('<h1>Đảng\u00AD^~dang~^ viên</h1> <p>Địa\u00AD^~dia~^ <em>đạo\u00AD^~dao~^</em></p> '),
    );
  });

  it('keeps the words of adjacent blocks apart where minified HTML glues them', () => {
    expect(prepareHtmlForIndex(page('<dl><dt>Chủ đề</dt><dd>Địa đạo</dd></dl>'))).toBe(
      page('<dl><dt>Chủ đề\u00AD^~de~^</dt> <dd>Địa\u00AD^~dia~^ đạo\u00AD^~dao~^</dd> </dl> '),
    );
  });

  it('leaves the head, attributes, scripts and styles alone', () => {
    const html = page('<a title="Đảng" href="/đ/">x</a><script>if (a<b) x = "Đảng";</script><style>p::before{content:"đ"}</style>');
    expect(prepareHtmlForIndex(html)).toBe(html);
  });

  it('leaves filter and meta values and ignored parts alone, so no twin leaks into a filter name', () => {
    const html = page('<span data-pagefind-ignore><span data-pagefind-filter="kind">Quyết định</span></span><span data-pagefind-meta="date">Đ</span><b>đi</b>');
    expect(prepareHtmlForIndex(html)).toBe(page('<span data-pagefind-ignore><span data-pagefind-filter="kind">Quyết định</span></span><span data-pagefind-meta="date">Đ</span><b>đi\u00AD^~di~^</b>'));
  });

  it('follows nesting: text after an ignored element gets twins again', () => {
    const html = page('<span data-pagefind-ignore><b>đ</b><br>đ</span><b>đ</b>');
    expect(prepareHtmlForIndex(html)).toBe(page('<span data-pagefind-ignore><b>đ</b><br>đ</span><b>đ\u00AD^~d~^</b>'));
  });
});
