// The counting group's page: create a count, enter ballots by typing ids or tapping the grid, see, correct,
// remove and undo; the result, the biên bản to print, and the totals file for the đảng bộ.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { activeBallots, activeCounts, unitKey, type Count, type Period, type TallyDocument } from '../../lib/tally/count.ts';
import { formatEntry, parseEntry, type EntryProblem } from '../../lib/tally/entry.ts';
import { compareTotals, computeTotals, itemIdsOf, seenManifestations, type TallyManifestation } from '../../lib/tally/results.ts';
import { makeTotalsFile, SMALL_COUNT, totalsFileName, totalsFileText } from '../../lib/tally/transfer.ts';
import { samePeriod } from '../../lib/self-check/document.ts';
import { calendarDateOf, formatVietnameseDate } from '../../lib/dates.ts';
import type { PersistedDocument } from '../../stores/persisted-document.ts';
import {
  $undo,
  correctEnteredBallot,
  deleteCount,
  enterBallot,
  initTally,
  removeEnteredBallot,
  startCount,
  undoLast,
  writeMembers,
} from '../../stores/tally.ts';
import { TallyChart } from './TallyChart.tsx';
import { ballotsText, CO, periodLabel, setAsideText, shareText, signed, smallCountWarning, statusText } from './text.ts';
import { downloadText } from '../download.ts';
import { SeenTable } from './SeenTable.tsx';

export interface BallotItem {
  number: number;
  shortName: string;
  items: { id: string; text: string }[];
}

interface Props {
  manifestations: BallotItem[];
}

export default function Tally({ manifestations }: Props) {
  const [store, setStore] = useState<PersistedDocument<TallyDocument> | null>(null);
  useEffect(() => {
    const opened = initTally();
    setStore(opened);
    return () => opened.dispose();
  }, []);
  if (!store) {
    return (
      <div class="tally" data-ready="false">
        <p>Đang đọc dữ liệu kiểm phiếu đã lưu trong trình duyệt…</p>
      </div>
    );
  }
  return <TallyApp store={store} manifestations={manifestations} />;
}

function TallyApp({ store, manifestations }: { store: PersistedDocument<TallyDocument>; manifestations: BallotItem[] }) {
  const doc = useStore(store.$document);
  const status = useStore(store.$status);
  const counts = activeCounts(doc);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const count = counts.find((c) => c.id === selectedId) ?? counts[0];
  const problem = statusText(status);
  const more = useRef<HTMLDetailsElement>(null);
  const open = (id: string) => {
    setSelectedId(id);
    if (more.current) more.current.open = false;
  };

  return (
    <div class="tally" data-ready="true">
      {(problem || status.setAsideKey) && (
        <div class="tally-alert no-print" role="alert">
          {problem && <p>{problem}</p>}
          {status.setAsideKey && <p>{setAsideText}</p>}
        </div>
      )}
      {counts.length > 1 && (
        <p class="no-print">
          <label for="dot-kiem-phieu">Đợt kiểm phiếu đang xem: </label>
          <select id="dot-kiem-phieu" value={count?.id} onChange={(event) => setSelectedId((event.target as HTMLSelectElement).value)}>
            {counts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.unit} — {periodLabel(c.period)}
              </option>
            ))}
          </select>
        </p>
      )}
      {count ? (
        <CountView key={count.id} count={count} counts={counts} manifestations={manifestations} />
      ) : (
        <section class="tally-section" aria-labelledby="bat-dau">
          <h2 id="bat-dau">Bắt đầu kiểm phiếu</h2>
          <CreateCount onCreated={open} />
        </section>
      )}
      {count && (
        <details class="tally-more no-print" ref={more}>
          <summary>Bắt đầu đợt kiểm phiếu khác (chi bộ hoặc đợt khác)</summary>
          <CreateCount onCreated={open} />
        </details>
      )}
    </div>
  );
}

