// The content model's vocabulary as plain constants: the codes content files may use. The Zod schemas
// build their enums from these lists and src/ui/labels.ts names them in Vietnamese. Pure: imports nothing.

/** Kinds of document in the library (`type:` in content/van-ban/*.mdx), in the library filter's order. */
export const documentTypes = [
  'nghi-quyet',
  'quyet-dinh',
  'quy-dinh',
  'chi-thi',
  'ket-luan',
  'ke-hoach',
  'huong-dan',
  'cong-van',
  'phuong-an',
] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Whether a document is in force (`status:`); "chua-cap-nhat" when the brief does not say. */
export const documentStatuses = ['con-hieu-luc', 'het-hieu-luc', 'chua-cap-nhat'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** Levels of issuing bodies, broadest first: the library's grouping order. */
export const issuerLevels = ['trung-uong', 'thanh-pho', 'quan'] as const;
export type IssuerLevel = (typeof issuerLevels)[number];

/** The resolution's three groups of manifestations, in its order. */
export const manifestationGroups = ['A', 'B', 'C'] as const;
export type Group = (typeof manifestationGroups)[number];

/** How many manifestations each group holds: group A is 1–9, B 10–18, C 19–27. */
export const MANIFESTATIONS_PER_GROUP = 9;

/** The site-wide number (1–27) of the n-th manifestation of a group. */
export function manifestationNumber(group: Group, numberInGroup: number): number {
  return manifestationGroups.indexOf(group) * MANIFESTATIONS_PER_GROUP + numberInGroup;
}

/**
 * What is known of a manifestation's official wording (bieu-hien.md): the whole of it (from several public
 * copies, or from one), only a fragment, or nothing, in which case only our own summary is shown.
 */
/**
 * Self-check items that concern only some members: office holders (người giữ chức vụ) or those who must declare
 * assets (người có nghĩa vụ kê khai tài sản). Other members answer them "Không thuộc diện", counted neither Có nor Không.
 */
export const itemScopes = ['office-holder', 'declarant'] as const;
export type ItemScope = (typeof itemScopes)[number];

export const provenanceStatuses = ['nguyen-van', 'nguyen-van-mot-nguon', 'trich-doan', 'tom-tat'] as const;
export type ProvenanceStatus = (typeof provenanceStatuses)[number];

/** True where the whole wording is quoted as official (from one or more public copies). */
export function isFullyQuoted(status: ProvenanceStatus): boolean {
  return status === 'nguyen-van' || status === 'nguyen-van-mot-nguon';
}

/** True where some official wording is quoted: the whole of it, or a known fragment. */
export function quotesOfficialWording(status: ProvenanceStatus): boolean {
  return status !== 'tom-tat';
}

export interface ColumnDefinition {
  /** Day of the month each issue appears on. */
  day: number;
  /** The column's name, as its index page, feed and issue pages give it. */
  title: string;
  /** Short name: navigation, breadcrumbs, the search filter. */
  shortTitle: string;
  /** What the column is, for its index page and its feed. */
  description: string;
}

/**
 * The columns (content/chuyen-muc/<id>/). The id is the folder and the URL segment. Adding a column is
 * one entry here and a content folder: its pages, feed, navigation entry and schema check follow.
 */
export const columns = {
  'di-tich': {
    day: 10,
    title: 'Mỗi kỳ một di tích lịch sử, văn hóa, địa chỉ đỏ',
    shortTitle: 'Di tích, địa chỉ đỏ',
    description:
      'Mỗi kỳ giới thiệu một di tích lịch sử, văn hóa hoặc một “địa chỉ đỏ” trên địa bàn: nơi chốn, câu chuyện, cách đến thăm và nguồn tư liệu. Chuyên mục này lấy theo chuyên mục cùng tên trên trang Facebook “Tuyên giáo Tân Phú”.',
  },
  'guong-sang': {
    day: 26,
    title: 'Mỗi kỳ một gương sáng',
    shortTitle: 'Gương sáng',
    description:
      'Mỗi kỳ kể về người tốt, việc tốt: những tấm gương học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Chuyên mục này lấy theo chuyên mục cùng tên trên trang Facebook “Tuyên giáo Tân Phú”.',
  },
} as const satisfies Record<string, ColumnDefinition>;
export type ColumnId = keyof typeof columns;

/** Column ids in the site's order (navigation, home page). */
export const columnIds = Object.keys(columns) as [ColumnId, ...ColumnId[]];
