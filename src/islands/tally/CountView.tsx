// One count of a chi bộ: ballots entered about each member, the result per member, the chi ủy's steps,
// the papers to print and the figures file for the đảng bộ.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { activeBallots, activeMembers, type Count } from '../../lib/tally/count.ts';
import { formatEntry, parseEntry, type EntryProblem } from '../../lib/tally/entry.ts';
import { itemIdsOf, memberResults, membersAwaitingConclusion, membersWithMarks, type MemberResult } from '../../lib/tally/results.ts';
import { countFigures, figuresFileName, figuresFileText, makeFiguresFile } from '../../lib/tally/figures.ts';
import type { Applied } from '../../lib/tally/count.ts';
import {
  $undo,
  addListedMember,
  correctEnteredBallot,
  enterBallot,
  recordConclusion,
  removeEnteredBallot,
  removeListedMember,
  undoLast,
} from '../../stores/tally.ts';
import { downloadText } from '../download.ts';
import { Papers } from './Papers.tsx';
import type { BallotItem, PaperSettings } from './types.ts';
import { awaitingText, ballotsText, CO, conclusionTexts, memberTexts, membersText, periodLabel, raceTexts } from './text.ts';

export function CountView({ count, manifestations, papers }: { count: Count; manifestations: BallotItem[]; papers: PaperSettings }) {
  const results = useMemo(() => memberResults(manifestations, count), [manifestations, count]);
  const members = activeMembers(count);
  const [memberId, setMemberId] = useState<string | undefined>(members[0]?.id);
  const chosen = members.find((m) => m.id === memberId) ?? members[0];
  const ballots = activeBallots(count).filter((b) => b.memberId !== undefined && count.members[b.memberId] && !count.members[b.memberId]!.removed);
  return (
    <>
      <section class="tally-section no-print" aria-labelledby="dot-hien-tai">
        <h2 id="dot-hien-tai">
          {count.unit} — {periodLabel(count.period).toLowerCase()}
        </h2>
        <p>
          Danh sách có {membersText(members.length)}; đã nhập {ballotsText(ballots.length)}.
        </p>
        {chosen ? (
          <>
            <BallotEntry key={chosen.id} count={count} memberId={chosen.id} onMember={setMemberId} manifestations={manifestations} results={results} />
            <BallotList count={count} memberId={chosen.id} name={chosen.name} />
          </>
        ) : (
          <p>Danh sách chưa có đảng viên nào: đề nghị thêm ở mục “Danh sách đảng viên được đánh giá”.</p>
        )}
      </section>
      <MemberList count={count} results={results} />
      <MemberResults results={results} manifestations={manifestations} />
      <Conclusions count={count} results={results} manifestations={manifestations} />
      <Papers count={count} results={results} manifestations={manifestations} papers={papers} />
      <ExportFigures count={count} manifestations={manifestations} />
    </>
  );
}

interface Editing {
  ballotId: string;
  number: number;
}

function raceText(outcome: Applied): string {
  if (outcome.ok) return '';
  return outcome.problem === 'no-member' ? raceTexts.noMember : raceTexts.goneBallot;
}

