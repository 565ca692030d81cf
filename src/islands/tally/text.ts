// Vietnamese text of the tally, kept together so it can be proof-read.
import type { PersistedStatus } from '../../stores/persisted-document.ts';
import type { AddFileResult } from '../../lib/tally/transfer.ts';
import type { FiguresReadResult } from '../../lib/tally/figures.ts';
import type { ItemSet } from '../../lib/tally/item-set.ts';
import { periodLabel } from '../../ui/self-check-text.ts';
import { formatNumber, formatPercent } from '../../lib/numbers.ts';
import { shareOf } from '../../lib/tally/results.ts';

export { periodLabel };

export const CO = '“Có”';

/** "3 phiếu". */
export function ballotsText(count: number): string {
  return `${formatNumber(count)} phiếu`;
}

/** "3 đảng viên". */
export function membersText(count: number): string {
  return `${formatNumber(count)} đảng viên`;
}

/** "66,67%", or a dash when nothing was counted. */
export function shareText(part: number, whole: number): string {
  const share = shareOf(part, whole);
  return share === null ? '—' : formatPercent(share);
}

/** A change with its sign: "+3", "−2", "0". */
export function signed(value: number, fractionDigits = 0): string {
  const text = formatNumber(value, fractionDigits);
  return value > 0 && Number(value.toFixed(fractionDigits)) !== 0 ? `+${text}` : text;
}

// --- Item set: whose items the ballot carries ---

/** One sentence saying whose items these are; printed on the ballot, the minutes and the report. */
export function itemSetNote(itemSet: ItemSet, committee: string): string {
  return itemSet.setBy === 'committee'
    ? `Bộ nội dung khảo sát do ${committee} ban hành theo văn bản ${itemSet.document}${itemSet.date ? `, ngày ${itemSet.date}` : ''}.`
    : 'Mẫu tham khảo, lập trên 81 nội dung do Ban biên tập trang biên soạn từ 27 biểu hiện nêu trong Nghị quyết Trung ương 4 (khóa XII); không phải mẫu phiếu do cấp ủy ban hành.';
}

/** The heading line above a paper's title: the organisation only once the committee has adopted the items. */
export function itemSetHeading(itemSet: ItemSet, organisation: string): string | undefined {
  return itemSet.setBy === 'committee' ? organisation : undefined;
}

export const REFERENCE_FORM = 'Mẫu tham khảo';

// --- Storage ---

export function statusText(status: PersistedStatus): string | undefined {
  switch (status.state) {
    case 'unavailable':
      return 'Trình duyệt này không cho lưu dữ liệu (có thể đang ở chế độ duyệt riêng tư hoặc đã chặn lưu trữ). Đồng chí vẫn nhập phiếu được, nhưng số liệu sẽ mất khi đóng trang: đề nghị in biên bản, báo cáo và tải tệp số liệu trước khi đóng.';
    case 'unsaved':
      return `Bộ nhớ của trình duyệt đã đầy: ${formatNumber(status.unsaved)} thay đổi mới nhất chưa được lưu, nhưng vẫn còn trên trang này và sẽ được lưu ngay khi có chỗ. Đề nghị đồng chí không đóng trang; giải phóng bớt dung lượng của trình duyệt, hoặc in biên bản và tải tệp số liệu.`;
    case 'damaged':
      return 'Dữ liệu kiểm phiếu lưu trong trình duyệt bị hỏng và không cất riêng được một bản. Để không làm mất dữ liệu đó, không có gì được ghi đè: các phiếu nhập bây giờ chỉ nằm trên trang này.';
    case 'newer':
      return 'Dữ liệu kiểm phiếu đã lưu được tạo bởi một phiên bản mới hơn của trang. Để không làm hỏng dữ liệu đó, không có gì được ghi đè: các phiếu nhập bây giờ chỉ nằm trên trang này. Đề nghị tải lại trang để dùng phiên bản mới.';
    case 'memory-only':
      return 'Đang làm mà không lưu: các thay đổi từ lúc này chỉ nằm trên trang này và mất khi đóng trang. Những gì đã lưu trước đó vẫn còn trong trình duyệt cho đến khi được xóa.';
    default:
      return undefined;
  }
}

