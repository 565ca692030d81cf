// What the CMS shows editors for each field, in Vietnamese. Field names, types, options and whether a field is
// required come from the schemas (see config.ts); only the words an editor reads are written here.
import { columns, type ColumnId } from '../lib/vocabulary.ts';
import { formatNumber } from '../lib/numbers.ts';

export interface FieldText {
  label: string;
  hint?: string;
}

const dateHint = 'Ghi theo dạng ngày/tháng/năm, ví dụ 10/12/2026.';
// admin-setup.js writes the day of the save here, so the page's "Cập nhật lần cuối" follows every change.
const updatedHint = 'Trang quản trị tự ghi ngày lưu bài.';

export const columnFieldText = (column: ColumnId): Record<string, FieldText> => ({
  column: { label: 'Chuyên mục' },
  issue: { label: 'Số kỳ', hint: 'Số thứ tự của kỳ trong chuyên mục: 1, 2, 3 … Để trống khi bài còn là bản nháp.' },
  date: {
    label: 'Ngày đăng',
    hint: `Chuyên mục ra ngày ${columns[column].day} hằng tháng. ${dateHint} Ngày ở tương lai: bài tự lên trang đúng ngày đó. Để trống khi bài còn là bản nháp.`,
  },
  offDayReason: {
    label: 'Lý do đăng khác ngày',
    hint: `Chỉ ghi khi bài không đăng vào ngày ${columns[column].day}.`,
  },
  title: { label: 'Tiêu đề' },
  subject: { label: column === 'di-tich' ? 'Di tích, địa chỉ đỏ được giới thiệu' : 'Người được giới thiệu' },
  summary: { label: 'Tóm tắt', hint: 'Một hai câu, hiện trong danh sách bài và trong RSS.' },
  sources: {
    label: 'Nguồn',
    hint: 'Chỉ đăng như sự thật những điều có ít nhất hai nguồn công khai cùng nêu.',
  },
  draft: { label: 'Bản nháp', hint: 'Bản nháp được lưu nhưng không đăng lên trang; chưa ghi số kỳ và ngày đăng.' },
  updated: { label: 'Ngày cập nhật', hint: updatedHint },
});

export const issueHint = (next: number) => `Số đề xuất cho kỳ mới: ${next}.`;

export const documentFieldText: Record<string, FieldText> = {
  title: { label: 'Tên văn bản' },
  type: { label: 'Loại văn bản' },
  number: { label: 'Số, ký hiệu', hint: 'Ví dụ 04-NQ/TW. Để trống khi chưa rõ: trang ghi “chưa cập nhật”.' },
  issuer: { label: 'Cơ quan ban hành' },
  issuerLevel: { label: 'Cấp ban hành' },
  date: { label: 'Ngày ban hành', hint: `${dateHint} Để trống khi chưa rõ.` },
  year: { label: 'Năm ban hành', hint: 'Chỉ ghi khi biết năm mà chưa rõ ngày.' },
  signer: { label: 'Người ký', hint: 'Để trống khi chưa rõ; không phỏng đoán.' },
  summary: { label: 'Trích yếu', hint: 'Văn bản nói về việc gì, trong một câu.' },
  status: { label: 'Hiệu lực' },
  related: { label: 'Văn bản liên quan' },
  officialUrl: { label: 'Địa chỉ văn bản chính thức', hint: 'Địa chỉ trang web đầy đủ, bắt đầu bằng https://' },
  hasFullText: { label: 'Nội dung là toàn văn', hint: 'Chỉ bật khi phần nội dung là chính văn bản.' },
  sources: { label: 'Nguồn' },
  updated: { label: 'Ngày cập nhật', hint: updatedHint },
};

export const handbookFieldText: Record<string, FieldText> = {
  part: { label: 'Phần' },
  title: { label: 'Tiêu đề' },
  summary: { label: 'Tóm tắt' },
  updated: { label: 'Ngày cập nhật', hint: updatedHint },
};

export const sourceFieldText: Record<string, FieldText> = {
  name: { label: 'Tên nguồn', hint: 'Tờ báo, trang web, ví dụ “Báo Nhân Dân”.' },
  url: { label: 'Địa chỉ', hint: 'Địa chỉ trang web đầy đủ, bắt đầu bằng https://' },
  date: { label: 'Ngày đăng của nguồn', hint: 'Như nguồn ghi, ví dụ 26/04/2017.' },
};

export const bodyText: FieldText = {
  label: 'Nội dung',
  hint: 'Dùng tiêu đề cấp 2 (##) cho các mục; ô tìm kiếm của trang dẫn thẳng tới các mục này.',
};

export const resultsFieldText = {
  fields: {
    title: { label: 'Tên bảng' },
    description: { label: 'Mô tả', hint: 'Số liệu gì, theo nguồn nào; hiện dưới tên bảng.' },
    chart: { label: 'Biểu đồ' },
    chartKey: { label: 'Cột vẽ biểu đồ', hint: 'Để trống: vẽ cột số đầu tiên.' },
    // Decap counts the items with the label: "4 cột", "3 dòng số liệu".
    columns: {
      label: 'Cột',
      hint: 'Sửa được tên cột. Thêm, bớt cột hoặc thêm bảng mới cần người phụ trách kỹ thuật.',
    },
    rows: { label: 'Dòng số liệu', hint: 'Ghi số đúng như nguồn công bố; không tự tính lại.' },
    note: { label: 'Ghi chú', hint: 'Hiện dưới bảng. Để trống nếu không cần.' },
    updated: { label: 'Ngày cập nhật', hint: updatedHint },
  } satisfies Record<string, FieldText>,
  columnFields: {
    key: { label: 'Mã cột' },
    label: { label: 'Tên cột' },
    kind: { label: 'Loại cột' },
  } satisfies Record<string, FieldText>,
  blankCellHint: 'Để trống khi nguồn không nêu số này: bảng ghi “không nêu”.',
};