function CreateCount({ onCreated }: { onCreated: (id: string) => void }) {
  const year = new Date().getFullYear();
  const [message, setMessage] = useState('');
  const idPrefix = useRef(`tao-${Math.random().toString(36).slice(2, 7)}`).current;
  const submit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const half = String(form.get('half'));
    const period: Period = half === '1' || half === '2' ? { year: Number(form.get('year')), half: Number(half) as 1 | 2 } : { year: Number(form.get('year')) };
    const result = startCount(String(form.get('unit') ?? ''), period);
    if (result.ok) {
      const created = Object.values(result.document.counts).find((c) => !c.removed && samePeriod(c.period, period) && unitKey(c.unit) === unitKey(String(form.get('unit'))));
      if (created) onCreated(created.id);
      setMessage('');
    } else if (result.problem === 'no-unit') setMessage('Đồng chí chưa ghi tên chi bộ.');
    else {
      setMessage('Chi bộ này đã có đợt kiểm phiếu cho kỳ này trong trình duyệt: trang mở lại đợt đó.');
      if (result.existingId) onCreated(result.existingId);
    }
  };
  return (
    <form class="tally-create" onSubmit={submit} noValidate>
      <p>
        <label for={`${idPrefix}-unit`}>Tên chi bộ</label>
        <input id={`${idPrefix}-unit`} name="unit" type="text" autocomplete="off" required />
      </p>
      <fieldset>
        <legend>Đợt khảo sát</legend>
        <p class="tally-create__period">
          <span>
            <label for={`${idPrefix}-half`}>Kỳ</label>
            <select id={`${idPrefix}-half`} name="half">
              <option value="1">6 tháng đầu năm</option>
              <option value="2" selected>6 tháng cuối năm</option>
              <option value="0">Cả năm</option>
            </select>
          </span>
          <span>
            <label for={`${idPrefix}-year`}>Năm</label>
            <input id={`${idPrefix}-year`} name="year" type="number" inputMode="numeric" min={1990} max={2200} value={year} required />
          </span>
        </p>
      </fieldset>
      <button type="submit">Bắt đầu kiểm phiếu</button>
      {message && (
        <p class="tally-message" role="status">
          {message}
        </p>
      )}
    </form>
  );
}

function CountView({ count, counts, manifestations }: { count: Count; counts: Count[]; manifestations: BallotItem[] }) {
  const ballots = activeBallots(count);
  const totals = useMemo(() => computeTotals(manifestations, ballots), [manifestations, ballots]);
  const earlier = counts
    .filter((c) => c.id !== count.id && unitKey(c.unit) === unitKey(count.unit) && periodOrder(c.period) < periodOrder(count.period))
    .sort((a, b) => periodOrder(b.period) - periodOrder(a.period))[0];
  return (
    <>
      <section class="tally-section no-print" aria-labelledby="dot-hien-tai">
        <h2 id="dot-hien-tai">
          {count.unit} — {periodLabel(count.period).toLowerCase()}
        </h2>
        <p>Đã nhập {ballotsText(ballots.length)}.</p>
        <BallotEntry count={count} ballots={ballots.length} manifestations={manifestations} />
        <BallotList count={count} />
      </section>
      <Result totals={totals} manifestations={manifestations} earlier={earlier} />
      <Record count={count} totals={totals} manifestations={manifestations} />
      <Export count={count} totals={totals} />
      <details class="tally-more no-print">
        <summary>Xóa đợt kiểm phiếu này khỏi trình duyệt</summary>
        <p>Các phiếu đã nhập của {count.unit} ({periodLabel(count.period).toLowerCase()}) sẽ bị xóa khỏi trình duyệt này. Hãy in biên bản và tải tệp tổng hợp trước.</p>
        <button type="button" class="danger" onClick={() => deleteCount(count.id)}>
          Xóa đợt kiểm phiếu này
        </button>
      </details>
    </>
  );
}

/** Earlier periods sort first: a year's first half, then its second half or the whole year. */
function periodOrder(period: Period): number {
  return period.year * 3 + (period.half ?? 2);
}

interface Editing {
  ballotId: string;
  number: number;
}

