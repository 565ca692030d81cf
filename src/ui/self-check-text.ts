// Vietnamese text of the self-check, kept together so it can be proof-read.
import type { Period } from '../lib/self-check/document.ts';
import type { ImportResult } from '../lib/self-check/transfer.ts';
import { COUNT_MARK } from '../lib/self-check/anchors.ts';

export function periodLabel(period: Period): string {
  if (period.half === 1) return `6 tháng đầu năm ${period.year}`;
  if (period.half === 2) return `6 tháng cuối năm ${period.year}`;
  return `Năm ${period.year}`;
}

export const answerLabels = { co: 'Có', khong: 'Không' } as const;

export const privateReminder =
  'Đây là việc tự soi, tự sửa của riêng đồng chí, không phải phiếu khảo sát, đánh giá của chi bộ. Kết quả chỉ nằm trong trình duyệt này và không được gửi cho ai.';

/** The storage states the page reports (the same names as the store's, declared here so ui imports no store). */
export type StorageState = 'saved' | 'unsaved' | 'memory-only' | 'unavailable' | 'damaged' | 'newer';

/** What to tell the member about storage, or nothing when all is saved. `unsaved`: entries only on this page. */
export function storageStateText(state: StorageState, unsaved: number | string): string | undefined {
  switch (state) {
    case 'unsaved':
      return `Chưa lưu được ${unsaved} câu trả lời hoặc ghi chú vào trình duyệt (bộ nhớ của trình duyệt có thể đã đầy). Chúng vẫn còn trên trang này; trang sẽ thử lưu lại ở lần thay đổi sau — hãy tải tệp sao lưu để giữ chắc.`;
    case 'unavailable':
      return 'Trình duyệt này không cho trang lưu dữ liệu (có thể do chế độ duyệt riêng tư hoặc đã chặn lưu trữ). Đồng chí vẫn làm bài được, nhưng câu trả lời sẽ mất khi đóng trang — hãy tải tệp sao lưu trước khi đóng.';
    case 'damaged':
      return 'Dữ liệu tự kiểm tra lưu trong trình duyệt bị hỏng và trang không cất riêng được một bản. Để không làm mất dữ liệu đó, trang không ghi đè: thay đổi bây giờ chỉ nằm trên trang này. Muốn bắt đầu lại từ đầu, hãy dùng “Xóa toàn bộ dữ liệu”.';
    case 'newer':
      return 'Dữ liệu đã lưu được tạo bởi một phiên bản mới hơn của trang này. Để không làm hỏng dữ liệu đó, trang không ghi đè: thay đổi bây giờ chỉ nằm trên trang này. Hãy tải lại trang để dùng phiên bản mới.';
    case 'memory-only':
      return 'Đang làm mà không lưu: trang không ghi gì vào trình duyệt; câu trả lời sẽ mất khi đóng hoặc tải lại trang.';
    default:
      return undefined;
  }
}

export const setAsideText =
  'Dữ liệu tự kiểm tra lưu trước đây bị hỏng nên trang không đọc được. Trang không xóa mà đã cất riêng một bản (xem mục “Bản dữ liệu bị hỏng” ở cuối trang) và bắt đầu một bản mới.';

export const migratedText = 'Dữ liệu của đồng chí được lưu theo cách cũ và đã được chuyển sang cách lưu mới, không mất câu trả lời nào.';

export const storageNoticeText =
  'Lưu ý: câu trả lời chỉ được lưu trong trình duyệt trên máy này. Trình duyệt Safari (iPhone, iPad, máy Mac) có thể tự xóa dữ liệu của trang nếu đồng chí không mở trang trong 7 ngày. Để giữ lâu dài, hãy bấm “Tải tệp sao lưu” sau mỗi lần làm và cất tệp ở nơi an toàn.';

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

export const taskStateLabels = { 'chua-lam': 'Chưa làm', 'dang-lam': 'Đang làm', 'da-xong': 'Đã xong' } as const;

export const privateWindowText =
  'Cửa sổ ẩn danh (duyệt riêng tư) quên hết câu trả lời khi đóng.';

interface Counted {
  rounds: number;
  answers: number;
  notes: number;
}

const countText = ({ answers, notes }: Counted) => `${answers} câu trả lời và ${notes} ghi chú`;

export function importedText(imported: Counted, fileName: string): string {
  return `Đã khôi phục ${countText(imported)} (${imported.rounds} lượt) từ tệp ${fileName}.`;
}

export function replaceQuestionText(existing: Counted, imported: Counted, fileName: string): string {
  return `Trên trình duyệt này đang có ${countText(existing)} (${existing.rounds} lượt). Khôi phục từ tệp ${fileName} sẽ thay thế toàn bộ số đó bằng ${countText(imported)} (${imported.rounds} lượt) của tệp. Đồng chí có muốn thay thế không?`;
}

/**
 * The texts the self-check's script shows only when they apply, written into the page's HTML (a template) so the
 * script ships none of them: storage notices, the task list's states, and erasing.
 */
export function selfCheckPageTexts() {
  return {
    unsaved: storageStateText('unsaved', COUNT_MARK)!,
    unavailable: storageStateText('unavailable', 0)!,
    damaged: storageStateText('damaged', 0)!,
    newer: storageStateText('newer', 0)!,
    'memory-only': storageStateText('memory-only', 0)!,
    'set-aside': setAsideText,
    migrated: migratedText,
    'storage-notice': storageNoticeText,
    ...taskStateLabels,
    'erase-question':
      'Xóa toàn bộ câu trả lời, ghi chú và các lượt trước trên trình duyệt này? Việc này không làm lại được. Nếu muốn giữ, hãy tải tệp sao lưu trước.',
    erased: 'Đã xóa toàn bộ dữ liệu tự kiểm tra trên trình duyệt này.',
    'erase-refused':
      'Trình duyệt không cho xóa dữ liệu đã lưu. Câu trả lời trên trang đã được xóa; hãy xóa dữ liệu duyệt web của trang này trong phần cài đặt của trình duyệt.',
  };
}

export type PageTextKey = keyof ReturnType<typeof selfCheckPageTexts>;
