// Vietnamese text of the tally, kept together so it can be proof-read.
import type { PersistedStatus } from '../../stores/persisted-document.ts';
import type { TotalsReadResult, AddFileResult } from '../../lib/tally/transfer.ts';
import { periodLabel } from '../../ui/self-check-text.ts';
import { formatNumber, formatPercent } from '../../lib/numbers.ts';
import { shareOf } from '../../lib/tally/results.ts';

export { periodLabel };

export const CO = '“Có”';

/** "3 phiếu". */
export function ballotsText(count: number): string {
  return `${formatNumber(count)} phiếu`;
}

/** "66,67%", or a dash when nothing was counted. */
export function shareText(part: number, whole: number): string {
  const share = shareOf(part, whole);
  return share === null ? '—' : formatPercent(share);
}

/** A change with its sign: "+3", "−2", "0". */
export function signed(value: number, fractionDigits = 0): string {
  const text = formatNumber(value, fractionDigits);
  return value > 0 && Number(value.toFixed(fractionDigits)) !== 0 ? `+${text}` : text;
}

export function statusText(status: PersistedStatus): string | undefined {
  switch (status.state) {
    case 'unavailable':
      return 'Trình duyệt này không cho trang lưu dữ liệu (có thể đang ở chế độ duyệt riêng tư hoặc đã chặn lưu trữ). Đồng chí vẫn nhập phiếu được, nhưng số liệu sẽ mất khi đóng trang: hãy in biên bản và tải tệp tổng hợp trước khi đóng.';
    case 'unsaved':
      return `Bộ nhớ của trình duyệt đã đầy: ${formatNumber(status.unsaved)} thay đổi mới nhất chưa được lưu, nhưng vẫn còn trên trang này và sẽ được lưu ngay khi có chỗ. Đồng chí đừng đóng trang; hãy giải phóng bớt dung lượng của trình duyệt, hoặc in biên bản và tải tệp tổng hợp.`;
    case 'damaged':
      return 'Dữ liệu kiểm phiếu lưu trong trình duyệt bị hỏng và trang không cất riêng được một bản. Để không làm mất nó, trang không ghi đè: các phiếu nhập bây giờ chỉ nằm trên trang này.';
    case 'newer':
      return 'Dữ liệu kiểm phiếu đã lưu được tạo bởi một phiên bản mới hơn của trang. Để không làm hỏng dữ liệu đó, trang không ghi đè: các phiếu nhập bây giờ chỉ nằm trên trang này. Hãy tải lại trang để dùng phiên bản mới.';
    case 'memory-only':
      return 'Trang đang không lưu: các phiếu nhập chỉ nằm trên trang này.';
    default:
      return undefined;
  }
}

export const setAsideText =
  'Dữ liệu kiểm phiếu lưu trước đây bị hỏng nên trang không đọc được. Trang không xóa nó mà đã cất riêng một bản trong trình duyệt và bắt đầu một bản mới.';

export const smallCountWarning =
  'Số phiếu dưới 5: với số nhỏ như vậy, các con số tổng hợp có thể giúp người khác đoán ra phiếu của từng người. Đồng chí cân nhắc trước khi gửi tệp; có thể báo cáo gộp với chi bộ khác hoặc chỉ báo cáo trong chi ủy.';

export function readErrorText(result: TotalsReadResult, fileName: string): string {
  if (result.ok) return '';
  const prefix = `Tệp “${fileName}” không được cộng:`;
  switch (result.problem) {
    case 'empty':
      return `${prefix} tệp trống.`;
    case 'too-large':
    case 'not-json':
    case 'not-totals':
      return `${prefix} đây không phải tệp tổng hợp kiểm phiếu của trang này.`;
    case 'newer':
      return `${prefix} tệp được tạo bởi một phiên bản mới hơn của trang. Hãy tải lại trang rồi thử lại.`;
    case 'checksum':
      return `${prefix} các con số trong tệp không khớp với mã kiểm tra, có thể tệp đã bị sửa tay hoặc hỏng. Đề nghị chi bộ xuất lại tệp.`;
    case 'inconsistent':
      return `${prefix} các con số trong tệp mâu thuẫn nhau (ví dụ số phiếu có “Có” lớn hơn tổng số phiếu). Đề nghị chi bộ xuất lại tệp.`;
    default:
      return `${prefix} tệp thiếu thông tin hoặc sai định dạng.`;
  }
}

export function addErrorText(result: AddFileResult, fileName: string): string {
  if (result.ok) return '';
  if (result.problem === 'other-period') {
    return `Tệp “${fileName}” không được cộng: tệp thuộc đợt ${periodLabel(result.period).toLowerCase()}, khác với đợt đang cộng (${periodLabel(result.expected).toLowerCase()}).`;
  }
  return result.identical
    ? `Tệp “${fileName}” không được cộng: số liệu của ${result.unit} đã được cộng rồi (cùng một tệp).`
    : `Tệp “${fileName}” không được cộng: đã có số liệu của ${result.unit} với các con số khác. Nếu tệp này thay cho tệp trước, hãy bỏ tệp trước ra rồi cộng lại.`;
}
