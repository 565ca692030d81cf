// The papers the chi bộ needs, printed from the page: the counting minutes for the chi ủy, and the chi ủy's
// report to the chi bộ meeting naming each member's concluded manifestations. Only the paper chosen is printed.
import { useEffect, useState } from 'preact/hooks';
import type { Count } from '../../lib/tally/count.ts';
import { membersWithMarks, type MemberResult } from '../../lib/tally/results.ts';
import { calendarDateOf, formatIsoDate, formatVietnameseDate } from '../../lib/dates.ts';
import { writeGroup } from '../../stores/tally.ts';
import { printPaper } from './print.ts';
import type { BallotItem, PaperSettings } from './types.ts';
import { ballotsText, CO, itemSetHeading, itemSetNote, membersText, periodLabel, REFERENCE_FORM, shareText } from './text.ts';

export function Papers({ count, results, manifestations, papers }: { count: Count; results: MemberResult[]; manifestations: BallotItem[]; papers: PaperSettings }) {
  const [group, setGroupText] = useState(count.group);
  useEffect(() => setGroupText(count.group), [count.group]);
  const saveGroup = () => group !== count.group && writeGroup(count.id, group);
  return (
    <section class="tally-section tally-papers" aria-labelledby="giay-to">
      <h2 id="giay-to" class="no-print">
        Giấy tờ để in
      </h2>
      <div class="no-print">
        <p>
          <label for="to-kiem-phieu">Họ tên các thành viên tổ kiểm phiếu, để ký biên bản (mỗi dòng một người; không bắt buộc)</label>
          <textarea id="to-kiem-phieu" rows={3} value={group} onInput={(event) => setGroupText((event.target as HTMLTextAreaElement).value)} onBlur={saveGroup} />
        </p>
        <div class="tally-entry__actions">
          <button
            type="button"
            onClick={() => {
              saveGroup();
              printPaper('bien-ban');
            }}
          >
            In biên bản kiểm phiếu
          </button>
          <button type="button" onClick={() => printPaper('bao-cao')}>
            In báo cáo của chi ủy
          </button>
        </div>
        <p class="tally-hint">
          Biên bản kiểm phiếu ghi số phiếu về từng đảng viên, để tổ kiểm phiếu báo cáo chi ủy. Báo cáo của chi ủy nêu kết luận về từng đồng chí, để
          báo cáo tại cuộc sinh hoạt chi bộ. Mỗi nút chỉ in giấy tờ của nút đó.
        </p>
      </div>
      <Minutes count={count} results={results} papers={papers} group={group} />
      <Report count={count} results={results} manifestations={manifestations} papers={papers} />
    </section>
  );
}

function PaperHead({ count, papers, title }: { count: Count; papers: PaperSettings; title: string }) {
  const heading = itemSetHeading(papers.itemSet, papers.organisation);
  return (
    <header class="tally-paper__head">
      {heading && <p class="tally-paper__org">{heading}</p>}
      <p class="tally-paper__unit">{count.unit}</p>
      {!heading && <p class="tally-paper__reference">{REFERENCE_FORM}</p>}
      <p class="tally-paper__title">{title}</p>
      <p class="tally-paper__sub">Khảo sát, đánh giá biểu hiện suy thoái — {periodLabel(count.period).toLowerCase()}</p>
    </header>
  );
}

function today(): string {
  return formatVietnameseDate(calendarDateOf(new Date()));
}

function markedManifestations(result: MemberResult): string {
  const numbers = Object.entries(result.totals.byManifestation)
    .filter(([, ballots]) => ballots > 0)
    .map(([number, ballots]) => [Number(number), ballots] as const)
    .sort((a, b) => a[0] - b[0]);
  return numbers.length === 0 ? '—' : numbers.map(([number, ballots]) => `${number} (${ballots})`).join('; ');
}

