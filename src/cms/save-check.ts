// The build's schema check of one entry, as the CMS runs it on save (scripts/cms-backend.ts before a file is
// written, src/cms/admin-start.ts on the field in the browser), told in Vietnamese with the field's label.
import type { z } from 'astro/zod';
import { columnIssue } from '../schemas/columns.ts';
import { CONTENT_FIRST_WRITTEN } from '../schemas/common.ts';
import { document } from '../schemas/documents.ts';
import { handbookPart } from '../schemas/handbook.ts';
import { resultsTable } from '../schemas/results.ts';
import { formatIsoDate } from '../lib/dates.ts';
import { columnIds, type ColumnId } from '../lib/vocabulary.ts';
import { columnFieldText, documentFieldText, handbookFieldText, resultsFieldText, sourceFieldText, type FieldText } from './labels.ts';

export type EntryKind = { kind: 'column'; column: ColumnId } | { kind: 'document' } | { kind: 'handbook' } | { kind: 'results' };

/** What a path of the repository holds, for the paths the CMS edits; undefined for any other. */
export function entryKindOfPath(path: string): EntryKind | undefined {
  const column = /^content\/chuyen-muc\/([^/]+)\/[^/]+\.mdx$/.exec(path)?.[1];
  if (column) return (columnIds as readonly string[]).includes(column) ? { kind: 'column', column: column as ColumnId } : undefined;
  if (/^content\/van-ban\/[^/]+\.mdx$/.test(path)) return { kind: 'document' };
  if (/^content\/cam-nang\/[^/]+\.mdx$/.test(path)) return { kind: 'handbook' };
  if (/^content\/ket-qua\/[^/]+\.yaml$/.test(path)) return { kind: 'results' };
  return undefined;
}

/** What a CMS collection (config.ts's names) holds. */
export function entryKindOfCollection(name: string): EntryKind | undefined {
  if ((columnIds as readonly string[]).includes(name)) return { kind: 'column', column: name as ColumnId };
  if (name === 'van-ban') return { kind: 'document' };
  if (name === 'cam-nang') return { kind: 'handbook' };
  if (name === 'ket-qua') return { kind: 'results' };
  return undefined;
}

const schemas = { column: columnIssue, document, handbook: handbookPart, results: resultsTable } satisfies Record<EntryKind['kind'], z.ZodType>;

function fieldTexts(kind: EntryKind): Record<string, FieldText> {
  switch (kind.kind) {
    case 'column': return columnFieldText(kind.column);
    case 'document': return documentFieldText;
    case 'handbook': return handbookFieldText;
    case 'results': return resultsFieldText.fields;
  }
}

export interface EntryProblem {
  /** The top-level field the problem is on ("date", "rows"); "" for the entry as a whole. */
  field: string;
  /** Where, as the editor reads it: "Ngày đăng", "Dòng số liệu 2, Tỷ lệ". */
  where: string;
  message: string;
}

/** The schema's problems with an entry's data, in Vietnamese. */
export function entryProblems(kind: EntryKind, data: unknown): EntryProblem[] {
  const result = schemas[kind.kind].safeParse(data);
  if (result.success) return [];
  const texts = fieldTexts(kind);
  const columns = kind.kind === 'results' ? resultsColumnsOf(data) : [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const [field = '', index, inner] = path;
    const parts = [texts[String(field)]?.label ?? String(field)];
    if (typeof index === 'number') parts.push(`${field === 'rows' ? 'dòng' : 'mục'} ${index + 1}`);
    if (inner !== undefined) {
      const nested: Record<string, FieldText> = field === 'sources' ? sourceFieldText : field === 'columns' ? resultsFieldText.columnFields : {};
      parts.push(field === 'rows' ? columns.find((c) => c.key === inner)?.label ?? String(inner) : nested[String(inner)]?.label ?? String(inner));
    }
    return { field: String(field), where: parts.filter(Boolean).join(', '), message: issueMessage(issue) };
  });
}

function resultsColumnsOf(data: unknown): Array<{ key: string; label: string }> {
  const columns = (data as { columns?: unknown } | null)?.columns;
  return Array.isArray(columns) ? columns.filter((c): c is { key: string; label: string } => typeof c?.key === 'string' && typeof c?.label === 'string') : [];
}

