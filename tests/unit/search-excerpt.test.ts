import { describe, expect, it } from 'vitest';
import { buildExcerpt, splitWords } from '../../src/lib/search/excerpt.ts';
import { wordForms } from '../../src/lib/search/match.ts';
import { queryWords } from '../../src/lib/search/rank.ts';
import { headingRanges, toSearchHit, type PagefindFragment } from '../../src/lib/search/results.ts';

const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
const text = (html: string) => html.replace(/<[^>]+>/g, '');
/** Every position of the text: what Pagefind reports for a query matching everywhere (prefixes included). */
const everywhere = (content: string) => splitWords(content).map((_, i) => i);

describe('the words of a page as a query meets them', () => {
  it('fold marks and đ, drop twins and punctuation, and know the parts of a compound number', () => {
    expect(wordForms('Đảng\u00AD^~dang~^),')).toEqual({ whole: 'dang', parts: ['dang'] });
    expect(wordForms('124-QĐ/TW.')).toEqual({ whole: '124qdtw', parts: ['124', 'qd', 'tw'] });
    expect(wordForms('0,8')).toEqual({ whole: '0.8', parts: ['0.8'] });
    expect(wordForms('(02/02/2018)').parts).toEqual(['02.02.2018', '2018']);
  });
});

describe('an excerpt', () => {
  // A manifestation as the resolution page is indexed: its heading, then its summary repeating the name.
  const content =
    'Biểu hiện 11 — nhóm B, số 2: Tham nhũng, lãng phí. Tham nhũng, lãng phí dưới mọi hình thức. ' +
    'Biểu hiện 12 — nhóm B, số 3: Kê khai tài sản, thu nhập không trung thực. Kê khai tài sản, thu nhập không trung thực hoặc không rõ ràng. ' +
    'Ba nội dung tự kiểm tra: 12a. Tôi có lúc kê khai thiếu một khoản tài sản hoặc thu nhập phải kê khai. Công khai kết quả.';
  const words = splitWords(content);
  const at = (word: string, from = 0) => words.indexOf(word, from);
  const heading12: [number, number] = [at('Biểu', 5), at('Kê', at('Kê') + 1)];
  const source = { content, headings: [[0, at('Tham')] as [number, number], heading12], candidates: everywhere(content) };

  it('shows the passage holding every word, outside the heading the result already names, with each word highlighted once', () => {
    const html = buildExcerpt(source, { words: queryWords('ke khai tai san'), typing: false });
    // It opens the text under the heading: nothing cut before it, so no "…".
    expect(text(html)).toMatch(/^Kê khai tài sản, thu nhập không trung thực hoặc không rõ ràng\./);
    expect(text(html)).not.toContain('nhóm B, số 3');
    expect(marks(html).slice(0, 4)).toEqual(['Kê', 'khai', 'tài', 'sản']);
  });

  it('prefers the passage with all the words over one with only some ("công khai" alone)', () => {
    const html = buildExcerpt({ ...source, within: [at('Ba'), words.length] }, { words: queryWords('kê khai tài sản'), typing: false });
    expect(text(html)).toContain('kê khai thiếu một khoản tài sản');
    expect(marks(html)).not.toContain('khai,');
  });

  it('highlights whole words only: "tu" marks tự, not tục or tuyên', () => {
    const page = 'Tuyên truyền liên tục về việc tự phê bình và tu dưỡng.';
    const html = buildExcerpt({ content: page, headings: [], candidates: everywhere(page) }, { words: queryWords('tu'), typing: false });
    expect(marks(html)).toEqual(['tự', 'tu']);
  });

  it('highlights the typed start of the last word, and only that start, while the query is still being typed', () => {
    const page = 'Tuyên truyền liên tục về việc tự phê bình.';
    const html = buildExcerpt({ content: page, headings: [], candidates: everywhere(page) }, { words: queryWords('tu'), typing: true });
    expect(html).toContain('<mark>Tu</mark>yên');
    expect(html).toContain('<mark>tụ</mark>c');
    expect(marks(html)).toContain('tự');
  });

  it('puts punctuation outside the highlight and keeps the text escaped', () => {
    const page = 'Nói <b> “Đảng\u00AD^~dang~^”, viên.';
    const html = buildExcerpt({ content: page, headings: [], candidates: everywhere(page) }, { words: queryWords('dang'), typing: false });
    expect(html).toBe('Nói &lt;b&gt; “<mark>Đảng</mark>”, viên.');
  });

  it('marks no cut before the text that opens under a heading', () => {
    const page = 'Mục đích Kê khai tài sản đúng hạn. Sau đó nộp.';
    const html = buildExcerpt({ content: page, headings: [[0, 2]], candidates: everywhere(page) }, { words: queryWords('ke khai'), typing: false });
    expect(text(html)).toBe('Kê khai tài sản đúng hạn. Sau đó nộp.');
  });

  it('shows the opening of the text, not a heading, when only a heading matched', () => {
    const page = 'Quy định trách nhiệm nêu gương. Mục đích. Văn bản nói về cán bộ.';
    const html = buildExcerpt({ content: page, headings: [[0, 6], [6, 8]], candidates: [4, 5] }, { words: queryWords('nêu gương'), typing: false });
    expect(text(html)).toBe('Văn bản nói về cán bộ.');
  });
});

describe('a result built from what Pagefind returns', () => {
  const content = 'Nghị quyết Trung ương 4. Mục đích. Nghị quyết số 04-NQ/TW nêu 27 biểu hiện. Biểu hiện 4 — nhóm A. Không chấp hành.';
  const fragment: PagefindFragment = {
    url: '/p/',
    content,
    excerpt: '',
    meta: { title: 'Nghị quyết Trung ương 4', number: '04-NQ/TW' },
    filters: { kind: ['Nghị quyết'] },
    anchors: [
      { element: 'h2', id: 'muc-dich', text: 'Mục đích', location: 5 },
      { element: 'h3', id: 'phan-4', text: 'Biểu hiện 4 — nhóm A.', location: 15 },
    ],
    weighted_locations: [4, 17].map((location) => ({ weight: 1, balanced_score: 10, location })),
  };

  it('knows the headings, the title at the top included', () => {
    expect(headingRanges(fragment)).toEqual([[5, 7], [15, 21], [0, 5]]);
  });

  it('named by its number, links to its top and shows its opening with the number highlighted in its details', () => {
    const hit = toSearchHit(fragment, [], { words: queryWords('4'), typing: false }, 'number');
    expect(hit.targetUrl).toBe('/p/');
    expect(hit.section).toBeUndefined();
    expect(hit.matchedBy).toBe('number');
    expect(text(hit.excerptHtml)).toMatch(/^Nghị quyết số 04-NQ\/TW nêu 27 biểu hiện\./);
  });

  it('found by its words, links to the section they are in', () => {
    const hit = toSearchHit({ ...fragment, weighted_locations: [22, 23].map((location) => ({ weight: 1, balanced_score: 10, location })) }, [], { words: queryWords('chấp hành'), typing: false });
    expect(hit.targetUrl).toBe('/p/#phan-4');
    expect(hit.matchedBy).toBeUndefined();
  });
});
