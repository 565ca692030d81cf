// Vietnamese text of the self-check, kept together so it can be proof-read.
import type { Period } from '../lib/self-check/document.ts';
import { fillText } from '../lib/fill-text.ts';

/** A round's period by its `half` (none, 1, 2): "Năm 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026". */
const periodTexts = ['Năm {1}', '6 tháng đầu năm {1}', '6 tháng cuối năm {1}'] as const;

export function periodLabel(period: Period): string {
  return fillText(periodTexts[period.half ?? 0], period.year);
}

export const answerLabels = { co: 'Có', khong: 'Không', 'khong-thuoc-dien': 'Không thuộc diện' } as const;

/** Under an item that concerns only some members (its `appliesTo`), in the page's HTML. */
export const scopeHints = {
  'office-holder': 'Nội dung này chỉ đặt ra với đồng chí có giữ chức vụ; đồng chí không giữ chức vụ chọn “Không thuộc diện”.',
  declarant: 'Nội dung này chỉ đặt ra với đồng chí có nghĩa vụ kê khai tài sản, thu nhập; đồng chí không thuộc diện kê khai chọn “Không thuộc diện”.',
} as const;

/** The page's opening, added when some items offer "Không thuộc diện". */
export const notApplicableIntro = 'Một số nội dung chỉ đặt ra với người giữ chức vụ hoặc người có nghĩa vụ kê khai tài sản: ở các nội dung đó có thêm lựa chọn “Không thuộc diện”, không tính là “Có” hay “Không”.';

/** Without JavaScript nothing is kept: said plainly, the page not being the one who acts. */
export const noScriptText = 'Trình duyệt đang tắt JavaScript: đồng chí vẫn đọc và in được các nội dung, nhưng câu trả lời không được lưu và kết quả không được tính.';

export const privateWindowText = 'Cửa sổ ẩn danh (duyệt riêng tư) quên hết câu trả lời khi đóng.';

/** Every way a backup file can fail to be read ends with this: nothing was changed. */
const unchanged = 'Dữ liệu hiện có không thay đổi.';

/** What to do with a file that cannot be read. */
const chooseAnother = 'Hãy chọn tệp sao lưu khác: tệp tải về bằng nút “Tải tệp sao lưu”, có tên dạng tu-kiem-tra-năm-tháng-ngày.json, chưa mở ra sửa.';

/**
 * Every text the self-check's script shows, by key, with numbered places ("{1}" …) for its values. The page
 * writes them into a template (components/self-check/SelfCheckTexts.astro), so the script ships none of them and
 * they are proof-read here, in one place.
 */
