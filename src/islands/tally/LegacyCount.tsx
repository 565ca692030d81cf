// A count entered before ballots named a member: anonymous ballots, kept as they were — readable, and exportable
// in the earlier totals format. New ballots go to a count of named members.
import { activeBallots, type Count } from '../../lib/tally/count.ts';
import { formatEntry } from '../../lib/tally/entry.ts';
import { computeTotals, seenManifestations } from '../../lib/tally/results.ts';
import { makeTotalsFile, totalsFileName, totalsFileText } from '../../lib/tally/transfer.ts';
import { downloadText } from '../download.ts';
import { SeenTable } from './SeenTable.tsx';
import type { BallotItem } from './types.ts';
import { ballotsText, CO, periodLabel, shareText } from './text.ts';

export function LegacyCount({ count, manifestations }: { count: Count; manifestations: BallotItem[] }) {
  const ballots = activeBallots(count);
  const totals = computeTotals(manifestations, ballots);
  const seen = seenManifestations(manifestations, totals);
  return (
    <section class="tally-section no-print" aria-labelledby="dot-hien-tai">
      <h2 id="dot-hien-tai">
        {count.unit} — {periodLabel(count.period).toLowerCase()}
      </h2>
      <p class="notice">
        Đợt kiểm phiếu này được nhập theo cách trước đây: phiếu không ghi tên đảng viên được đánh giá, nên kết quả chỉ là số phiếu, không cho biết
        đồng chí nào cần được chi ủy gặp và kết luận. Các phiếu được giữ nguyên để xem lại và tải tệp như cũ; không nhập thêm phiếu vào đợt này được.
        Để kiểm phiếu theo từng đảng viên, đề nghị bắt đầu một đợt kiểm phiếu mới.
      </p>
      <dl class="tally-figures">
        <div>
          <dt>Số phiếu đã kiểm</dt>
          <dd>{ballotsText(totals.ballots)}</dd>
        </div>
        <div>
          <dt>Số phiếu có ít nhất một {CO}</dt>
          <dd>{ballotsText(totals.withAny)}</dd>
        </div>
        <div>
          <dt>Tỷ lệ trên số phiếu đã kiểm</dt>
          <dd>{shareText(totals.withAny, totals.ballots)}</dd>
        </div>
      </dl>
      {seen.length > 0 && <SeenTable caption={`Số phiếu đánh dấu ${CO} theo biểu hiện`} seen={seen} ballots={totals.ballots} />}
      {ballots.length > 0 && (
        <details class="tally-items">
          <summary>Các phiếu đã nhập ({ballots.length})</summary>
          <ol class="tally-ballots__list">
            {ballots.map((ballot, index) => (
              <li key={ballot.id} data-ballot={index + 1}>
                Phiếu {index + 1}: {ballot.marked.length === 0 ? <em>không có {CO}</em> : formatEntry(ballot.marked)}
              </li>
            ))}
          </ol>
        </details>
      )}
      <p>
        <button
          type="button"
          class="secondary"
          disabled={totals.ballots === 0}
          onClick={() => {
            const file = makeTotalsFile(count.unit, count.period, totals, new Date());
            downloadText(totalsFileName(file), totalsFileText(file), 'application/json');
          }}
        >
          Tải tệp tổng hợp số phiếu (cách trước đây)
        </button>
      </p>
    </section>
  );
}