export const setAsideText =
  'Dữ liệu kiểm phiếu lưu trước đây bị hỏng, không đọc được. Dữ liệu đó không bị xóa: một bản đã được cất riêng trong trình duyệt (tải về được ở mục “Bản dữ liệu hỏng đã cất riêng”), và một bản mới đã được bắt đầu.';

export function recoveredText(dropped: number): string {
  return `Dữ liệu kiểm phiếu lưu trước đây có ${formatNumber(dropped)} mục bị hỏng, không đọc được. Các đợt kiểm phiếu, đảng viên, phiếu và kết luận còn đọc được vẫn giữ nguyên; toàn bộ bản cũ đã được cất riêng trong trình duyệt và tải về được ở mục “Bản dữ liệu hỏng đã cất riêng”.`;
}

export const setAsideHeading = 'Bản dữ liệu hỏng đã cất riêng';
export const setAsideIntro =
  'Các bản dưới đây là dữ liệu kiểm phiếu không đọc được, được cất riêng thay vì xóa. Đồng chí có thể tải về để nhờ người có chuyên môn đọc lại, hoặc bỏ đi khi không cần nữa.';

export function setAsideWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'Bản cất riêng' : `Bản cất riêng lúc ${date.toLocaleString('vi-VN')}`;
}

export const migratedText =
  'Các đợt kiểm phiếu nhập theo cách trước đây (phiếu không ghi tên đảng viên được đánh giá) vẫn được giữ nguyên, xem và tải tệp được như cũ. Từ nay, mỗi phiếu được nhập cho một đảng viên được đánh giá.';

// --- Typed values ---

export const formTexts = {
  noUnit: 'Đồng chí chưa ghi tên chi bộ.',
  year: 'Năm phải là bốn chữ số, từ 1990 đến 2200, ví dụ 2026.',
  period: 'Đợt khảo sát không hợp lệ.',
  noMembers: 'Đồng chí chưa ghi danh sách đảng viên được đánh giá (mỗi dòng một người).',
  exists: 'Chi bộ này đã có đợt kiểm phiếu cho kỳ này trong trình duyệt; đợt đó được mở lại.',
  errorSummary: 'Chưa bắt đầu được đợt kiểm phiếu:',
} as const;

export function repeatedNamesText(names: readonly string[]): string {
  return `Tên được ghi hai lần, chỉ giữ một: ${names.join(', ')}.`;
}

// --- Ballots, races between tabs ---

export const raceTexts = {
  goneBallot: 'Phiếu này đã bị xóa (có thể ở một thẻ khác hoặc do bấm hai lần); không có gì thay đổi. Đề nghị xem lại danh sách phiếu.',
  goneCount: 'Đợt kiểm phiếu này đã bị xóa ở một thẻ khác; phiếu vừa nhập không được ghi.',
  noMember: 'Đảng viên này không còn trong danh sách (có thể đã bị bỏ ở một thẻ khác); phiếu không được ghi. Đề nghị chọn lại đảng viên.',
  undoChanged: (label: string) =>
    `Không hoàn tác được “${label}”: phiếu đã được sửa hoặc xóa sau đó (có thể ở một thẻ khác). Không có gì thay đổi; đề nghị xem lại phiếu.`,
  undoGone: (label: string) => `Không hoàn tác được “${label}”: đợt kiểm phiếu đã bị xóa ở một thẻ khác.`,
};