export function selfCheckPageTexts() {
  return {
    // Storage, by the store's state ("{1}" in unsaved: how many entries are only on this page).
    unsaved:
      'Chưa lưu được {1} câu trả lời hoặc ghi chú vào trình duyệt (bộ nhớ của trình duyệt có thể đã đầy). Chúng vẫn còn trên trang này và sẽ được lưu thử lại ở lần thay đổi sau. Để giữ chắc, hãy bấm “Tải tệp sao lưu”.',
    unavailable:
      'Trình duyệt này không cho lưu dữ liệu (có thể do đang ở chế độ duyệt riêng tư hoặc đã chặn việc lưu). Đồng chí vẫn làm bài được, nhưng câu trả lời sẽ mất khi đóng trang; hãy bấm “Tải tệp sao lưu” trước khi đóng.',
    damaged:
      'Dữ liệu tự kiểm tra đã lưu trong trình duyệt bị hỏng và không cất riêng được một bản. Để dữ liệu đó không mất, nó được giữ nguyên; vì vậy những gì đồng chí làm bây giờ chưa được lưu, chỉ nằm trên trang này. Muốn giữ, hãy bấm “Tải tệp sao lưu”; muốn bắt đầu lại từ đầu, hãy dùng “Xóa toàn bộ dữ liệu”.',
    newer:
      'Dữ liệu đã lưu được ghi bởi bản mới hơn của trang Tự kiểm tra (trang vừa được cập nhật, có thể đang mở ở cửa sổ khác). Dữ liệu đó được giữ nguyên; những gì đồng chí làm ở đây chưa được lưu. Hãy tải lại trang (phím F5 hoặc nút tải lại của trình duyệt) rồi làm tiếp.',
    'memory-only': 'Đang làm mà không lưu: không có gì được ghi vào trình duyệt; câu trả lời sẽ mất khi đóng hoặc tải lại trang.',
    'set-aside':
      'Dữ liệu tự kiểm tra lưu trước đây bị hỏng, không đọc được. Dữ liệu đó không bị xóa mà được cất riêng một bản (xem mục «Bản dữ liệu bị hỏng» ở cuối trang); câu trả lời từ bây giờ được lưu vào một bản mới.',
    'future-times':
      'Dữ liệu đã lưu có {1} thời điểm muộn hơn giờ hiện tại của máy này (có thể do đồng hồ của một máy bị sai). Các thời điểm đó đã được đổi thành giờ hiện tại để những thay đổi đồng chí làm từ nay được giữ; câu trả lời và ghi chú không đổi.',
    reworded:
      'Có {1} nội dung dưới đây đã được viết lại sau khi đồng chí trả lời. Câu trả lời cũ vẫn được giữ; hãy đọc lại từng nội dung và chọn lại nếu câu trả lời không còn đúng.',
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
    // An erase that left something: each part that applies, then what to do.
    'erase-left-document': 'Trình duyệt không cho xóa các câu trả lời và ghi chú đã lưu: chúng vẫn còn trong trình duyệt.',
    'erase-left-set-aside': 'Trình duyệt không cho xóa {1} bản dữ liệu hỏng đã cất riêng: các bản đó vẫn còn.',
    'erase-unknown': 'Trình duyệt không cho đọc phần dữ liệu đã lưu, nên không kiểm tra được còn dữ liệu cũ hay không.',
    'erase-what-to-do':
      'Câu trả lời trên trang này đã được xóa. Để xóa hẳn, nhất là trên máy dùng chung, hãy xóa dữ liệu duyệt web (dữ liệu trang web) của trang này trong phần cài đặt của trình duyệt.',
    // The result.
    'result-heading': 'Kết quả lượt {1}',
    'private-reminder':
      'Đây là việc tự soi, tự sửa của riêng đồng chí, không phải phiếu khảo sát, đánh giá của chi bộ. Kết quả chỉ nằm trong trình duyệt này và không được gửi cho ai.',
    'result-answered': 'Đã trả lời {1} trên {2} nội dung.',
    'result-not-applicable': '{1} nội dung được trả lời “Không thuộc diện”, không tính là “Có” hay “Không”.',
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
    'compare-went-away': 'Biểu hiện đã khắc phục (lượt này đã trả lời cả ba nội dung, không nội dung nào “Có”)',
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
    'earlier-reworded': 'Các nội dung sau đã được viết lại sau khi đồng chí trả lời lượt này; câu trả lời ở lượt này là với cách viết cũ:',
    // Backup, restore and erase.
    'data-heading': 'Sao lưu, khôi phục và xóa dữ liệu',
    'data-intro': 'Tệp sao lưu chứa toàn bộ câu trả lời, các lượt và ghi chú. Đồng chí hãy cất tệp ở nơi chỉ mình dùng.',
    export: 'Tải tệp sao lưu',
    exported: 'Đã tạo tệp sao lưu {1} trong thư mục tải về của máy.',
    'import-label': 'Khôi phục từ tệp sao lưu',
    'import-hint': 'Nếu trên trình duyệt này đã có câu trả lời, đồng chí sẽ được báo tệp thay thế những gì và được hỏi trước khi thay thế.',
    'import-question': replaceQuestionText,
    'import-yes': 'Có, thay thế',
    'import-no': 'Không thay thế',
    'import-cancelled': `Đã hủy khôi phục. ${unchanged}`,
    imported: importedText,
    'import-droppedAnswers': 'Bỏ qua {1} câu trả lời trong tệp vì không khớp với nội dung tự kiểm tra nào hiện có.',
    'import-droppedNotes': 'Bỏ qua {1} ghi chú trong tệp vì không thuộc biểu hiện nào.',
    'import-futureTimes':
      'Tệp có {1} thời điểm muộn hơn giờ hiện tại của máy này (có thể do đồng hồ của máy tạo tệp bị sai); các thời điểm đó được đổi thành giờ hiện tại để những thay đổi đồng chí làm từ nay được giữ.',
    'import-refused': `Trình duyệt không cho lưu dữ liệu của tệp (bộ nhớ có thể đã đầy). ${unchanged}`,
    // Why a backup file was not read, by the problem transfer.ts reports.
    'import-newer-version': `Tệp này được tạo bởi bản mới hơn của trang Tự kiểm tra nên chưa đọc được ở đây. Hãy tải lại trang (phím F5) rồi chọn lại tệp. ${unchanged}`,
    'import-not-self-check': `Tệp này không phải tệp sao lưu tự kiểm tra. ${chooseAnother} ${unchanged}`,
    'import-empty': `Tệp này trống. ${chooseAnother} ${unchanged}`,
    'import-too-large': `Tệp này quá lớn (hơn 1 MB), không phải tệp sao lưu tự kiểm tra. ${chooseAnother} ${unchanged}`,
    'import-not-json': `Tệp này bị hỏng hoặc đã bị sửa nên không đọc được. ${chooseAnother} ${unchanged}`,
    'import-invalid': `Tệp này bị hỏng hoặc đã bị sửa nên không đọc được. ${chooseAnother} ${unchanged}`,
    'erase-data': 'Xóa toàn bộ dữ liệu',
    'set-aside-heading': 'Bản dữ liệu bị hỏng',
    'set-aside-intro':
      'Các bản dưới đây không đọc được nên được cất riêng, không bị xóa. Đồng chí có thể tải về để nhờ người rành máy tính xem giúp, hoặc xóa nếu không cần.',
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
