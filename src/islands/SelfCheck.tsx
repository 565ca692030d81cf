// The private self-check island: reads the stores, wires the parts together; logic lives in lib/ and stores/.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { currentRound, samePeriod, type Period } from '../lib/self-check/document.ts';
import { summarise, type CheckManifestation } from '../lib/self-check/scoring.ts';
import {
  $selfCheck,
  $selfCheckStatus,
  acknowledgeStorageNotice,
  answerItem,
  beginRound,
  initSelfCheck,
  writeNote,
} from '../stores/self-check.ts';
import { groupLabels } from '../ui/labels.ts';
import { migratedText, periodLabel, storageNoticeText, storageProblemText } from '../ui/self-check-text.ts';
import { calendarDateOf, formatVietnameseDate } from '../lib/dates.ts';
import SelfCheckForm, { focusItem, itemAnchor } from './SelfCheckForm.tsx';
import SelfCheckResult, { EarlierRounds } from './SelfCheckResult.tsx';
import SelfCheckData from './SelfCheckData.tsx';

interface Props {
  manifestations: CheckManifestation[];
}

function dayOf(iso: string): string {
  return formatVietnameseDate(calendarDateOf(new Date(iso)));
}

/** Periods a member may start: this year and last year, whole or by half. */
function periodChoices(now: Date): Period[] {
  const year = now.getFullYear();
  return [year, year - 1].flatMap((y) => [{ year: y }, { year: y, half: 1 as const }, { year: y, half: 2 as const }]);
}

const periodValue = (period: Period) => `${period.year}-${period.half ?? 0}`;

export default function SelfCheck({ manifestations }: Props) {
  const doc = useStore($selfCheck);
  const status = useStore($selfCheckStatus);
  const [announcement, setAnnouncement] = useState('');
  const [chosen, setChoice] = useState<string | undefined>(undefined);
  useEffect(() => initSelfCheck(), []);

  const round = currentRound(doc);
  // Until storage has been read, render exactly what the server rendered, so hydration matches.
  const answers = status.ready ? round.answers : {};
  const summary = summarise(manifestations, answers);
  const firstUnanswered = summary.unanswered[0];
  const choices = periodChoices(new Date());
  const taken = (p: Period) => doc.rounds.some((r) => samePeriod(r.period, p));
  const firstFree = choices.find((p) => !taken(p));
  const choice = chosen ?? (firstFree ? periodValue(firstFree) : '');

  const announce = (message: string) => {
    // Clearing first makes a repeated message be read again.
    setAnnouncement('');
    setTimeout(() => setAnnouncement(message), 50);
  };

  return (
    <div class="self-check">
      <div class="sc-alert" role="alert">
        {status.problem && <p class="notice">{storageProblemText[status.problem]}</p>}
      </div>
      <div class="visually-hidden" role="status">
        {announcement}
      </div>
      {status.ready && (
        <>
          {status.migratedFrom !== undefined && <p class="notice">{migratedText}</p>}
          {!doc.storageNoticeSeenAt && (
            <div class="notice sc-storage-notice no-print">
              <p>{storageNoticeText}</p>
              <button type="button" class="secondary" onClick={acknowledgeStorageNotice}>
                Đã hiểu
              </button>
            </div>
          )}
          <section class="sc-round" aria-labelledby="luot">
            <h2 id="luot">Lượt tự kiểm tra: {periodLabel(round.period).toLowerCase()}</h2>
            <p>
              Bắt đầu ngày {dayOf(round.startedAt)}, sửa lần cuối ngày {dayOf(round.updatedAt)}.{' '}
              {status.mode === 'storage'
                ? 'Mỗi câu trả lời được lưu ngay trong trình duyệt này.'
                : 'Câu trả lời hiện chỉ nằm trên trang này, chưa được lưu.'}
            </p>
            <details class="no-print">
              <summary>Bắt đầu lượt mới (cho năm hoặc 6 tháng khác)</summary>
              <p>Lượt hiện tại được giữ lại để xem và so sánh, nhưng không sửa được nữa.</p>
              <form
                class="sc-new-round"
                onSubmit={(event) => {
                  event.preventDefault();
                  const period = choices.find((p) => periodValue(p) === choice);
                  if (!period) return;
                  announce(
                    beginRound(period)
                      ? `Đã bắt đầu lượt mới: ${periodLabel(period).toLowerCase()}.`
                      : `Đã có lượt ${periodLabel(period).toLowerCase()}. Hãy chọn kỳ khác.`,
                  );
                }}
              >
                <label for="ky-moi">Kỳ của lượt mới</label>
                <select id="ky-moi" value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
                  {choices.map((p) => (
                    <option value={periodValue(p)} key={periodValue(p)} disabled={taken(p)}>
                      {periodLabel(p)}
                    </option>
                  ))}
                </select>{' '}
                <button type="submit">Bắt đầu lượt mới</button>
              </form>
            </details>
          </section>
          <section class="sc-progress no-print" aria-labelledby="tien-do">
            <h2 id="tien-do">Tiến độ</h2>
            <p>
              Đã trả lời <strong>{summary.answered}</strong> trên <strong>{summary.total}</strong> nội dung.
            </p>
            <ul>
              {summary.byGroup.map((g) => (
                <li key={g.group}>
                  Nhóm {g.group} ({groupLabels[g.group]}): {g.answered}/{g.total}
                </li>
              ))}
            </ul>
            {firstUnanswered ? (
              <p>
                <a
                  href={`#${itemAnchor(firstUnanswered)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusItem(firstUnanswered);
                  }}
                >
                  Đến nội dung chưa trả lời đầu tiên ({firstUnanswered})
                </a>
              </p>
            ) : (
              <p>
                Bạn đã trả lời đủ. <a href="#ket-qua-tu-kiem-tra">Xem kết quả</a>
              </p>
            )}
          </section>
        </>
      )}
      <SelfCheckForm manifestations={manifestations} answers={answers} onAnswer={answerItem} />
      {status.ready && (
        <>
          <SelfCheckResult
            manifestations={manifestations}
            round={round}
            previous={doc.rounds[doc.rounds.length - 2]}
            summary={summary}
            onNote={writeNote}
          />
          <EarlierRounds manifestations={manifestations} rounds={doc.rounds.slice(0, -1)} />
          <SelfCheckData setAsideKeys={status.setAsideKeys} announce={announce} />
        </>
      )}
    </div>
  );
}
