import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from '../../src/lib/search/index-html.ts';

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>Đảng</title></head><body>${body}</body></html>`;

describe('the indexed copy of a page', () => {
  it('gives words with đ a folded twin in the text', () => {
    expect(prepareHtmlForIndex(page('<main data-pagefind-body><h1>Đảng viên</h1><p>Địa <em>đạo</em></p></main>'))).toBe(
      page('<main data-pagefind-body><h1>Đảng ^~dang viên</h1><p>Địa ^~dia <em>đạo ^~dao</em></p></main>'),
    );
  });

  it('leaves the head, attributes, scripts and styles alone', () => {
    const html = page('<a title="Đảng" href="/đ/">x</a><script>if (a<b) x = "Đảng";</script><style>p::before{content:"đ"}</style>');
    expect(prepareHtmlForIndex(html)).toBe(html);
  });

  it('leaves filter and meta values and ignored parts alone, so no twin leaks into a filter name', () => {
    const html = page('<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">Quyết định</span></div><span data-pagefind-meta="date">Đ</span><p>đi</p>');
    expect(prepareHtmlForIndex(html)).toBe(page('<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">Quyết định</span></div><span data-pagefind-meta="date">Đ</span><p>đi ^~di</p>'));
  });

  it('follows nesting: text after an ignored element gets twins again', () => {
    const html = page('<div data-pagefind-ignore><div>đ</div><br>đ</div><p>đ</p>');
    expect(prepareHtmlForIndex(html)).toBe(page('<div data-pagefind-ignore><div>đ</div><br>đ</div><p>đ ^~d</p>'));
  });
});
