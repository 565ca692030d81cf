// Vietnamese text of the self-check, kept together so it can be proof-read.
import type { Period } from '../lib/self-check/document.ts';
import { fillText } from '../lib/fill-text.ts';

/** A round's period by its `half` (none, 1, 2): "Năm 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026". */
const periodTexts = ['Năm {1}', '6 tháng đầu năm {1}', '6 tháng cuối năm {1}'] as const;

export function periodLabel(period: Period): string {
  return fillText(periodTexts[period.half ?? 0], period.year);
}

export const answerLabels = { co: 'Có', khong: 'Không' } as const;

export const privateWindowText = 'Cửa sổ ẩn danh (duyệt riêng tư) quên hết câu trả lời khi đóng.';

/** Every way a backup file can fail to be read ends with this: nothing was changed. */
const unchanged = 'Dữ liệu hiện có không thay đổi.';

/**
 * Every text the self-check's script shows, by key, with numbered places ("{1}" …) for its values. The page
 * writes them into a template (components/self-check/SelfCheckTexts.astro), so the script ships none of them and
 * they are proof-read here, in one place.
 */
export function selfCheckPageTexts() {
  return {
    // Storage, by the store's state ("{1}" in unsaved: how many entries are only on this page).
    unsaved:
      'Chưa lưu được {1} câu trả lời hoặc ghi chú vào trình duyệt (bộ nhớ của trình duyệt có thể đã đầy). Chúng vẫn còn trên trang này; trang sẽ thử lưu lại ở lần thay đổi sau — hãy tải tệp sao lưu để giữ chắc.',
    unavailable:
      'Trình duyệt này không cho trang lưu dữ liệu (có thể do chế độ duyệt riêng tư hoặc đã chặn lưu trữ). Đồng chí vẫn làm bài được, nhưng câu trả lời sẽ mất khi đóng trang — hãy tải tệp sao lưu trước khi đóng.',
    damaged:
      'Dữ liệu tự kiểm tra lưu trong trình duyệt bị hỏng và trang không cất riêng được một bản. Để không làm mất dữ liệu đó, trang không ghi đè: thay đổi bây giờ chỉ nằm trên trang này. Muốn bắt đầu lại từ đầu, hãy dùng “Xóa toàn bộ dữ liệu”.',
    newer:
      'Dữ liệu đã lưu được tạo bởi một phiên bản mới hơn của trang này. Để không làm hỏng dữ liệu đó, trang không ghi đè: thay đổi bây giờ chỉ nằm trên trang này. Hãy tải lại trang để dùng phiên bản mới.',
    'memory-only': 'Đang làm mà không lưu: trang không ghi gì vào trình duyệt; câu trả lời sẽ mất khi đóng hoặc tải lại trang.',
    'set-aside':
      'Dữ liệu tự kiểm tra lưu trước đây bị hỏng nên trang không đọc được. Trang không xóa mà đã cất riêng một bản (xem mục “Bản dữ liệu bị hỏng” ở cuối trang) và bắt đầu một bản mới.',
    migrated: 'Dữ liệu của đồng chí được lưu theo cách cũ và đã được chuyển sang cách lưu mới, không mất câu trả lời nào.',
    'storage-notice':
      'Lưu ý: câu trả lời chỉ được lưu trong trình duyệt trên máy này. Trình duyệt Safari (iPhone, iPad, máy Mac) có thể tự xóa dữ liệu của trang nếu đồng chí không mở trang trong 7 ngày. Để giữ lâu dài, hãy bấm “Tải tệp sao lưu” sau mỗi lần làm và cất tệp ở nơi an toàn.',
    'storage-notice-seen': 'Đã hiểu',
    // The task list's states.
    'chua-lam': 'Chưa làm',
    'dang-lam': 'Đang làm',
    'da-xong': 'Đã xong',
    'period-0': periodTexts[0],
    'period-1': periodTexts[1],
    'period-2': periodTexts[2],
    // The top of the page and the progress line.
    continue: 'Tiếp tục',
    'continue-where': '(nội dung {1})',
    'all-answered': 'Đã trả lời đủ {1} nội dung — xem kết quả',
    'memory-only-button': 'Làm mà không lưu',
    'erase-top': 'Xóa dữ liệu',
    'answered-count': 'nội dung đã trả lời',
    current: 'Biểu hiện {1}: {2}',
    'list-open': 'Danh sách',
    'list-heading': 'Danh sách {1} biểu hiện ({2} đã xong)',
    'list-close': 'Đóng danh sách',
    // Banners and questions.
    'banner-success': 'Đã xong',
    'banner-problem': 'Chưa làm được',
    'banner-close': 'Đóng thông báo',
    'erase-question':
      'Xóa toàn bộ câu trả lời, ghi chú và các lượt trước trên trình duyệt này? Việc này không làm lại được. Nếu muốn giữ, hãy tải tệp sao lưu trước.',
    'erase-yes': 'Có, xóa hết',
    'erase-no': 'Không xóa',
    erased: 'Đã xóa toàn bộ dữ liệu tự kiểm tra trên trình duyệt này.',
    'erase-refused':
      'Trình duyệt không cho xóa dữ liệu đã lưu. Câu trả lời trên trang đã được xóa; hãy xóa dữ liệu duyệt web của trang này trong phần cài đặt của trình duyệt.',
    // The result.
    'result-heading': 'Kết quả lượt {1}',
    'private-reminder':
      'Đây là việc tự soi, tự sửa của riêng đồng chí, không phải phiếu khảo sát, đánh giá của chi bộ. Kết quả chỉ nằm trong trình duyệt này và không được gửi cho ai.',
    'result-answered': 'Đã trả lời {1} trên {2} nội dung.',
    'result-none-marked': 'Chưa có nội dung nào được đánh dấu “Có”.',
    'result-marked': 'Có {1} biểu hiện có ít nhất một nội dung được đánh dấu “Có”.',
    'result-print': 'In kết quả và cam kết',
    'result-group': 'Nhóm {1}. {2}',
    'result-resolution-link': 'Nội dung biểu hiện {1} trong Nghị quyết',
    'result-handbook-link': 'Biểu hiện {1} trong cẩm nang',
    'result-marked-items': 'Nội dung đã đánh dấu “Có”:',
    'result-change-answer': 'Sửa câu trả lời {1}',
    'result-note-label': 'Cam kết và cách khắc phục của tôi với biểu hiện {1}',
    'result-note-empty': '(chưa ghi)',
    'result-unanswered': 'Nội dung chưa trả lời ({1})',
    'result-not-answered': 'chưa trả lời',
    'result-answer-item': 'Trả lời nội dung {1}',
    'compare-heading': 'So với lượt trước ({1})',
    'compare-appeared': 'Biểu hiện mới xuất hiện',
    'compare-went-away': 'Biểu hiện đã khắc phục (lượt này trả lời “Không” cả ba nội dung)',
    'compare-remained': 'Biểu hiện vẫn còn',
    'compare-undecided': 'Biểu hiện lượt trước có, lượt này chưa trả lời đủ',
    'compare-none': 'Không có',
    // The round.
    'round-heading': 'Lượt tự kiểm tra: {1}',
    'round-dates': 'Bắt đầu ngày {1}, sửa lần cuối ngày {2}. ',
    'round-saving': 'Mỗi câu trả lời được lưu ngay trong trình duyệt này.',
    'round-not-saving': 'Câu trả lời hiện chỉ nằm trên trang này, chưa được lưu.',
    'round-new': 'Bắt đầu lượt mới (cho năm hoặc 6 tháng khác)',
    'round-new-kept': 'Lượt hiện tại được giữ lại để xem và so sánh, nhưng không sửa được nữa.',
    'round-period': 'Kỳ của lượt mới',
    'round-start': 'Bắt đầu lượt mới',
    'round-started': 'Đã bắt đầu lượt mới: {1}. Các câu hỏi ở trên đã để trống cho lượt này.',
    'round-taken': 'Đã có lượt {1}. Hãy chọn kỳ khác.',
    // Earlier rounds.
    'earlier-heading': 'Các lượt trước (chỉ xem, không sửa)',
    'earlier-summary': '{1}: trả lời {2}/{3}, {4} biểu hiện có “Có”',
    'earlier-none': 'Không có biểu hiện nào được đánh dấu “Có”.',
    'earlier-marked': 'Biểu hiện {1}: {2} — nội dung {3}',
    'earlier-note': 'Cam kết: {1}',
    // Backup, restore and erase.
    'data-heading': 'Sao lưu, khôi phục và xóa dữ liệu',
    'data-intro': 'Tệp sao lưu chứa toàn bộ câu trả lời, các lượt và ghi chú. Đồng chí hãy cất tệp ở nơi chỉ mình dùng.',
    export: 'Tải tệp sao lưu',
    exported: 'Đã tạo tệp sao lưu {1} trong thư mục tải về của máy.',
    'import-label': 'Khôi phục từ tệp sao lưu',
    'import-hint': 'Nếu trên trình duyệt này đã có câu trả lời, trang sẽ cho biết tệp thay thế những gì và hỏi trước.',
    'import-question': replaceQuestionText,
    'import-yes': 'Có, thay thế',
    'import-no': 'Không thay thế',
    'import-cancelled': `Đã hủy khôi phục. ${unchanged}`,
    imported: importedText,
    'import-refused': `Trình duyệt không cho lưu dữ liệu của tệp (bộ nhớ có thể đã đầy). ${unchanged}`,
    // Why a backup file was not read, by the problem transfer.ts reports.
    'import-newer-version': `Tệp này được tạo bởi một phiên bản mới hơn của trang nên chưa đọc được. ${unchanged}`,
    'import-not-self-check': `Tệp này không phải tệp sao lưu tự kiểm tra của trang này. ${unchanged}`,
    'import-empty': `Tệp này trống. ${unchanged}`,
    'import-too-large': `Tệp này quá lớn, không phải tệp sao lưu tự kiểm tra. ${unchanged}`,
    'import-not-json': `Tệp này bị hỏng hoặc không đúng định dạng nên không đọc được. ${unchanged}`,
    'import-invalid': `Tệp này bị hỏng hoặc không đúng định dạng nên không đọc được. ${unchanged}`,
    'erase-data': 'Xóa toàn bộ dữ liệu',
    'set-aside-heading': 'Bản dữ liệu bị hỏng',
    'set-aside-intro':
      'Trang không đọc được các bản dưới đây nên đã cất riêng, không xóa. Đồng chí có thể tải về để nhờ người rành máy tính xem giúp, hoặc xóa nếu không cần.',
    'set-aside-when': 'Bản cất lúc {1}',
    'set-aside-download': 'Tải bản này về máy',
    'set-aside-remove': 'Xóa bản này',
    'set-aside-removed': 'Đã xóa bản dữ liệu bị hỏng.',
  };
}

/** "{1} câu trả lời và {2} ghi chú ({3} lượt)": counts of a backup file or of what the browser holds. */
const counted = (first: number) => `{${first}} câu trả lời và {${first + 1}} ghi chú ({${first + 2}} lượt)`;

/** Places: answers, notes, rounds restored; the file's name. */
const importedText = `Đã khôi phục ${counted(1)} từ tệp {4}.`;

/** Places: answers, notes, rounds on this browser; the file's name; answers, notes, rounds in the file. */
const replaceQuestionText = `Trên trình duyệt này đang có ${counted(1)}. Khôi phục từ tệp {4} sẽ thay thế toàn bộ số đó bằng ${counted(5)} của tệp. Đồng chí có muốn thay thế không?`;

export type PageTextKey = keyof ReturnType<typeof selfCheckPageTexts>;
