// The counting group's page: a count of a chi bộ's members, ballots entered about each member by typing ids or
// tapping the grid, the chi ủy's steps, the papers to print and the figures file for the đảng bộ.
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { activeCounts, parseMemberList, periodFromInput, type Count, type TallyDocument } from '../../lib/tally/count.ts';
import type { BallotItem, PaperSettings } from './types.ts';
import type { PersistedDocument } from '../../stores/persisted-document.ts';
import { $recovered, deleteCount, initTally, startCount, TALLY_SET_ASIDE_PREFIX, TALLY_STORAGE_KEY } from '../../stores/tally.ts';
import { downloadText } from '../download.ts';
import { CountView } from './CountView.tsx';
import { LegacyCount } from './LegacyCount.tsx';
import {
  erasedText,
  formTexts,
  migratedText,
  periodLabel,
  recoveredText,
  repeatedNamesText,
  setAsideHeading,
  setAsideIntro,
  setAsideText,
  setAsideWhen,
  statusText,
} from './text.ts';

interface Props {
  manifestations: BallotItem[];
  papers: PaperSettings;
}

export default function Tally({ manifestations, papers }: Props) {
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
  return <TallyApp store={store} manifestations={manifestations} papers={papers} />;
}

function TallyApp({ store, manifestations, papers }: { store: PersistedDocument<TallyDocument>; manifestations: BallotItem[]; papers: PaperSettings }) {
  const doc = useStore(store.$document);
  const status = useStore(store.$status);
  const recovered = useStore($recovered);
  const counts = activeCounts(doc);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const count = counts.find((c) => c.id === selectedId) ?? counts[0];
  const problem = statusText(status);
  const more = useRef<HTMLDetailsElement>(null);
  const open = (id: string) => {
    setSelectedId(id);
    if (more.current) more.current.open = false;
  };
  const setAsideKeys = store.setAsideKeys();

  return (
    <div class="tally" data-ready="true">
      {(problem || status.setAsideKey || recovered || status.migrated) && (
        <div class="tally-alert no-print" role="alert">
          {problem && <p>{problem}</p>}
          {status.setAsideKey && <p>{setAsideText}</p>}
          {recovered && <p>{recoveredText(recovered.dropped)}</p>}
          {status.migrated && <p>{migratedText}</p>}
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
        count.legacy ? (
          <LegacyCount key={count.id} count={count} manifestations={manifestations} />
        ) : (
          <CountView key={count.id} count={count} manifestations={manifestations} papers={papers} />
        )
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
      {count && <EraseCount count={count} onErased={() => setNotice(erasedText(count.unit, periodLabel(count.period).toLowerCase(), store.$status.get().state))} />}
      <section class="tally-section no-print" aria-labelledby="noi-luu">
        <h2 id="noi-luu">Nơi lưu dữ liệu</h2>
        <p>
          Danh sách đảng viên, các phiếu và kết luận của chi ủy chỉ được lưu trong trình duyệt trên máy này (mục <code>{TALLY_STORAGE_KEY}</code>), không
          được gửi đi đâu. Trên máy dùng chung, đề nghị chọn “Làm mà không lưu”, hoặc xóa đợt kiểm phiếu sau khi đã in biên bản, báo cáo và tải tệp số
          liệu.
        </p>
        <p>
          {status.state === 'memory-only' ? (
            <button type="button" class="secondary" onClick={() => store.setMemoryOnly(false)}>
              Lưu lại trong trình duyệt
            </button>
          ) : (
            <button type="button" class="secondary" onClick={() => store.setMemoryOnly(true)} disabled={status.state === 'unavailable'}>
              Làm mà không lưu
            </button>
          )}
        </p>
        <p role="status" class="tally-message">
          {notice}
        </p>
        {setAsideKeys.length > 0 && (
          <div class="tally-set-aside">
            <h3 id="ban-hong">{setAsideHeading}</h3>
            <p>{setAsideIntro}</p>
            <ul>
              {setAsideKeys.map((key) => {
                const when = key.slice(TALLY_SET_ASIDE_PREFIX.length);
                return (
                  <li key={key}>
                    {setAsideWhen(when)}{' '}
                    <button
                      type="button"
                      class="secondary small"
                      onClick={() => downloadText(`kiem-phieu-ban-hong-${when.slice(0, 10)}.txt`, store.readSetAside(key) ?? '', 'text/plain')}
                    >
                      Tải bản cất riêng
                    </button>{' '}
                    <button
                      type="button"
                      class="secondary small"
                      onClick={() => setNotice(store.removeSetAside(key) ? 'Đã bỏ bản cất riêng.' : 'Trình duyệt không cho xóa bản cất riêng; bản đó vẫn còn.')}
                    >
                      Bỏ bản này
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}

function EraseCount({ count, onErased }: { count: Count; onErased: () => void }) {
  return (
    <details class="tally-more no-print">
      <summary>Xóa đợt kiểm phiếu này khỏi trình duyệt</summary>
      <p>
        Danh sách đảng viên, các phiếu và kết luận của {count.unit} ({periodLabel(count.period).toLowerCase()}) sẽ bị xóa khỏi trình duyệt này. Đề nghị in
        biên bản, báo cáo và tải tệp số liệu trước.
      </p>
      <button
        type="button"
        class="danger"
        onClick={() => {
          deleteCount(count.id);
          onErased();
        }}
      >
        Xóa đợt kiểm phiếu này
      </button>
    </details>
  );
}

function CreateCount({ onCreated }: { onCreated: (id: string) => void }) {
  const year = new Date().getFullYear();
  const [errors, setErrors] = useState<{ field: string; text: string }[]>([]);
  const [message, setMessage] = useState('');
  const idPrefix = useRef(`tao-${Math.random().toString(36).slice(2, 7)}`).current;
  const summary = useRef<HTMLDivElement>(null);
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.text;

  const submit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const unit = String(form.get('unit') ?? '');
    const period = periodFromInput(String(form.get('year') ?? ''), String(form.get('half') ?? ''));
    const list = parseMemberList(String(form.get('members') ?? ''));
    const found: { field: string; text: string }[] = [];
    if (unit.trim() === '') found.push({ field: 'unit', text: formTexts.noUnit });
    if (!period.ok) found.push({ field: 'year', text: formTexts.year });
    if (list.names.length === 0) found.push({ field: 'members', text: formTexts.noMembers });
    setErrors(found);
    if (found.length > 0 || !period.ok) {
      setMessage('');
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const result = startCount(unit, period.period, list.names);
    if (result.ok) {
      setMessage(list.repeated.length > 0 ? repeatedNamesText(list.repeated) : '');
      onCreated(result.id);
    } else if (result.problem === 'exists') {
      setMessage(formTexts.exists);
      if (result.existingId) onCreated(result.existingId);
    } else setErrors([{ field: result.problem === 'no-unit' ? 'unit' : 'year', text: result.problem === 'no-unit' ? formTexts.noUnit : formTexts.period }]);
  };

  const describedBy = (field: string) => (errorOf(field) ? `${idPrefix}-${field}-loi` : undefined);
  const fieldError = (field: string) =>
    errorOf(field) && (
      <span id={`${idPrefix}-${field}-loi`} class="tally-field-error">
        {errorOf(field)}
      </span>
    );

  return (
    <form class="tally-create" onSubmit={submit} noValidate>
      {errors.length > 0 && (
        <div class="tally-error-summary" role="alert" tabIndex={-1} ref={summary}>
          <p>{formTexts.errorSummary}</p>
          <ul>
            {errors.map((error) => (
              <li key={error.field}>
                <a href={`#${idPrefix}-${error.field}`}>{error.text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <label for={`${idPrefix}-unit`}>Tên chi bộ</label>
        {fieldError('unit')}
        <input id={`${idPrefix}-unit`} name="unit" type="text" autocomplete="off" aria-invalid={errorOf('unit') ? 'true' : undefined} aria-describedby={describedBy('unit')} />
      </p>
      <fieldset>
        <legend>Đợt khảo sát</legend>
        <p class="tally-create__period">
          <span>
            <label for={`${idPrefix}-half`}>Kỳ</label>
            <select id={`${idPrefix}-half`} name="half">
              <option value="1">6 tháng đầu năm</option>
              <option value="2" selected>
                6 tháng cuối năm
              </option>
              <option value="0">Cả năm</option>
            </select>
          </span>
          <span>
            <label for={`${idPrefix}-year`}>Năm</label>
            {fieldError('year')}
            <input
              id={`${idPrefix}-year`}
              name="year"
              type="text"
              inputMode="numeric"
              autocomplete="off"
              value={year}
              class="tally-create__year"
              aria-invalid={errorOf('year') ? 'true' : undefined}
              aria-describedby={describedBy('year')}
            />
          </span>
        </p>
      </fieldset>
      <p>
        <label for={`${idPrefix}-members`}>Danh sách đảng viên được đánh giá (mỗi dòng một người; dán được danh sách có sẵn)</label>
        {fieldError('members')}
        <textarea
          id={`${idPrefix}-members`}
          name="members"
          rows={6}
          autocomplete="off"
          aria-invalid={errorOf('members') ? 'true' : undefined}
          aria-describedby={describedBy('members')}
        />
      </p>
      <button type="submit">Bắt đầu kiểm phiếu</button>
      <p class="tally-message" role="status">
        {message}
      </p>
    </form>
  );
}
