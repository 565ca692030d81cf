import { describe, expect, it } from 'vitest';
import { searchStatus } from '../../src/lib/search/status.ts';

describe('the status line', () => {
  it('asks for a query, then says Pagefind is loading, or that it failed and what to do', () => {
    expect(searchStatus({ phase: 'idle' })).toMatch(/^Nhập từ khóa để tìm\..*không dấu.*99-QĐ\/TW/);
    expect(searchStatus({ phase: 'loading' })).toBe('Đang tải bộ tìm kiếm…');
    expect(searchStatus({ phase: 'error' })).toMatch(/^Không tải được bộ tìm kiếm\. Hãy tải lại trang/);
  });

  it('counts the results with Vietnamese digit grouping and quotes the query', () => {
    expect(searchStatus({ phase: 'done', query: 'đảng viên', exact: 1234 })).toBe('Tìm thấy 1.234 kết quả cho “đảng viên”.');
  });

  it('keeps saying what is shown while a new query runs', () => {
    expect(searchStatus({ phase: 'searching', query: 'dia dao', exact: 3 })).toBe('Tìm thấy 3 kết quả cho “dia dao”.');
  });

  it('says it is searching when a first search has no answer yet', () => {
    expect(searchStatus({ phase: 'searching' })).toBe('Đang tìm…');
  });

  it('counts the results holding every word, and names the looser ones apart', () => {
    expect(searchStatus({ phase: 'done', query: 'dang vien', exact: 17, loose: 2 })).toBe('Tìm thấy 17 kết quả cho “dang vien”. Có 2 kết quả gần đúng, xếp riêng bên dưới.');
    expect(searchStatus({ phase: 'done', query: '99-QD/TW', exact: 5 })).toBe('Tìm thấy 5 kết quả cho “99-QD/TW”.');
    expect(searchStatus({ phase: 'done', query: 'Tăng Hữu Phong', loose: 2 })).toBe('Không tìm thấy kết quả nào có đủ các từ “Tăng Hữu Phong” ở gần nhau. Dưới đây là 2 kết quả gần đúng.');
  });

  it('says when nothing matches, suggesting to drop the filter when one is on', () => {
    expect(searchStatus({ phase: 'done', query: 'xqzvwk' })).toBe('Không tìm thấy kết quả nào cho “xqzvwk”. Hãy thử từ khóa ngắn hơn hoặc từ khác.');
    expect(searchStatus({ phase: 'done', query: 'xqzvwk', filtered: true })).toMatch(/Hãy bỏ bộ lọc/);
  });
});
