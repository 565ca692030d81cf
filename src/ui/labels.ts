// Vietnamese labels for the content model's codes, kept together so they can be proof-read.
import type { DocumentType } from '../schemas/documents.ts';
import type { ColumnId } from '../schemas/columns.ts';
import type { ProvenanceStatus, Group } from '../schemas/manifestations.ts';

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

export const documentStatusLabels = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
  'chua-cap-nhat': 'Chưa cập nhật',
} as const;

export const issuerLevelLabels = {
  'trung-uong': 'Trung ương',
  'thanh-pho': 'Thành phố',
  quan: 'Quận',
} as const;

export const columnLabels: Record<ColumnId, string> = {
  'di-tich': 'Mỗi kỳ một di tích lịch sử, văn hóa, địa chỉ đỏ',
  'guong-sang': 'Mỗi kỳ một gương sáng',
};

export const groupLabels: Record<Group, string> = {
  A: 'Suy thoái về tư tưởng chính trị',
  B: 'Suy thoái về đạo đức, lối sống',
  C: 'Những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ',
};

export const provenanceLabels: Record<ProvenanceStatus, string> = {
  'nguyen-van': 'Nguyên văn',
  'nguyen-van-mot-nguon': 'Nguyên văn (theo một nguồn công khai)',
  'trich-doan': 'Trích đoạn nguyên văn và tóm tắt',
  'tom-tat': 'Tóm tắt nội dung',
};

/** Shown wherever a value is not known: never invent one. */
export const NOT_YET_KNOWN = 'chưa cập nhật';

/** Short column names: search filter values and breadcrumbs. */
export const columnShortLabels: Record<ColumnId, string> = {
  'di-tich': 'Di tích, địa chỉ đỏ',
  'guong-sang': 'Gương sáng',
};

/** What each column is, for its index page and its RSS feed. */
export const columnDescriptions: Record<ColumnId, string> = {
  'di-tich':
    'Mỗi kỳ giới thiệu một di tích lịch sử, văn hóa hoặc một “địa chỉ đỏ” trên địa bàn: nơi chốn, câu chuyện, cách đến thăm và nguồn tư liệu. Chuyên mục này lấy theo chuyên mục cùng tên trên trang Facebook “Tuyên giáo Tân Phú”.',
  'guong-sang':
    'Mỗi kỳ kể về người tốt, việc tốt: những tấm gương học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Chuyên mục này lấy theo chuyên mục cùng tên trên trang Facebook “Tuyên giáo Tân Phú”.',
};

/** The footer's marks of an official site, in the usual order; a mark left unconfigured is left out, never guessed. */
export function footerMarks(config: { governingBody: string; responsible: string; address: string; contact: string }): { label: string; value: string }[] {
  return [
    { label: 'Cơ quan chủ quản', value: config.governingBody },
    { label: 'Chịu trách nhiệm nội dung', value: config.responsible },
    { label: 'Địa chỉ', value: config.address },
    { label: 'Liên hệ', value: config.contact },
  ].filter((mark) => mark.value !== '');
}
