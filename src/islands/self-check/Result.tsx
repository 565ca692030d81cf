// "Check your answers": what is marked Có, what is unanswered, the private plan, and the change since the last round.
import { useState } from 'preact/hooks';
import { answersOf, noteOf, type Round } from '../../lib/self-check/document.ts';
import { compareRounds, type Summary } from '../../lib/self-check/scoring.ts';
import { RESULT_HEADING_ID, itemAnchor, noteInputId } from '../../lib/self-check/anchors.ts';
import { periodLabel, privateReminder } from '../../ui/self-check-text.ts';
import { focusItem } from './dom.ts';
import type { CheckManifestation, SelfCheckActions } from './types.ts';

interface Props {
  manifestations: CheckManifestation[];
  round: Round;
  previous?: Round;
  summary: Summary;
  actions: SelfCheckActions;
}

function ItemLink({ itemId, label }: { itemId: string; label: string }) {
  return (
    <a
      href={`#${itemAnchor(itemId)}`}
      onClick={(event) => {
        event.preventDefault();
        focusItem(itemId);
      }}
    >
      {label}
    </a>
  );
}

/** Consecutive runs of one group, in the order given (the page gives them by number: A, then B, then C). */
function byGroup(manifestations: CheckManifestation[]): CheckManifestation[][] {
  const runs: CheckManifestation[][] = [];
  for (const m of manifestations) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.group === m.group) last.push(m);
    else runs.push([m]);
  }
  return runs;
}

function numbersText(numbers: number[], byNumber: Map<number, CheckManifestation>): string {
  return numbers.map((n) => `Biểu hiện ${n}: ${byNumber.get(n)?.shortName ?? ''}`).join('; ');
}

function printResult(): void {
  // The class limits printing to the result; plain Ctrl+P still prints the whole form.
  document.documentElement.classList.add('sc-print-result');
  window.addEventListener('afterprint', () => document.documentElement.classList.remove('sc-print-result'), { once: true });
  window.print();
}

export default function Result({ manifestations, round, previous, summary, actions }: Props) {
  const byNumber = new Map(manifestations.map((m) => [m.number, m]));
  const itemText = new Map(manifestations.flatMap((m) => m.items.map((item) => [item.id, item.text] as const)));
  const marked = new Set(summary.marked.map((m) => m.number));
  const comparison = previous ? compareRounds(manifestations, answersOf(previous), answersOf(round)) : undefined;
  const [unansweredOpen, setUnansweredOpen] = useState(false);
  return (
    <section class="sc-result" aria-labelledby={RESULT_HEADING_ID}>
      <h2 id={RESULT_HEADING_ID}>Kết quả lượt {periodLabel(round.period).toLowerCase()}</h2>
      <p class="notice">{privateReminder}</p>
      <p>
        Đã trả lời {summary.answered} trên {summary.total} nội dung.{' '}
        {summary.marked.length === 0
          ? 'Chưa có nội dung nào được đánh dấu “Có”.'
          : `Có ${summary.marked.length} biểu hiện có ít nhất một nội dung được đánh dấu “Có”.`}
      </p>
      <button type="button" class="secondary no-print" onClick={printResult}>
        In kết quả và cam kết
      </button>
      {byGroup(manifestations.filter((m) => marked.has(m.number))).map((inGroup) => (
        <div key={inGroup[0]!.group}>
          <h3 id={`kq-nhom-${inGroup[0]!.group}`}>
            Nhóm {inGroup[0]!.group}. {inGroup[0]!.groupLabel}
          </h3>
          {inGroup.map((m) => {
            const yesItems = summary.marked.find((entry) => entry.number === m.number)?.yesItems ?? [];
            const note = noteOf(round, m.number);
            return (
              <div class="sc-marked" key={m.number}>
                <h4>
                  Biểu hiện {m.number}: {m.shortName}
                </h4>
                <p>
                  <a href={m.href}>Nội dung biểu hiện {m.number} trong Nghị quyết</a>
                  {' · '}
                  <a href={m.handbookHref}>Biểu hiện {m.number} trong cẩm nang</a>
                </p>
                <p>Nội dung đã đánh dấu “Có”:</p>
                <ul>
                  {yesItems.map((id) => (
                    <li key={id}>
                      {id}. {itemText.get(id)} <span class="no-print">(<ItemLink itemId={id} label={`Sửa câu trả lời ${id}`} />)</span>
                    </li>
                  ))}
                </ul>
                <label for={noteInputId(m.number)}>Cam kết và cách khắc phục của tôi với biểu hiện {m.number}</label>
                <textarea
                  id={noteInputId(m.number)}
                  class="sc-note"
                  rows={3}
                  value={note}
                  onInput={(event) => actions.writeNote(m.number, event.currentTarget.value)}
                />
                <p class="sc-note-print">{note || '(chưa ghi)'}</p>
              </div>
            );
          })}
        </div>
      ))}
      {summary.unanswered.length > 0 && (
        <details class="no-print sc-unanswered-list" onToggle={(event) => setUnansweredOpen(event.currentTarget.open)}>
          <summary id="chua-tra-loi">Nội dung chưa trả lời ({summary.unanswered.length})</summary>
          {/* Up to 81 entries: drawn when opened, not while the page starts. */}
          {unansweredOpen && (
            <ul class="sc-unanswered">
              {summary.unanswered.map((id) => (
                <li key={id}>
                  {id}. {itemText.get(id)} — <strong>chưa trả lời</strong>. <ItemLink itemId={id} label={`Trả lời nội dung ${id}`} />
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {previous && comparison && (
        <div>
          <h3 id="so-sanh">So với lượt trước ({periodLabel(previous.period).toLowerCase()})</h3>
          <dl class="sc-comparison">
            <dt>Biểu hiện mới xuất hiện</dt>
            <dd>{comparison.appeared.length ? numbersText(comparison.appeared, byNumber) : 'Không có'}</dd>
            <dt>Biểu hiện đã khắc phục (lượt này trả lời “Không” cả ba nội dung)</dt>
            <dd>{comparison.wentAway.length ? numbersText(comparison.wentAway, byNumber) : 'Không có'}</dd>
            <dt>Biểu hiện vẫn còn</dt>
            <dd>{comparison.remained.length ? numbersText(comparison.remained, byNumber) : 'Không có'}</dd>
            {comparison.undecided.length > 0 && (
              <>
                <dt>Biểu hiện lượt trước có, lượt này chưa trả lời đủ</dt>
                <dd>{numbersText(comparison.undecided, byNumber)}</dd>
              </>
            )}
          </dl>
        </div>
      )}
    </section>
  );
}
