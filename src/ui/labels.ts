// Vietnamese labels for the content model's codes, kept together so they can be proof-read.
// The columns' names live with their ids in lib/vocabulary.ts (a column is defined in one place).
import {
  columnIds,
  columns,
  type ColumnId,
  type DocumentStatus,
  type DocumentType,
  type Group,
  type IssuerLevel,
  type ItemScope,
  type ProvenanceStatus,
} from '../lib/vocabulary.ts';

export const documentTypeLabels: Record<DocumentType, string> = {
  'nghi-quyet': 'Nghị quyết',
  'quyet-dinh': 'Quyết định',
  'quy-dinh': 'Quy định',
  'chi-thi': 'Chỉ thị',
  'ket-luan': 'Kết luận',
  'ke-hoach': 'Kế hoạch',
  'huong-dan': 'Hướng dẫn',
  'cong-van': 'Công văn',
  'phuong-an': 'Phương án',
};

export const documentStatusLabels: Record<DocumentStatus, string> = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
  'chua-cap-nhat': 'chưa cập nhật',
};

export const issuerLevelLabels: Record<IssuerLevel, string> = {
  'trung-uong': 'Trung ương',
  'thanh-pho': 'Thành phố',
  quan: 'Quận',
};

export const groupLabels: Record<Group, string> = {
  A: 'Suy thoái về tư tưởng chính trị',
  B: 'Suy thoái về đạo đức, lối sống',
  C: 'Những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ',
};

export const provenanceLabels: Record<ProvenanceStatus, string> = {
  'nguyen-van': 'Nguyên văn (theo ít nhất hai bản công khai)',
  'nguyen-van-mot-nguon': 'Nguyên văn (theo một bản công khai)',
  'trich-doan': 'Trích đoạn nguyên văn (theo bản công khai) và tóm tắt',
  'tom-tat': 'Tóm tắt nội dung',
};

/** Whom a self-check item concerns, where not every member: others answer "Không thuộc diện". */
export const itemScopeLabels: Record<ItemScope, string> = {
  'office-holder': 'Chỉ với đồng chí có chức vụ hoặc được giao giải quyết công việc',
  declarant: 'Chỉ với đồng chí thuộc diện kê khai tài sản, thu nhập',
};

/** The manifestations' short names are ours: said once above each list, not on every line. */
export const SHORT_NAMES_NOTE =
  'Tên ngắn in đậm ở đầu mỗi biểu hiện do Ban biên tập đặt để dễ tra cứu, không phải câu chữ của nghị quyết.';

/** Shown wherever a value is not known: never invent one. */
export const NOT_YET_KNOWN = 'chưa cập nhật';

function columnField(field: 'title' | 'shortTitle' | 'description'): Record<ColumnId, string> {
  return Object.fromEntries(columnIds.map((id) => [id, columns[id][field]])) as Record<ColumnId, string>;
}

/** Each column's full name. */
export const columnLabels = columnField('title');

/** Short column names: navigation, search filter values and breadcrumbs. */
export const columnShortLabels = columnField('shortTitle');

/** What each column is, for its index page and its RSS feed. */
export const columnDescriptions = columnField('description');

/** The footer's marks of an official site, in the usual order; a mark left unconfigured is left out, never guessed. */
export function footerMarks(config: { governingBody: string; responsible: string; address: string; contact: string }): { label: string; value: string }[] {
  return [
    { label: 'Cơ quan chủ quản', value: config.governingBody },
    { label: 'Chịu trách nhiệm nội dung', value: config.responsible },
    { label: 'Địa chỉ', value: config.address },
    { label: 'Liên hệ', value: config.contact },
  ].filter((mark) => mark.value !== '');
}