function BallotEntry({ count, ballots, manifestations }: { count: Count; ballots: number; manifestations: BallotItem[] }) {
  const ids = useMemo(() => itemIdsOf(manifestations), [manifestations]);
  const textOf = useMemo(() => new Map(manifestations.flatMap((m) => m.items.map((item) => [item.id, item.text] as const))), [manifestations]);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<EntryProblem[]>([]);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const undo = useStore($undo);
  const input = useRef<HTMLInputElement>(null);
  const parsed = parseEntry(text, ids);
  const marked = new Set(parsed.ids);

  useEffect(() => {
    const onEdit = (event: Event) => {
      const detail = (event as CustomEvent<Editing & { marked: string[] }>).detail;
      setEditing({ ballotId: detail.ballotId, number: detail.number });
      setText(detail.marked.length === 0 ? '' : formatEntry(detail.marked));
      setProblems([]);
      input.current?.focus();
      input.current?.scrollIntoView({ block: 'center' });
    };
    document.addEventListener('tally-edit', onEdit);
    return () => document.removeEventListener('tally-edit', onEdit);
  }, []);

  const record = (chosen: string[]) => {
    const shown = chosen.length === 0 ? `không có ${CO}` : formatEntry(chosen);
    if (editing) {
      correctEnteredBallot(count.id, editing.ballotId, chosen, `sửa phiếu số ${editing.number}`);
      setAnnouncement(`Đã sửa phiếu số ${editing.number}: ${shown}.`);
      setEditing(undefined);
    } else {
      enterBallot(count.id, chosen, `ghi phiếu số ${ballots + 1}`);
      setAnnouncement(`Đã ghi phiếu số ${ballots + 1}: ${shown}.`);
    }
    setText('');
    setProblems([]);
  };

  const submit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const final = parseEntry(text, ids, true);
    if (final.problems.length > 0) {
      setProblems(final.problems);
      input.current?.focus();
      return;
    }
    if (final.empty) {
      setProblems([{ kind: 'format', token: '', message: `Chưa có mã nào. Gõ mã các nội dung được đánh dấu ${CO}, hoặc gõ 0 nếu phiếu không có ${CO}.` }]);
      input.current?.focus();
      return;
    }
    record(final.ids);
    input.current?.focus();
  };

  const toggle = (id: string) => {
    const next = new Set(parsed.ids);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setText(next.size === 0 ? '' : formatEntry([...next]));
    setProblems([]);
  };

  const live = problems.length > 0 ? problems : parsed.problems;
  const heading = editing ? `Sửa phiếu số ${editing.number}` : `Nhập phiếu số ${ballots + 1}`;
  const lastUndo = undo[undo.length - 1];

  return (
    <div class="tally-entry">
      <h3 id="nhap-phieu">{heading}</h3>
      <form onSubmit={submit} noValidate aria-labelledby="nhap-phieu">
        <label for="ma-co" class="tally-entry__label">
          Mã các nội dung được đánh dấu {CO} trên phiếu, ví dụ <kbd>1a 3c 14b</kbd>; gõ <kbd>0</kbd> nếu phiếu không có {CO}
        </label>
        <input
          id="ma-co"
          ref={input}
          type="text"
          class="tally-entry__input"
          value={text}
          onInput={(event) => {
            setText((event.target as HTMLInputElement).value);
            setProblems([]);
          }}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterKeyHint="done"
          aria-invalid={live.length > 0 ? 'true' : undefined}
          aria-describedby="ma-co-kiem-tra"
        />
        <div id="ma-co-kiem-tra" class="tally-entry__check" aria-live="polite">
          {live.length > 0 ? (
            <ul class="tally-problems">
              {live.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          ) : parsed.ids.length > 0 ? (
            <p>
              {CO}: {parsed.ids.length} nội dung ({formatEntry(parsed.ids)}).
            </p>
          ) : null}
        </div>
        <fieldset class="tally-grid">
          <legend>Hoặc chạm vào mã các nội dung được đánh dấu {CO}, rồi bấm “{editing ? 'Lưu phiếu đã sửa' : 'Ghi phiếu'}” ở dưới</legend>
          <div class="tally-grid__cells">
            {ids.map((id) => (
              <button key={id} type="button" class="tally-grid__cell" aria-pressed={marked.has(id) ? 'true' : 'false'} title={textOf.get(id)} onClick={() => toggle(id)}>
                {id}
              </button>
            ))}
          </div>
        </fieldset>
        <div class="tally-entry__actions">
          <button type="submit">
            {editing ? 'Lưu phiếu đã sửa' : 'Ghi phiếu'}
          </button>
          <button type="button" class="secondary" onClick={() => record([])}>
            Phiếu không có {CO}
          </button>
          {editing && (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setEditing(undefined);
                setText('');
                setProblems([]);
              }}
            >
              Thôi sửa
            </button>
          )}
        </div>
      </form>
      <div class="tally-undo">
        <p role="status" class="tally-message">
          {announcement}
        </p>
        {lastUndo && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const label = undoLast();
              if (label) setAnnouncement(`Đã hoàn tác: ${label}.`);
            }}
          >
            Hoàn tác: {lastUndo.label}
          </button>
        )}
      </div>
    </div>
  );
}