export const memberTexts = {
  empty: 'Đồng chí chưa ghi họ tên.',
  exists: 'Tên này đã có trong danh sách.',
  gone: 'Đảng viên này không còn trong danh sách (có thể đã bị bỏ ở một thẻ khác).',
  hasBallots: 'Đảng viên này đã có phiếu nên không bỏ khỏi danh sách được; đề nghị xóa các phiếu trước nếu nhập nhầm.',
};

export const conclusionTexts = {
  notMet: 'Đề nghị ghi ngày chi ủy gặp đồng chí, nghe giải trình trước khi ghi kết luận.',
  date: 'Ngày không hợp lệ.',
  gone: memberTexts.gone,
};

// --- The đảng bộ's figures ---

export function awaitingText(count: number): string {
  return `Còn ${membersText(count)} có phiếu đánh dấu ${CO} mà chi ủy chưa kết luận. Tệp số liệu chỉ tải được khi chi ủy đã kết luận về từng đồng chí (kết luận “không có biểu hiện” cũng là một kết luận).`;
}

export function readErrorText(result: FiguresReadResult, fileName: string): string {
  if (result.ok) return '';
  const prefix = `Tệp “${fileName}” không được cộng:`;
  switch (result.problem) {
    case 'empty':
      return `${prefix} tệp trống.`;
    case 'too-large':
    case 'not-json':
    case 'not-figures':
      return `${prefix} đây không phải tệp số liệu kiểm phiếu của trang này.`;
    case 'ballots-file':
      return `${prefix} đây là tệp theo cách kiểm phiếu trước đây, đếm phiếu chứ không đếm đảng viên, nên không cộng chung được với số đảng viên. Đề nghị chi bộ kiểm phiếu theo từng đảng viên và gửi tệp số liệu mới.`;
    case 'newer':
      return `${prefix} tệp được tạo bởi một phiên bản mới hơn của trang. Đề nghị tải lại trang rồi thử lại.`;
    case 'checksum':
      return `${prefix} các con số trong tệp không khớp với mã kiểm tra, có thể tệp đã bị sửa tay hoặc hỏng. Đề nghị chi bộ xuất lại tệp.`;
    case 'inconsistent':
      return `${prefix} các con số trong tệp mâu thuẫn nhau (ví dụ số đảng viên có biểu hiện lớn hơn số đảng viên được khảo sát). Đề nghị chi bộ xuất lại tệp.`;
    default:
      return `${prefix} tệp thiếu thông tin, thừa thông tin hoặc sai định dạng.`;
  }
}

export function addErrorText(result: AddFileResult<unknown>, fileName: string): string {
  if (result.ok) return '';
  if (result.problem === 'other-period') {
    return `Tệp “${fileName}” không được cộng: tệp thuộc đợt ${periodLabel(result.period).toLowerCase()}, khác với đợt đang cộng (${periodLabel(result.expected).toLowerCase()}).`;
  }
  return result.identical
    ? `Tệp “${fileName}” không được cộng: số liệu của ${result.unit} đã được cộng rồi (cùng một tệp).`
    : `Tệp “${fileName}” không được cộng: đã có số liệu của ${result.unit} với các con số khác. Nếu tệp này thay cho tệp trước, đề nghị bỏ tệp trước ra rồi cộng lại.`;
}

/** What erasing a count did, by the storage state after it. */
export function erasedText(unit: string, period: string, state: PersistedStatus['state']): string {
  const what = `đợt kiểm phiếu của ${unit} (${period})`;
  if (state === 'saved') return `Đã xóa ${what} khỏi trình duyệt này.`;
  if (state === 'memory-only')
    return `Đã xóa ${what} trên trang này. Đang làm mà không lưu nên bản đã lưu trước đó trong trình duyệt vẫn còn; để xóa cả bản đó, đề nghị bấm “Lưu lại trong trình duyệt” rồi xóa lại.`;
  return `Đã xóa ${what} trên trang này, nhưng trình duyệt chưa cho ghi lại nên bản đã lưu trong trình duyệt vẫn còn. Đề nghị thử lại sau.`;
}
