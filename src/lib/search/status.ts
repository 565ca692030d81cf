// What the status line under the search box says: one pure function, so every wording is tested.
import { formatNumber } from '../numbers.ts';

export type SearchPhase = 'idle' | 'loading' | 'searching' | 'done' | 'error';

export interface StatusInput {
  phase: SearchPhase;
  /** The normalised query the shown results answer. */
  query?: string;
  /** Results that hold every word of the query in one passage (or name the document by its number). */
  exact?: number;
  /** Looser results, listed apart: some words only as the start of another word, or far apart on the page. */
  loose?: number;
  /** True when a kind or year filter narrows the results. */
  filtered?: boolean;
  /** True when the browser says it has no network (an error then means the index part needed is not kept). */
  offline?: boolean;
}

export function searchStatus({ phase, query = '', exact = 0, loose = 0, filtered = false, offline = false }: StatusInput): string {
  switch (phase) {
    case 'idle':
      return 'Nhập từ khóa để tìm. Gõ có dấu hay không dấu đều được, kể cả chữ đ; có thể gõ số hiệu văn bản, ví dụ 99-QĐ/TW.';
    case 'loading':
      return 'Đang tải bộ tìm kiếm…';
    case 'error':
      if (offline) return 'Máy đang không có mạng, và phần bộ tìm kiếm cần cho từ khóa này chưa được lưu trên máy (máy chỉ lưu phần đã dùng khi tìm lúc có mạng). Hãy tìm lại khi có mạng.';
      return 'Không tải được bộ tìm kiếm. Hãy tải lại trang hoặc thử lại sau.';
  }
  if (!query) return 'Đang tìm…';
  const near = loose > 0 ? ` Có ${formatNumber(loose)} kết quả gần đúng, xếp riêng bên dưới.` : '';
  if (exact > 0) return `Tìm thấy ${formatNumber(exact)} kết quả cho “${query}”.${near}`;
  const hint = filtered ? 'Hãy bỏ bộ lọc, hoặc thử từ khóa ngắn hơn hay từ khác.' : 'Hãy thử từ khóa ngắn hơn hoặc từ khác.';
  if (loose > 0) return `Không tìm thấy kết quả nào có đủ các từ “${query}” ở gần nhau. Dưới đây là ${formatNumber(loose)} kết quả gần đúng.`;
  return `Không tìm thấy kết quả nào cho “${query}”. ${hint}`;
}
