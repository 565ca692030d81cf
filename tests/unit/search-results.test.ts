import { describe, expect, it } from 'vitest';
import { bestSection, kindOf, safeExcerptHtml, toSearchHit, type PagefindFragment, type SitePlace } from '../../src/lib/search/results.ts';

// Places as the caller passes them (the site's sections and the home page), written out here.
const places: SitePlace[] = [
  { href: '/van-ban/', label: 'Văn bản' },
  { href: '/chuyen-muc/di-tich/', label: 'Di tích, địa chỉ đỏ' },
  { href: '/', label: 'Trang chủ' },
];

const anchors = [
  { element: 'h2', id: 'nhom-a', text: 'Nhóm A', location: 10 },
  { element: 'li', id: 'bieu-hien-1', text: 'Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin vào chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh', location: 13 },
  { element: 'li', id: 'bieu-hien-2', text: 'Nhận thức sai lệch', location: 40 },
];

describe('the best matching section', () => {
  it('is the anchor whose part of the page holds the most match weight', () => {
    const locations = [
      { weight: 1, balanced_score: 10, location: 3 },
      { weight: 1, balanced_score: 30, location: 14 },
      { weight: 1, balanced_score: 30, location: 15 },
      { weight: 1, balanced_score: 20, location: 41 },
    ];
    expect(bestSection(anchors, locations)?.id).toBe('bieu-hien-1');
  });

  it('links to the section rather than its heading when both start at the same word, and is named by the heading', () => {
    const nested = [
      { element: 'li', id: 'bieu-hien-5', text: 'Biểu hiện 5 Giấu khuyết điểm, nể nang trong phê bình Tóm tắt', location: 20 },
      { element: 'h3', id: 'bieu-hien-5-tieu-de', text: 'Biểu hiện 5: Giấu khuyết điểm, nể nang trong phê bình.', location: 20 },
    ];
    expect(bestSection(nested, [{ weight: 1, balanced_score: 9, location: 27 }])).toEqual({
      id: 'bieu-hien-5',
      label: 'Biểu hiện 5: Giấu khuyết điểm, nể nang trong phê bình',
      range: [20, Infinity],
    });
  });

  it('is none when the match lies above every anchor', () => {
    expect(bestSection(anchors, [{ weight: 5, balanced_score: 100, location: 2 }])).toBeNull();
  });
});

describe('a result', () => {
  const fragment: PagefindFragment = {
    url: '/nghi-quyet/',
    content: 'Các biểu hiện suy thoái của đảng\u00AD^~dang~^ viên',
    excerpt: 'Các biểu hiện suy thoái của <mark>đảng\u00AD^~dang~^</mark> viên &lt;b&gt;',
    meta: { title: 'Nghị quyết Trung ương 4 và 27 biểu hiện của Đảng\u00AD^~dang~^', date: '2016-10-30', number: '04-NQ/TW' },
    filters: { kind: ['Nghị quyết'] },
    anchors,
    weighted_locations: [{ weight: 1, balanced_score: 50, location: 14 }],
  };

  it('links to the best section and names it by its first words', () => {
    const hit = toSearchHit(fragment, places);
    expect(hit.targetUrl).toBe('/nghi-quyet/#bieu-hien-1');
    expect(hit.section).toBe('Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin…');
  });

  it('shows title, kind, number and date without twins', () => {
    const hit = toSearchHit(fragment, places);
    expect(hit.title).toBe('Nghị quyết Trung ương 4 và 27 biểu hiện của Đảng');
    expect([hit.kind, hit.number, hit.date]).toEqual(['Nghị quyết', '04-NQ/TW', '2016-10-30']);
  });

  it('keeps only <mark> as markup in the excerpt', () => {
    expect(toSearchHit(fragment, places).excerptHtml).toBe('Các biểu hiện suy thoái của <mark>đảng</mark> viên &lt;b&gt;');
  });

  it('cannot carry a script from the page text into the results', () => {
    expect(safeExcerptHtml('&lt;img src=x onerror=alert(1)&gt; <mark>đảng</mark>')).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>đảng</mark>');
  });
});

describe('the kind a result shows', () => {
  it('is the kind the page declares, else the section of the site it is in', () => {
    expect(kindOf('/van-ban/quyet-dinh-99-qd-tw/', 'Quyết định', places)).toBe('Quyết định');
    expect(kindOf('/van-ban/', undefined, places)).toBe('Văn bản');
    expect(kindOf('/chuyen-muc/di-tich/', undefined, places)).toBe('Di tích, địa chỉ đỏ');
    expect(kindOf('/', undefined, places)).toBe('Trang chủ');
  });
});