function Minutes({ count, results, papers, group }: { count: Count; results: MemberResult[]; papers: PaperSettings; group: string }) {
  const names = group
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const signers = names.length > 0 ? names : ['', '', ''];
  const ballots = results.reduce((sum, r) => sum + r.totals.ballots, 0);
  const assessed = results.filter((r) => r.totals.ballots > 0).length;
  const marked = membersWithMarks(results).length;
  return (
    <article class="tally-paper" id="bien-ban-in" data-paper="bien-ban" aria-label="Biên bản kiểm phiếu (bản in)">
      <PaperHead count={count} papers={papers} title="Biên bản kiểm phiếu" />
      <p>Ngày lập biên bản: {today()}.</p>
      <p>
        Tổ kiểm phiếu đã kiểm {ballotsText(ballots)} về {membersText(assessed)} có tên trong danh sách ({membersText(results.length)}). Số đảng viên có
        ít nhất một phiếu đánh dấu {CO}: {marked}.
      </p>
      <table class="tally-paper__table">
        <caption>Số phiếu về từng đảng viên</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              TT
            </th>
            <th scope="col">Đảng viên được đánh giá</th>
            <th scope="col" class="num">
              Số phiếu
            </th>
            <th scope="col" class="num">
              Phiếu có {CO}
            </th>
            <th scope="col">Biểu hiện có phiếu đánh dấu {CO} (số phiếu)</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result, index) => (
            <tr key={result.member.id}>
              <td class="num">{index + 1}</td>
              <th scope="row">{result.member.name}</th>
              <td class="num">{result.totals.ballots}</td>
              <td class="num">{result.totals.withAny}</td>
              <td>{markedManifestations(result)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="tally-paper__small">
        Số ở cột cuối là số thứ tự biểu hiện trong 27 biểu hiện; trong ngoặc là số phiếu đánh dấu {CO} ở ít nhất một nội dung của biểu hiện đó.{' '}
        {itemSetNote(papers.itemSet, papers.committee)}
      </p>
      <div class="tally-paper__end">
        <p>
          Tổ kiểm phiếu báo cáo kết quả để chi ủy thảo luận. Đồng chí chi ủy viên phụ trách kiểm tra gặp từng đồng chí có phiếu đánh dấu {CO}, thông
          báo kết quả và nghe giải trình; chi ủy kết luận.
        </p>
        <div class="tally-paper__signatures">
          <p class="tally-paper__signatures-title">Tổ kiểm phiếu</p>
          <ul>
            {signers.map((name, index) => (
              <li key={index}>
                <span class="tally-paper__sign-line" aria-hidden="true"></span>
                <span>{name || 'Họ tên, chữ ký'}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </article>
  );
}

function Report({ count, results, manifestations, papers }: { count: Count; results: MemberResult[]; manifestations: BallotItem[]; papers: PaperSettings }) {
  const nameOf = new Map(manifestations.map((m) => [m.number, `${m.number}. ${m.shortName}`]));
  const surveyed = results.filter((r) => r.totals.ballots > 0);
  const marked = membersWithMarks(results);
  const concluded = marked.filter((r) => r.conclusion?.decided && r.conclusion.manifestations.length > 0);
  const cleared = marked.filter((r) => r.conclusion?.decided && r.conclusion.manifestations.length === 0);
  const pending = marked.filter((r) => !r.conclusion?.decided);
  const met = marked.filter((r) => r.conclusion?.metOn).length;
  return (
    <article class="tally-paper" id="bao-cao-in" data-paper="bao-cao" aria-label="Báo cáo của chi ủy (bản in)">
      <PaperHead count={count} papers={papers} title="Báo cáo kết quả khảo sát, đánh giá biểu hiện suy thoái" />
      <p>Báo cáo tại cuộc sinh hoạt chi bộ ngày ………/………/…………</p>
      <p>
        Số đảng viên được khảo sát: {surveyed.length}. Số đảng viên có phiếu đánh dấu {CO}: {marked.length}; chi ủy đã gặp {met} đồng chí trong số
        đó, thông báo kết quả và nghe giải trình.
      </p>
      <p>
        Chi ủy kết luận <strong>{membersText(concluded.length)}</strong> có biểu hiện suy thoái, chiếm {shareText(concluded.length, surveyed.length)} số
        đảng viên được khảo sát{concluded.length > 0 ? ':' : '.'}
      </p>
      {concluded.length > 0 && (
        <table class="tally-paper__table">
          <caption>Đảng viên chi ủy kết luận có biểu hiện suy thoái</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                TT
              </th>
              <th scope="col">Đảng viên</th>
              <th scope="col">Biểu hiện chi ủy kết luận</th>
            </tr>
          </thead>
          <tbody>
            {concluded.map((result, index) => (
              <tr key={result.member.id}>
                <td class="num">{index + 1}</td>
                <th scope="row">
                  {result.member.name}
                  <span class="tally-paper__met">Chi ủy gặp ngày {formatIsoDate(result.conclusion!.metOn)}</span>
                </th>
                <td>
                  <ul class="tally-paper__list">
                    {result.conclusion!.manifestations.map((number) => (
                      <li key={number}>{nameOf.get(number) ?? `Biểu hiện ${number}`}</li>
                    ))}
                  </ul>
                  {result.conclusion!.note && <p class="tally-paper__note">Ghi chú: {result.conclusion!.note}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cleared.length > 0 && (
        <p>
          Các đồng chí có phiếu đánh dấu {CO} nhưng chi ủy, sau khi nghe giải trình, kết luận không có biểu hiện suy thoái:{' '}
          {cleared.map((r) => r.member.name).join(', ')}.
        </p>
      )}
      {pending.length > 0 && (
        <p class="tally-paper__pending">
          Chi ủy chưa kết luận về: {pending.map((r) => r.member.name).join(', ')}.
        </p>
      )}
      <p class="tally-paper__small">{itemSetNote(papers.itemSet, papers.committee)}</p>
      <div class="tally-paper__end">
        <div class="tally-paper__signatures tally-paper__signatures--one">
          <p class="tally-paper__signatures-title">T/M Chi ủy</p>
          <ul>
            <li>
              <span class="tally-paper__sign-line" aria-hidden="true"></span>
              <span>Họ tên, chữ ký</span>
            </li>
          </ul>
        </div>
      </div>
    </article>
  );
}
