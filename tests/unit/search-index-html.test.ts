import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from '../../src/lib/search/index-html.ts';

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>Đảng</title></head><body>${body}</body></html>`;

describe('the indexed copy of a page', () => {
  it('gives words with đ a folded twin in the text', () => {
    expect(prepareHtmlForIndex(page('<h1>Đảng viên</h1><p>Địa <em>đạo</em></p>'))).toBe(
      page('<h1>Đảng\u00AD^~dang~^ viên</h1> <p>Địa\u00AD^~dia~^ <em>đạo\u00AD^~dao~^</em></p> '),
    );
  });

  it('keeps the words of adjacent blocks, and of spans side by side, apart where minified HTML glues them', () => {
    expect(prepareHtmlForIndex(page('<ul><li>Một</li><li>Hai</li></ul>'))).toBe(page('<ul><li>Một</li> <li>Hai</li> </ul> '));
    expect(prepareHtmlForIndex(page('<li><span>12a.</span><span>Tôi có lúc</span></li>'))).toBe(page('<li><span>12a.</span> <span>Tôi có lúc</span></li> '));
  });

  it('leaves field labels out of the index, so no label runs into the text of an excerpt', () => {
    expect(prepareHtmlForIndex(page('<p class="wording__summary"><a class="label-summary" href="/x">Tóm tắt nội dung</a> Kê khai</p>'))).toBe(
      page('<p class="wording__summary"><a class="label-summary" href="/x" data-pagefind-ignore>Tóm tắt nội dung</a> Kê khai</p> '),
    );
    expect(prepareHtmlForIndex(page('<p><span class="source-list__label">Nguồn:</span> Báo</p>'))).toBe(
      page('<p><span class="source-list__label" data-pagefind-ignore>Nguồn:</span> Báo</p> '),
    );
    expect(prepareHtmlForIndex(page('<p class="notice">Không phải toàn văn</p><p class="labelled">x</p>'))).toBe(
      page('<p class="notice" data-pagefind-ignore>Không phải toàn văn</p> <p class="labelled">x</p> '),
    );
  });

  it('leaves out a table’s caption and a chart, which repeat the heading and the table', () => {
    expect(prepareHtmlForIndex(page('<h2>Tinh giản</h2><svg><title>Tinh giản</title></svg><table><caption>Bảng số liệu: Tinh giản</caption><tr><td>20</td></tr></table>'))).toBe(
      page('<h2>Tinh giản</h2> <svg data-pagefind-ignore><title>Tinh giản</title></svg><table><caption data-pagefind-ignore>Bảng số liệu: Tinh giản</caption> <tr><td>20</td> </tr> </table> '),
    );
  });

  it('leaves a list’s terms out and ends each value as a sentence, so "Chủ đề Địa đạo Kỳ số 1" becomes "Địa đạo. 1."', () => {
    expect(prepareHtmlForIndex(page('<dl><div><dt>Chủ đề</dt><dd><a>Địa đạo</a></dd></div><dt>Kỳ số</dt><dd>1</dd><dt>Nguồn</dt><dd>Báo.</dd></dl>'))).toBe(
      page(
        '<dl><div><dt data-pagefind-ignore>Chủ đề</dt> <dd><a>Địa\u00AD^~dia~^ đạo\u00AD^~dao~^</a>.</dd> </div> <dt data-pagefind-ignore>Kỳ số</dt> <dd>1.</dd> <dt data-pagefind-ignore>Nguồn</dt> <dd>Báo.</dd> </dl> ',
      ),
    );
  });

  it('leaves the head, attributes, scripts and styles alone', () => {
    const html = page('<a title="Đảng" href="/đ/">x</a><script>if (a<b) x = "Đảng";</script><style>p::before{content:"đ"}</style>');
    expect(prepareHtmlForIndex(html)).toBe(html);
  });

  it('leaves filter and meta values and ignored parts alone, so no twin leaks into a filter name', () => {
    const html = page('<span data-pagefind-ignore><span data-pagefind-filter="kind">Quyết định</span></span><span data-pagefind-meta="date">Đ</span><b>đi</b>');
    expect(prepareHtmlForIndex(html)).toBe(page('<span data-pagefind-ignore><span data-pagefind-filter="kind">Quyết định</span></span> <span data-pagefind-meta="date">Đ</span><b>đi\u00AD^~di~^</b>'));
  });

  it('follows nesting: text after an ignored element gets twins again', () => {
    const html = page('<span data-pagefind-ignore><b>đ</b><br>đ</span><b>đ</b>');
    expect(prepareHtmlForIndex(html)).toBe(page('<span data-pagefind-ignore><b>đ</b><br>đ</span><b>đ\u00AD^~d~^</b>'));
  });
});
