// The round being answered, and starting a new one (a year or a half-year); earlier rounds stay read-only.
import { useState } from 'preact/hooks';
import { periodChoices, periodFromKey, periodKey, type Round, type SelfCheckDocument } from '../../lib/self-check/document.ts';
import { ROUND_HEADING_ID } from '../../lib/self-check/anchors.ts';
import { periodLabel } from '../../ui/self-check-text.ts';
import Banner from './Banner.tsx';
import type { BannerMessage, Notify, SelfCheckActions } from './types.ts';

// The browser's own Vietnamese date format (dd/mm/yyyy): no date code shipped for one line.
const dayOf = (iso: string) => new Date(iso).toLocaleDateString('vi-VN');

interface Props {
  doc: SelfCheckDocument;
  round: Round;
  saving: boolean;
  actions: SelfCheckActions;
  banner?: BannerMessage;
  notify: Notify;
  onBannerClose: () => void;
}

export default function RoundPanel({ doc, round, saving, actions, banner, notify, onBannerClose }: Props) {
  const [chosen, setChoice] = useState<string | undefined>(undefined);
  const choices = periodChoices(new Date());
  // Before the first answer, the current round is implicit: its period is taken all the same.
  const rounds = doc.rounds.length > 0 ? doc.rounds : [round];
  const taken = (key: string) => rounds.some((r) => periodKey(r.period) === key);
  const firstFree = choices.map(periodKey).find((key) => !taken(key));
  const choice = chosen ?? firstFree ?? '';
  return (
    <section class="sc-round no-print" aria-labelledby={ROUND_HEADING_ID}>
      <h2 id={ROUND_HEADING_ID}>Lượt tự kiểm tra: {periodLabel(round.period).toLowerCase()}</h2>
      {banner && <Banner message={banner} onClose={onBannerClose} />}
      <p>
        {doc.rounds.length > 0 ? `Bắt đầu ngày ${dayOf(round.startedAt)}, sửa lần cuối ngày ${dayOf(round.updatedAt)}. ` : ''}
        {saving ? 'Mỗi câu trả lời được lưu ngay trong trình duyệt này.' : 'Câu trả lời hiện chỉ nằm trên trang này, chưa được lưu.'}
      </p>
      <details>
        <summary>Bắt đầu lượt mới (cho năm hoặc 6 tháng khác)</summary>
        <p>Lượt hiện tại được giữ lại để xem và so sánh, nhưng không sửa được nữa.</p>
        <form
          class="sc-new-round"
          onSubmit={(event) => {
            event.preventDefault();
            const period = periodFromKey(choice);
            if (!period) return;
            const started = actions.beginRound(period);
            notify({
              kind: started ? 'success' : 'problem',
              place: 'round',
              text: started
                ? `Đã bắt đầu lượt mới: ${periodLabel(period).toLowerCase()}. Các câu hỏi ở trên đã để trống cho lượt này.`
                : `Đã có lượt ${periodLabel(period).toLowerCase()}. Hãy chọn kỳ khác.`,
            });
          }}
        >
          <label for="ky-moi">Kỳ của lượt mới</label>
          <select id="ky-moi" value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
            {choices.map((p) => (
              <option value={periodKey(p)} key={periodKey(p)} disabled={taken(periodKey(p))}>
                {periodLabel(p)}
              </option>
            ))}
          </select>{' '}
          <button type="submit">Bắt đầu lượt mới</button>
        </form>
      </details>
    </section>
  );
}
