import { describe, expect, it } from 'vitest';
import { searchMetaHtml } from '../../src/lib/search/fields.ts';

describe('the search metadata a page carries', () => {
  it('gives kind and year as filters, date, number and number keys as meta, the date to sort by, all inside an ignored hidden block', () => {
    const html = searchMetaHtml({ kind: 'Quyết định', date: '2017-10-03', number: '99-QĐ/TW' });
    expect(html).toMatch(/^<div hidden data-pagefind-ignore>.*<\/div>$/);
    expect(html).toContain('<span data-pagefind-filter="kind">Quyết định</span>');
    expect(html).toContain('<span data-pagefind-filter="year">2017</span>');
    expect(html).toContain('<span data-pagefind-meta="date">2017-10-03</span>');
    expect(html).toContain('<span data-pagefind-meta="number">99-QĐ/TW</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2017-10-03</span>');
    expect(html).toMatch(/data-pagefind-meta="numkeys:vbso99qdtw vbso99qd vbso99so vbso99quyetdinh vbsongay20171003"/);
  });

  it('has no year, date or number when the page has none, and escapes the text', () => {
    expect(searchMetaHtml({ kind: 'Di tích & <địa chỉ đỏ>' })).toBe(
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">Di tích &amp; &lt;địa chỉ đỏ&gt;</span></div>',
    );
  });
});
