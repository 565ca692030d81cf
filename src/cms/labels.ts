// What the CMS shows editors for each field, in Vietnamese. Field names, types, options and whether a field is
// required come from the schemas (see config.ts); only the words an editor reads are written here.
import { columns, type ColumnId } from '../lib/vocabulary.ts';

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