function BallotEntry({
  count,
  memberId,
  onMember,
  manifestations,
  results,
}: {
  count: Count;
  memberId: string;
  onMember: (id: string) => void;
  manifestations: BallotItem[];
  results: MemberResult[];
}) {
  const ids = useMemo(() => itemIdsOf(manifestations), [manifestations]);
  const textOf = useMemo(() => new Map(manifestations.flatMap((m) => m.items.map((item) => [item.id, item.text] as const))), [manifestations]);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<EntryProblem[]>([]);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const undo = useStore($undo);
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const parsed = parseEntry(text, ids);
  const marked = new Set(parsed.ids);
  const name = count.members[memberId]?.name ?? '';
  const received = activeBallots(count, memberId).length;

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
      const outcome = correctEnteredBallot(count.id, editing.ballotId, chosen, `sửa phiếu số ${editing.number} về đồng chí ${name}`);
      setAnnouncement(outcome.ok ? `Đã sửa phiếu số ${editing.number} về đồng chí ${name}: ${shown}.` : raceText(outcome));
      setEditing(undefined);
    } else {
      const number = received + 1;
      const outcome = enterBallot(count.id, memberId, chosen, `ghi phiếu số ${number} về đồng chí ${name}`);
      setAnnouncement(outcome.ok ? `Đã ghi phiếu số ${number} về đồng chí ${name}: ${shown}.` : raceText(outcome));
    }
    setText('');
    setProblems([]);
    // The input, the confirmation and "Hoàn tác" all on screen for the next ballot.
    requestAnimationFrame(() => {
      const field = input.current?.getBoundingClientRect();
      const below = bar.current?.getBoundingClientRect();
      if (field && below && (field.top < 0 || below.bottom > window.innerHeight)) input.current?.scrollIntoView({ block: 'start' });
    });
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
  const heading = editing ? `Sửa phiếu số ${editing.number} về đồng chí ${name}` : `Nhập phiếu số ${received + 1} về đồng chí ${name}`;
  const lastUndo = undo[undo.length - 1];

  return (
    <div class="tally-entry">
      <p class="tally-entry__member">
        <label for="dang-vien">Đảng viên được đánh giá</label>
        <select id="dang-vien" value={memberId} onChange={(event) => onMember((event.target as HTMLSelectElement).value)} disabled={editing !== undefined}>
          {results.map(({ member, totals }) => (
            <option key={member.id} value={member.id}>
              {member.name} ({ballotsText(totals.ballots)})
            </option>
          ))}
        </select>
      </p>
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
          <legend>Hoặc chạm vào mã các nội dung được đánh dấu {CO}, rồi bấm “{editing ? 'Lưu phiếu đã sửa' : 'Ghi phiếu'}”</legend>
          <div class="tally-grid__cells">
            {ids.map((id) => (
              <button key={id} type="button" class="tally-grid__cell" aria-pressed={marked.has(id) ? 'true' : 'false'} title={textOf.get(id)} onClick={() => toggle(id)}>
                {id}
              </button>
            ))}
          </div>
        </fieldset>
        {/* Right under the grid and a short way below the input: the confirmation and "Hoàn tác" sit where the eye is. */}
        <div class="tally-entry__bar" ref={bar}>
          <div class="tally-entry__last">
            <p role="status" class="tally-message tally-entry__done">
              {announcement}
            </p>
            {lastUndo && !editing && (
              <button
                type="button"
                class="secondary small tally-entry__undo"
                aria-label={`Hoàn tác: ${lastUndo.label}`}
                onClick={() => {
                  const outcome = undoLast();
                  if (outcome.ok) setAnnouncement(`Đã hoàn tác: ${outcome.label}.`);
                  else if (outcome.problem === 'changed') setAnnouncement(raceTexts.undoChanged(outcome.label ?? ''));
                  else if (outcome.problem === 'gone') setAnnouncement(raceTexts.undoGone(outcome.label ?? ''));
                }}
              >
                Hoàn tác
              </button>
            )}
          </div>
          <div class="tally-entry__actions">
            <button type="submit">{editing ? 'Lưu phiếu đã sửa' : 'Ghi phiếu'}</button>
            {!editing && (
              <button type="button" class="secondary" onClick={() => record([])}>
                Phiếu không có {CO}
              </button>
            )}
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
        </div>
      </form>
    </div>
  );
}

