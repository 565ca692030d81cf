// Vietnamese text of the self-check, kept together so it can be proof-read.
import type { Period } from '../lib/self-check/document.ts';
import type { StorageProblem } from '../stores/self-check.ts';
import type { ImportResult } from '../lib/self-check/transfer.ts';

export function periodLabel(period: Period): string {
  if (period.half === 1) return `6 tháng đầu năm ${period.year}`;
  if (period.half === 2) return `6 tháng cuối năm ${period.year}`;
  return `Năm ${period.year}`;
}

export const answerLabels = { co: 'Có', khong: 'Không' } as const;

export const privateReminder =
  'Đây là việc tự soi, tự sửa của riêng bạn, không phải phiếu khảo sát, đánh giá của chi bộ. Kết quả chỉ nằm trong trình duyệt này và không được gửi cho ai.';

export const storageProblemText: Record<StorageProblem, string> = {
  unavailable:
    'Trình duyệt này không cho trang lưu dữ liệu (có thể do đang ở chế độ duyệt riêng tư hoặc đã chặn lưu trữ). Bạn vẫn làm bài được, nhưng câu trả lời sẽ mất khi đóng trang. Muốn giữ lại, hãy bấm “Tải tệp sao lưu” trước khi đóng.',
  full:
    'Bộ nhớ của trình duyệt đã đầy nên thay đổi mới nhất chưa được lưu. Câu trả lời vẫn còn trên trang này. Hãy bấm “Tải tệp sao lưu” để giữ lại, rồi giải phóng bớt dung lượng của trình duyệt.',
  damaged:
    'Dữ liệu tự kiểm tra lưu trước đây bị hỏng nên trang không đọc được. Trang không xóa nó mà đã cất riêng một bản (xem mục “Bản dữ liệu bị hỏng” bên dưới) và bắt đầu một bản mới.',
  'damaged-kept-in-place':
    'Dữ liệu tự kiểm tra lưu trong trình duyệt bị hỏng và trang không cất riêng được một bản. Để không làm mất nó, trang sẽ không ghi đè: thay đổi bây giờ chỉ nằm trên trang này. Muốn bắt đầu lại từ đầu, hãy dùng “Xóa toàn bộ dữ liệu”.',
  newer:
    'Dữ liệu đã lưu được tạo bởi một phiên bản mới hơn của trang này. Để không làm hỏng dữ liệu đó, trang sẽ không ghi đè: thay đổi bây giờ chỉ nằm trên trang này. Hãy tải lại trang để dùng phiên bản mới.',
};

export const migratedText = 'Dữ liệu của bạn được lưu theo cách cũ và đã được chuyển sang cách lưu mới, không mất câu trả lời nào.';

export const storageNoticeText =
  'Lưu ý: câu trả lời chỉ được lưu trong trình duyệt trên máy này. Trình duyệt Safari (iPhone, iPad, máy Mac) có thể tự xóa dữ liệu của trang nếu bạn không mở trang trong 7 ngày. Để giữ lâu dài, hãy bấm “Tải tệp sao lưu” sau mỗi lần làm và cất tệp ở nơi an toàn.';

export function importErrorText(result: ImportResult): string {
  if (result.ok) return '';
  switch (result.problem) {
    case 'newer-version':
      return 'Tệp này được tạo bởi một phiên bản mới hơn của trang nên chưa đọc được. Dữ liệu hiện có không thay đổi.';
    case 'not-self-check':
      return 'Tệp này không phải tệp sao lưu tự kiểm tra của trang này. Dữ liệu hiện có không thay đổi.';
    case 'empty':
      return 'Tệp này trống. Dữ liệu hiện có không thay đổi.';
    case 'too-large':
      return 'Tệp này quá lớn, không phải tệp sao lưu tự kiểm tra. Dữ liệu hiện có không thay đổi.';
    default:
      return 'Tệp này bị hỏng hoặc không đúng định dạng nên không đọc được. Dữ liệu hiện có không thay đổi.';
  }
}