export const resultsChartLabels: Record<string, string> = { bar: 'Biểu đồ cột', none: 'Không vẽ biểu đồ' };
export const resultsColumnKindLabels: Record<string, string> = { text: 'Chữ', number: 'Số', percent: 'Tỷ lệ phần trăm' };

/** What the CMS says of a value the editor typed that cannot be read, on the field itself. */
export const typedValueText = {
  dateForm: (text: string) => `“${text}” chưa đúng dạng ngày/tháng/năm: đồng chí ghi ví dụ 26/12/2026 (có thể dùng dấu / . hoặc -).`,
  dateNotReal: (text: string) => `${text} không phải là một ngày có thật.`,
  numberEmpty: 'Chưa có số.',
  numberNegative: 'Số không được âm.',
  numberWhole: (text: string) => `“${text}”: ô này ghi số nguyên, không có phần thập phân.`,
  numberDot: (text: string) => `“${text}”: số thập phân ghi bằng dấu phẩy (ví dụ 0,25); dấu chấm chỉ dùng ngăn hàng nghìn (ví dụ 1.234).`,
  numberForm: (text: string) => `“${text}” không phải là một số: đồng chí ghi ví dụ 1.234 hoặc 0,25.`,
  shareMismatch: (share: number, count: number, total: number, expected: number) =>
    `Tỷ lệ ${formatNumber(share, 2)}% không khớp với số ${formatNumber(count)} trên tổng ${formatNumber(total)} của bảng ` +
    `(${formatNumber(expected, 2)}%): đồng chí soát lại số và tỷ lệ theo nguồn.`,
};

/** What the local backend of `npm run cms` answers, shown by the CMS in its message bar. */
export const backendText = {
  refused: (problems: string[]) => `Chưa lưu, tệp vẫn giữ như trước. Đồng chí sửa rồi lưu lại: ${problems.join(' · ')}`,
  atLine: (line: number, message: string) => `Nội dung, dòng ${line}: ${message}`,
  brokenLink: (line: number | undefined, url: string) => `${line ? `Nội dung, dòng ${line}: ` : ''}liên kết “${url}” dẫn tới một trang không có trên trang web.`,
  bodyUnreadable: (detail: string) => `Phần nội dung không đọc được (${detail}); đồng chí kiểm tra các dấu ngoặc và thẻ trong bài.`,
  resolutionNeeds: 'Số, ký hiệu và Ngày ban hành: trang Nghị quyết cần cả hai thông tin này của Nghị quyết 04-NQ/TW.',
  resolutionKept: 'Trang Nghị quyết dùng văn bản Nghị quyết 04-NQ/TW; không xóa được văn bản này.',
  relatedKept: (slug: string, title: string) => `Văn bản “${title}” nêu “${slug}” là văn bản liên quan: đồng chí bỏ liên kết đó trước khi xóa.`,
  deleteRefused: (problems: string[]) => `Chưa xóa, tệp vẫn còn. ${problems.join(' · ')}`,
  unreadable: 'Yêu cầu lưu không đọc được; đồng chí tải lại trang quản trị rồi làm lại.',
  pathRefused: (path: string) => `Trang quản trị chỉ đọc, ghi các thư mục nội dung; “${path}” nằm ngoài các thư mục đó.`,
  actionRefused: 'Trang quản trị không làm việc này.',
  originRefused: 'Chỉ trang quản trị trên máy này được dùng máy chủ nội dung.',
  notReady: 'Máy chủ trang quản trị đang khởi động; đồng chí đợi một lát rồi làm lại.',
  upstreamDown: 'Máy chủ lưu tệp không trả lời; đồng chí xem cửa sổ đang chạy npm run cms, chạy lại nếu đã dừng.',
};

/** Decap's own messages that the Vietnamese locale leaves unclear, and the CMS's words when its backend is away. */
export const editorPhrases = {
  /** Replaces Decap's Vietnamese phrases at the same place. */
  locale: {
    ui: {
      toast: {
        // The backend's refusal is a whole sentence already (backendText.refused).
        onFailToPersist: '%{details}',
        missingRequiredField: 'Chưa lưu: có ô chưa điền hoặc điền chưa đúng. Đồng chí xem dòng chữ đỏ ở ô đó.',
      },
    },
    editor: {
      editorWidgets: {
        markdown: { markdown: 'Dạng ký hiệu' },
        headingOptions: {
          headingOne: 'Tiêu đề cấp 1', headingTwo: 'Tiêu đề cấp 2', headingThree: 'Tiêu đề cấp 3',
          headingFour: 'Tiêu đề cấp 4', headingFive: 'Tiêu đề cấp 5', headingSix: 'Tiêu đề cấp 6',
        },
      },
    },
  },
  image: { label: 'Ảnh', alt: 'Mô tả ảnh (cho người không xem được ảnh)', title: 'Chú thích khi trỏ chuột vào ảnh' },
  backendDown: 'Không kết nối được với máy chủ nội dung trên máy này: đồng chí xem cửa sổ đang chạy npm run cms, chạy lại nếu đã dừng.',
};