const firstWritten = formatIsoDate(CONTENT_FIRST_WRITTEN);
const draftHint = 'bài chưa xong thì bật “Bản nháp”.';

// The schemas' own messages (src/schemas/*, English for developers), each said for an editor.
const customMessages: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^"(.*)" is not a real date/, (m) => `${m[1]} không phải là một ngày có thật (ghi theo dạng ngày/tháng/năm, ví dụ 26/12/2026).`],
  [/^write the date as dd\/mm\/yyyy|^expected a date written dd\/mm\/yyyy/, () => 'Ngày ghi theo dạng ngày/tháng/năm, ví dụ 26/12/2026.'],
  [/^updated \S+ is before the content was first written/, () => `Ngày cập nhật không được trước ngày ${firstWritten}.`],
  [/^updated \S+ is in the future/, () => 'Ngày cập nhật không được ở sau hôm nay.'],
  [/needs its issue number/, () => `Bài sắp đăng cần “Số kỳ”; ${draftHint}`],
  [/needs its publication date/, () => `Bài sắp đăng cần “Ngày đăng”; ${draftHint}`],
  [/needs its sources/, () => `Bài sắp đăng cần ghi ít nhất một nguồn; ${draftHint}`],
  [/^a draft has no issue number/, () => 'Bản nháp chưa có số kỳ: đồng chí để trống ô này, hoặc tắt “Bản nháp” để hẹn ngày đăng.'],
  [/^a draft has no date/, () => 'Bản nháp chưa có ngày đăng: đồng chí để trống ô này, hoặc tắt “Bản nháp” để hẹn ngày đăng.'],
  [/not before the site's content existed/, () => `Ngày đăng không được trước ngày ${firstWritten}: ngày đăng là ngày bài lên trang.`],
  [/appears on day (\d+); give offDayReason/, (m) => `Chuyên mục ra ngày ${m[1]} hằng tháng: đồng chí chọn ngày ${m[1]}, hoặc ghi “Lý do đăng khác ngày”.`],
  [/must be Unicode NFC|^expected NFC text/, () => 'Chữ có dấu chưa ở dạng chuẩn: đồng chí gõ lại ô này bằng bộ gõ tiếng Việt.'],
  [/^two columns have the key/, () => 'Hai cột trùng mã cột; cần người phụ trách kỹ thuật sửa.'],
  [/^the first column names the row/, () => 'Cột đầu tiên là tên dòng, phải là cột chữ.'],
  [/^a bar chart needs a number or percent column/, () => 'Biểu đồ cột cần vẽ theo một cột số hoặc tỷ lệ.'],
  [/^no column has the key/, () => 'Dòng có một ô không thuộc cột nào của bảng.'],
  [/^every row needs a value in column/, () => 'Ô này không được để trống.'],
  [/^expected a number \(column/, () => 'Ô này ghi số; để trống nếu nguồn không nêu số.'],
  [/^slug must be ASCII/, () => 'Văn bản liên quan phải chọn trong danh sách văn bản.'],
];

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue): string {
  if (issue.code === 'custom' || issue.code === 'invalid_format' && issue.format === 'regex') {
    for (const [pattern, say] of customMessages) {
      const match = pattern.exec(issue.message);
      if (match) return say(match);
    }
  }
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'Chưa điền ô này.';
      if (issue.expected === 'number') return 'Ô này ghi số.';
      return 'Giá trị của ô này chưa đúng loại.';
    case 'too_small':
      if (issue.origin === 'string') return 'Chưa điền ô này.';
      if (issue.origin === 'array') return `Cần ít nhất ${String(issue.minimum)} mục.`;
      return `Số phải từ ${String(issue.minimum)} trở lên.`;
    case 'too_big':
      return `Số không được lớn hơn ${String(issue.maximum)}.`;
    case 'invalid_value':
    case 'invalid_union':
      return 'Giá trị không có trong danh sách chọn.';
    case 'invalid_format':
      return issue.format === 'url' ? 'Cần một địa chỉ web đầy đủ, bắt đầu bằng https://' : 'Giá trị của ô này chưa đúng dạng.';
    default:
      return 'Giá trị của ô này chưa đúng.';
  }
}