function BallotList({ count, memberId, name }: { count: Count; memberId: string; name: string }) {
  const ballots = activeBallots(count, memberId);
  const [message, setMessage] = useState('');
  return (
    <div class="tally-ballots">
      <h3>
        Các phiếu về đồng chí {name} ({ballots.length})
      </h3>
      <p role="status" class="tally-message">
        {message}
      </p>
      {ballots.length > 0 && (
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
                onClick={(event) => {
                  // The second click of a double click would land on the next ballot's button once the list has moved up.
                  if (event.detail > 1) return;
                  const outcome = removeEnteredBallot(count.id, ballot.id, `xóa phiếu số ${index + 1} về đồng chí ${name}`);
                  setMessage(outcome.ok ? `Đã xóa phiếu số ${index + 1}; bấm “Hoàn tác” để lấy lại.` : raceText(outcome));
                }}
              >
                Xóa
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function MemberList({ count, results }: { count: Count; results: MemberResult[] }) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const problemText = { empty: memberTexts.empty, exists: memberTexts.exists, gone: memberTexts.gone, 'has-ballots': memberTexts.hasBallots } as const;
  const add = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = addListedMember(count.id, name);
    setMessage(outcome.ok ? `Đã thêm đồng chí ${name.trim()} vào danh sách.` : problemText[outcome.problem]);
    if (outcome.ok) setName('');
  };
  return (
    <section class="tally-section no-print" aria-labelledby="danh-sach">
      <h2 id="danh-sach">Danh sách đảng viên được đánh giá ({results.length})</h2>
      <ol class="tally-members">
        {results.map(({ member, totals }) => (
          <li key={member.id}>
            <span>
              {member.name} — {ballotsText(totals.ballots)}
            </span>
            {totals.ballots === 0 && (
              <button
                type="button"
                class="secondary small"
                aria-label={`Bỏ khỏi danh sách: đồng chí ${member.name}`}
                onClick={() => {
                  const outcome = removeListedMember(count.id, member.id);
                  setMessage(outcome.ok ? `Đã bỏ đồng chí ${member.name} khỏi danh sách.` : problemText[outcome.problem]);
                }}
              >
                Bỏ khỏi danh sách
              </button>
            )}
          </li>
        ))}
      </ol>
      <form class="tally-members__add" onSubmit={add} noValidate>
        <label for="them-dang-vien">Thêm đảng viên (họ tên)</label>
        <input id="them-dang-vien" type="text" autocomplete="off" value={name} onInput={(event) => setName((event.target as HTMLInputElement).value)} />
        <button type="submit" class="secondary">
          Thêm vào danh sách
        </button>
      </form>
      <p role="status" class="tally-message">
        {message}
      </p>
    </section>
  );
}

/** "1. Nói, viết … — 3 phiếu (1a: 2, 1b: 1)". */
function manifestationLines(result: MemberResult, manifestations: BallotItem[]): { number: number; label: string; ballots: number; items: string }[] {
  return manifestations
    .filter((m) => (result.totals.byManifestation[String(m.number)] ?? 0) > 0)
    .map((m) => ({
      number: m.number,
      label: `${m.number}. ${m.shortName}`,
      ballots: result.totals.byManifestation[String(m.number)] ?? 0,
      items: m.items
        .filter((item) => (result.totals.byItem[item.id] ?? 0) > 0)
        .map((item) => `${item.id}: ${result.totals.byItem[item.id]}`)
        .join(', '),
    }));
}

function MemberResults({ results, manifestations }: { results: MemberResult[]; manifestations: BallotItem[] }) {
  return (
    <section class="tally-section no-print" aria-labelledby="ket-qua-dot">
      <h2 id="ket-qua-dot">Kết quả kiểm phiếu theo từng đảng viên</h2>
      <p>
        Số phiếu đánh dấu {CO} là kết quả kiểm phiếu, chưa phải kết luận: chi ủy gặp từng đồng chí có phiếu đánh dấu {CO}, nghe giải trình rồi mới
        kết luận.
      </p>
      <div class="table-scroll">
        <table class="tally-members-table">
          <caption>Số phiếu về từng đảng viên</caption>
          <thead>
            <tr>
              <th scope="col">Đảng viên</th>
              <th scope="col" class="num">
                Số phiếu
              </th>
              <th scope="col" class="num">
                Phiếu có {CO}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map(({ member, totals }) => (
              <tr key={member.id} data-member={member.name}>
                <th scope="row">{member.name}</th>
                <td class="num">{totals.ballots}</td>
                <td class="num">{totals.withAny}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {membersWithMarks(results).map((result) => (
        <details class="tally-items" key={result.member.id} data-member={result.member.name}>
          <summary>
            Đồng chí {result.member.name}: {result.totals.withAny}/{ballotsText(result.totals.ballots)} có {CO}
          </summary>
          <ul class="tally-member-detail">
            {manifestationLines(result, manifestations).map((line) => (
              <li key={line.number} data-manifestation={line.number}>
                {line.label} — <strong>{ballotsText(line.ballots)}</strong> ({line.items})
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

function Conclusions({ count, results, manifestations }: { count: Count; results: MemberResult[]; manifestations: BallotItem[] }) {
  const marked = membersWithMarks(results);
  return (
    <section class="tally-section no-print" aria-labelledby="chi-uy">
      <h2 id="chi-uy">Các bước của chi ủy</h2>
      <p>
        Với từng đồng chí có phiếu đánh dấu {CO}: đồng chí chi ủy viên phụ trách kiểm tra gặp đồng chí đó, thông báo kết quả và nghe giải trình; sau
        đó chi ủy kết luận đồng chí có biểu hiện suy thoái nào hay không. Các bước và kết luận của chi ủy được ghi lại ở đây; không có kết luận nào được
        đưa ra tự động.
      </p>
      {marked.length === 0 ? (
        <p>Chưa có đồng chí nào có phiếu đánh dấu {CO}.</p>
      ) : (
        marked.map((result) => <ConclusionForm key={`${result.member.id}-${result.conclusion?.updatedAt ?? ''}`} count={count} result={result} manifestations={manifestations} />)
      )}
    </section>
  );
}

function ConclusionForm({ count, result, manifestations }: { count: Count; result: MemberResult; manifestations: BallotItem[] }) {
  const { member, conclusion, totals } = result;
  const prefix = `ket-luan-${member.id}`;
  const [message, setMessage] = useState('');
  const lines = manifestationLines(result, manifestations);
  // A manifestation concluded earlier whose ballots were corrected since stays on the list, so it is not dropped unseen.
  const offered = [...new Set([...lines.map((line) => line.number), ...(conclusion?.manifestations ?? [])])].sort((a, b) => a - b);
  const nameOf = new Map(manifestations.map((m) => [m.number, `${m.number}. ${m.shortName}`]));
  const ballotsOf = new Map(lines.map((line) => [line.number, line.ballots]));
  const save = (decided: boolean) => (event: TargetedEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form!;
    const data = new FormData(form);
    const outcome = recordConclusion(count.id, member.id, {
      metOn: String(data.get('metOn') ?? ''),
      decided,
      manifestations: data.getAll('manifestation').map(Number),
      note: String(data.get('note') ?? ''),
    });
    if (!outcome.ok) setMessage(conclusionTexts[outcome.problem === 'not-met' ? 'notMet' : outcome.problem]);
    else setMessage(decided ? `Đã ghi kết luận của chi ủy về đồng chí ${member.name}.` : `Đã ghi ngày gặp đồng chí ${member.name}; chưa có kết luận.`);
  };
  const summary = !conclusion?.decided
    ? 'chưa kết luận'
    : conclusion.manifestations.length === 0
      ? 'chi ủy kết luận không có biểu hiện suy thoái'
      : `chi ủy kết luận có ${conclusion.manifestations.length} biểu hiện`;
  return (
    <form class="tally-conclusion" onSubmit={(event) => event.preventDefault()} noValidate data-member={member.name}>
      <fieldset>
        <legend>
          Đồng chí {member.name} ({totals.withAny}/{ballotsText(totals.ballots)} có {CO}) — <span class="tally-conclusion__state">{summary}</span>
        </legend>
        <p>
          <label for={`${prefix}-ngay`}>Ngày chi ủy gặp đồng chí, nghe giải trình</label>
          <input id={`${prefix}-ngay`} name="metOn" type="date" defaultValue={conclusion?.metOn ?? ''} min="1990-01-01" max="2200-12-31" />
        </p>
        <fieldset class="tally-conclusion__choices">
          <legend>Các biểu hiện chi ủy kết luận đồng chí có (không chọn biểu hiện nào: chi ủy kết luận không có biểu hiện suy thoái)</legend>
          {offered.map((number) => (
            <p key={number} class="tally-check">
              <input
                type="checkbox"
                id={`${prefix}-${number}`}
                name="manifestation"
                value={number}
                defaultChecked={conclusion?.decided ? conclusion.manifestations.includes(number) : false}
              />
              <label for={`${prefix}-${number}`}>
                {nameOf.get(number) ?? `Biểu hiện ${number}`} ({ballotsText(ballotsOf.get(number) ?? 0)} đánh dấu {CO})
              </label>
            </p>
          ))}
        </fieldset>
        <p>
          <label for={`${prefix}-ghi-chu`}>Ghi chú ngắn (không bắt buộc)</label>
          <textarea id={`${prefix}-ghi-chu`} name="note" rows={2} defaultValue={conclusion?.note ?? ''} />
        </p>
        <div class="tally-entry__actions">
          <button type="button" onClick={save(true)}>
            Ghi kết luận của chi ủy
          </button>
          <button type="button" class="secondary" onClick={save(false)}>
            Chỉ ghi ngày gặp, chưa kết luận
          </button>
        </div>
        <p role="status" class="tally-message">
          {message}
        </p>
      </fieldset>
    </form>
  );
}

function ExportFigures({ count, manifestations }: { count: Count; manifestations: BallotItem[] }) {
  const figures = countFigures(manifestations, count);
  const awaiting = membersAwaitingConclusion(memberResults(manifestations, count)).length;
  return (
    <section class="tally-section no-print" aria-labelledby="gui-dang-bo">
      <h2 id="gui-dang-bo">Gửi số liệu cho đảng bộ</h2>
      <p>
        Tệp số liệu chỉ gồm: tên chi bộ, đợt khảo sát, số đảng viên được khảo sát, số đảng viên chi ủy kết luận có biểu hiện suy thoái và số đảng
        viên theo từng biểu hiện. Tệp không có tên người, không có phiếu. Tệp được tải về máy này, không được gửi đi đâu; đồng chí chuyển tệp cho đảng
        bộ theo cách chi ủy quy định.
      </p>
      {!figures.ok && figures.problem === 'awaiting' && (
        <p class="tally-warning" role="note">
          {awaitingText(awaiting)}
        </p>
      )}
      <button
        type="button"
        disabled={!figures.ok}
        onClick={() => {
          if (!figures.ok) return;
          const file = makeFiguresFile(count.unit, count.period, figures.figures, new Date());
          downloadText(figuresFileName(file), figuresFileText(file), 'application/json');
        }}
      >
        Tải tệp số liệu
      </button>
      {!figures.ok && figures.problem === 'no-ballots' && <p class="tally-hint">Chưa có phiếu nào.</p>}
    </section>
  );
}