function BallotList({ count }: { count: Count }) {
  const ballots = activeBallots(count);
  if (ballots.length === 0) return null;
  return (
    <div class="tally-ballots">
      <h3>Các phiếu đã nhập ({ballots.length})</h3>
      <ol class="tally-ballots__list">
        {ballots.map((ballot, index) => (
          <li key={ballot.id} data-ballot={index + 1}>
            <span class="tally-ballots__text">
              Phiếu {index + 1}: {ballot.marked.length === 0 ? <em>không có {CO}</em> : formatEntry(ballot.marked)}
            </span>
            <button
              type="button"
              class="secondary small"
              aria-label={`Sửa phiếu ${index + 1}`}
              onClick={() => document.dispatchEvent(new CustomEvent('tally-edit', { detail: { ballotId: ballot.id, number: index + 1, marked: ballot.marked } }))}
            >
              Sửa
            </button>
            <button
              type="button"
              class="secondary small"
              aria-label={`Xóa phiếu ${index + 1}`}
              onClick={() => removeEnteredBallot(count.id, ballot.id, `xóa phiếu số ${index + 1}`)}
            >
              Xóa
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function shortLabel(m: { number: number; shortName: string }): string {
  const full = `${m.number}. ${m.shortName}`;
  if (full.length <= 34) return full;
  return `${full.slice(0, 33).replace(/[\s,]+\S*$/, '')}…`;
}

function Result({ totals, manifestations, earlier }: { totals: ReturnType<typeof computeTotals>; manifestations: BallotItem[]; earlier?: Count }) {
  const seen = seenManifestations(manifestations, totals);
  const earlierTotals = earlier ? computeTotals(manifestations, activeBallots(earlier)) : undefined;
  const comparison = earlierTotals ? compareTotals(totals, earlierTotals) : undefined;
  return (
    <section class="tally-section no-print" aria-labelledby="ket-qua-dot">
      <h2 id="ket-qua-dot">Kết quả</h2>
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
      <SeenText seen={seen} ballots={totals.ballots} />
      {comparison && earlier && earlierTotals && (
        <p class="tally-compare">
          So với {periodLabel(earlier.period).toLowerCase()} ({ballotsText(earlierTotals.withAny)} có {CO} trên {ballotsText(earlierTotals.ballots)},{' '}
          {shareText(earlierTotals.withAny, earlierTotals.ballots)}): số phiếu có {CO} {signed(comparison.withAnyChange)}
          {comparison.shareChange !== null && `, tỷ lệ ${signed(comparison.shareChange, 2)} điểm phần trăm`}.
        </p>
      )}
      {seen.length > 0 && (
        <div class="tally-result">
          <figure class="tally-result__chart">
            <TallyChart
              id="bieu-do-kiem-phieu"
              title="Số phiếu đánh dấu từng biểu hiện"
              data={seen.map((m) => ({ label: shortLabel(m), value: m.ballots, valueText: ballotsText(m.ballots) }))}
            />
            <figcaption>Biểu đồ: số phiếu đánh dấu {CO} ở ít nhất một nội dung của biểu hiện. Số liệu đầy đủ ở bảng.</figcaption>
          </figure>
          <SeenTable caption="Số phiếu theo biểu hiện" seen={seen} ballots={totals.ballots} />
        </div>
      )}
      {totals.ballots > 0 && (
        <details class="tally-items">
          <summary>Số phiếu theo từng nội dung (81 nội dung)</summary>
          <div class="table-scroll">
            <table>
              <caption>Số phiếu đánh dấu {CO} ở từng nội dung</caption>
              <thead>
                <tr>
                  <th scope="col">Mã</th>
                  <th scope="col">Nội dung</th>
                  <th scope="col" class="num">Số phiếu</th>
                </tr>
              </thead>
              <tbody>
                {manifestations.flatMap((m) =>
                  m.items.map((item) => (
                    <tr key={item.id} data-item={item.id}>
                      <th scope="row">{item.id}</th>
                      <td>{item.text}</td>
                      <td class="num">{totals.byItem[item.id] ?? 0}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}

function SeenText({ seen, ballots }: { seen: ReturnType<typeof seenManifestations>; ballots: number }) {
  if (ballots === 0) return <p>Chưa có phiếu nào.</p>;
  if (seen.length === 0) return <p class="tally-seen">Không phiếu nào đánh dấu {CO}: không có biểu hiện nào được nhận diện.</p>;
  return (
    <p class="tally-seen">
      Các biểu hiện được nhận diện ({seen.length}): {seen.map((m) => `${m.shortName.charAt(0).toLowerCase()}${m.shortName.slice(1)} (${ballotsText(m.ballots)})`).join('; ')}.
    </p>
  );
}

function Record({ count, totals, manifestations }: { count: Count; totals: ReturnType<typeof computeTotals>; manifestations: TallyManifestation[] }) {
  const seen = seenManifestations(manifestations, totals);
  const [members, setMembersText] = useState(count.members);
  useEffect(() => setMembersText(count.members), [count.members]);
  const names = members
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const today = formatVietnameseDate(calendarDateOf(new Date()));
  const signers = names.length > 0 ? names : ['', '', ''];
  return (
    <section class="tally-section tally-record-section" aria-labelledby="bien-ban">
      <h2 id="bien-ban" class="no-print">
        Biên bản kiểm phiếu
      </h2>
      <div class="no-print">
        <p>
          <label for="to-kiem-phieu">Họ tên các thành viên tổ kiểm phiếu (mỗi dòng một người; không bắt buộc)</label>
          <textarea
            id="to-kiem-phieu"
            rows={3}
            value={members}
            onInput={(event) => setMembersText((event.target as HTMLTextAreaElement).value)}
            onBlur={() => members !== count.members && writeMembers(count.id, members)}
          />
        </p>
        <button
          type="button"
         
          onClick={() => {
            if (members !== count.members) writeMembers(count.id, members);
            window.print();
          }}
        >
          In biên bản
        </button>
        <p class="tally-hint">Khi in trang này, chỉ biên bản được in ra.</p>
      </div>
      <article class="tally-record" aria-label="Biên bản kiểm phiếu (bản in)">
        <p class="tally-record__unit">{count.unit}</p>
        <p class="tally-record__title">Biên bản kiểm phiếu</p>
        <p class="tally-record__sub">Phiếu khảo sát, đánh giá biểu hiện suy thoái — {periodLabel(count.period).toLowerCase()}</p>
        <p>Ngày lập biên bản: {today}.</p>
        <p>
          Tổ kiểm phiếu đã kiểm {ballotsText(totals.ballots)}. Số phiếu có ít nhất một nội dung đánh dấu {CO}: {ballotsText(totals.withAny)}, tỷ lệ{' '}
          {shareText(totals.withAny, totals.ballots)} trên số phiếu đã kiểm.
        </p>
        {seen.length > 0 ? (
          <SeenTable caption="Các biểu hiện được nhận diện" seen={seen} ballots={totals.ballots} className="tally-record__table" withShare={false} />
        ) : (
          <p>Không phiếu nào đánh dấu {CO}.</p>
        )}
        <p>Tổ kiểm phiếu báo cáo kết quả để chi ủy thảo luận, kết luận.</p>
        <div class="tally-record__signatures">
          <p class="tally-record__signatures-title">Tổ kiểm phiếu</p>
          <ul>
            {signers.map((name, index) => (
              <li key={index}>
                <span class="tally-record__sign-line" aria-hidden="true"></span>
                <span>{name || 'Họ tên, chữ ký'}</span>
              </li>
            ))}
          </ul>
        </div>
      </article>
    </section>
  );
}

function Export({ count, totals }: { count: Count; totals: ReturnType<typeof computeTotals> }) {
  const small = totals.ballots > 0 && totals.ballots < SMALL_COUNT;
  return (
    <section class="tally-section no-print" aria-labelledby="gui-dang-bo">
      <h2 id="gui-dang-bo">Gửi kết quả cho đảng bộ</h2>
      <p>
        Tệp tổng hợp chỉ gồm các con số cộng lại (số phiếu, số phiếu có {CO}, số phiếu theo từng biểu hiện và từng nội dung), không có phiếu nào
        và không có tên người. Tệp được tải về máy này; trang không gửi đi đâu. Đồng chí chuyển tệp cho đảng bộ theo cách chi ủy quy định.
      </p>
      {small && (
        <p class="tally-warning" role="note">
          <strong>Lưu ý:</strong> {smallCountWarning}
        </p>
      )}
      <button
        type="button"
       
        disabled={totals.ballots === 0}
        onClick={() => {
          const file = makeTotalsFile(count.unit, count.period, totals, new Date());
          downloadText(totalsFileName(file), totalsFileText(file), 'application/json');
        }}
      >
        Tải tệp tổng hợp
      </button>
      {totals.ballots === 0 && <p class="tally-hint">Chưa có phiếu nào để tổng hợp.</p>}
    </section>
  );
}
