// The search page: results as you type, filters by kind and year with counts, state in the address.
// Its server render is a plain GET form, so the page still submits without JavaScript.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatIsoDate } from '../lib/dates.ts';
import { formatNumber } from '../lib/numbers.ts';
import { normalizeQuery, readSearchState, sameSearchState, writeSearchState, type SearchState } from '../lib/search/query.ts';
import type { SearchHit } from '../lib/search/results.ts';
import { loadFilterCounts, loadFirstPage, loadHits, loadPagefind, runSearch, type SearchOutcome } from './SearchEngine.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 60;

type Phase = 'idle' | 'loading' | 'searching' | 'done' | 'error';

interface Shown {
  outcome: SearchOutcome;
  hits: SearchHit[];
  query: string;
}


export default function Search() {
  const [state, setState] = useState<SearchState>({ query: '' });
  const [phase, setPhase] = useState<Phase>('idle');
  const [shown, setShown] = useState<Shown | null>(null);
  const [moreLoading, setMoreLoading] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // While the reader keeps typing, the address is replaced rather than stacked in the history.
  const typing = useRef(false);
  const [wide, setWide] = useState(true);

  const search = async (next: SearchState) => {
    const ticket = ++latest.current;
    if (!normalizeQuery(next.query)) {
      setShown(null);
      setPhase('idle');
      return;
    }
    setPhase((current) => (current === 'idle' || current === 'error' ? 'loading' : 'searching'));
    try {
      const outcome = await runSearch(next);
      const hits = await loadFirstPage(outcome, PAGE_SIZE);
      if (ticket !== latest.current) return;
      setShown({ outcome, hits, query: normalizeQuery(next.query) });
      setPhase('done');
      if (outcome.countsPending) {
        // The filter counts come once the first results are painted, so those do not wait for them.
        await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
        await loadFilterCounts();
        const counted = await runSearch(next);
        if (ticket !== latest.current) return;
        setShown((current) => (current ? { ...current, outcome: { ...current.outcome, counts: counted.counts, countsPending: false } } : current));
      }
    } catch (error) {
      if (ticket !== latest.current) return;
      console.warn('Search failed', error);
      setPhase('error');
    }
  };

  const box = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setWide(matchMedia('(min-width: 40rem)').matches);
    const show = (next: SearchState) => {
      setState(next);
      void search(next);
    };
    const fromAddress = () => {
      typing.current = false;
      show(readSearchState(location.search));
    };
    // Words typed into the server-rendered box before the island woke up are kept and searched.
    const typedEarly = box.current?.value ?? '';
    if (typedEarly && !readSearchState(location.search).query) onInput(typedEarly);
    // Effects run after hydration, so typing may already have begun: keep its history mode.
    else show(readSearchState(location.search));
    // Start fetching Pagefind now: the reader came here to search.
    loadPagefind().catch(() => setPhase('error'));
    addEventListener('popstate', fromAddress);
    return () => removeEventListener('popstate', fromAddress);
  }, []);

  const commit = (next: SearchState, replace: boolean) => {
    const current = readSearchState(location.search);
    if (!sameSearchState(current, next)) {
      const url = `${location.pathname}${writeSearchState(next)}`;
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
  };

  const onInput = (query: string) => {
    const next = { ...state, query };
    setState(next);
    commit(next, typing.current);
    typing.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(next), TYPING_PAUSE_MS);
  };

  const choose = (change: Partial<SearchState>) => {
    const next = { ...state, ...change };
    for (const key of ['kind', 'year'] as const) if (!next[key]) delete next[key];
    typing.current = false;
    setState(next);
    commit(next, false);
    clearTimeout(timer.current);
    void search(next);
  };

  const showMore = async () => {
    if (!shown) return;
    setMoreLoading(true);
    try {
      const more = await loadHits(shown.outcome.results.slice(shown.hits.length, shown.hits.length + PAGE_SIZE));
      setShown({ ...shown, hits: [...shown.hits, ...more] });
    } catch (error) {
      console.warn('Loading more results failed', error);
      setPhase('error');
    } finally {
      setMoreLoading(false);
    }
  };

  const total = shown?.outcome.results.length ?? 0;
  // While a new query runs, the last answer stays up: searches take milliseconds and flicker is worse.
  const status =
    phase === 'loading'
      ? 'Đang tải bộ tìm kiếm…'
      : phase === 'error'
        ? 'Không tải được bộ tìm kiếm. Hãy tải lại trang hoặc thử lại sau.'
        : phase === 'idle'
          ? 'Nhập từ khóa để tìm. Gõ có dấu hay không dấu đều được, kể cả chữ đ; có thể gõ số hiệu văn bản, ví dụ 99-QĐ/TW.'
          : shown && total === 0
            ? `Không tìm thấy kết quả nào cho “${shown.query}”. Hãy thử từ khóa ngắn hơn, từ khác, hoặc bỏ bộ lọc.`
            : shown
              ? `Tìm thấy ${formatNumber(total)} kết quả cho “${shown.query}”.`
              : '';

  return (
    <div class="search">
      <form
        class="search__form"
        role="search"
        aria-label="Tìm trong văn bản, nghị quyết, cẩm nang và chuyên mục"
        action="/tim-kiem/"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          // Read the box itself: Enter can come before the last keystroke has re-rendered.
          const field = event.currentTarget.elements.namedItem('q') as HTMLInputElement;
          const next = { ...state, query: field.value };
          typing.current = false;
          clearTimeout(timer.current);
          setState(next);
          commit(next, true);
          void search(next);
        }}
      >
        <label for="search-q">Từ khóa</label>
        <div class="search__row">
          <input
            ref={box}
            id="search-q"
            name="q"
            type="search"
            value={state.query}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="search-status"
            onInput={(event) => onInput(event.currentTarget.value)}
            onBlur={() => {
              typing.current = false;
            }}
          />
          <button type="submit">Tìm</button>
        </div>
      </form>

      <p id="search-status" class="search__status" role="status" aria-live="polite" aria-busy={phase === 'searching' || phase === 'loading'}>
        {status}
      </p>

      {shown && !shown.outcome.countsPending && (total > 0 || state.kind || state.year) && (
        // Folded on a phone, where the two groups would push the results below the fold.
        <details class="search__filters" open={wide || Boolean(state.kind || state.year)}>
          <summary>
            Lọc theo loại nội dung và năm
            {(state.kind || state.year) && <span class="search__filters-active"> (đang lọc: {[state.kind, state.year].filter(Boolean).join(', ')})</span>}
          </summary>
          <div class="search__filter-groups">
            <FilterGroup
              legend="Loại nội dung"
              name="loai"
              counts={shown.outcome.counts.kind}
              selected={state.kind}
              onChoose={(kind) => choose({ kind })}
            />
            <FilterGroup
              legend="Năm"
              name="nam"
              counts={shown.outcome.counts.year}
              selected={state.year}
              onChoose={(year) => choose({ year })}
              sort={(a, b) => b.localeCompare(a)}
            />
          </div>
        </details>
      )}

      {shown && shown.hits.length > 0 && (
        <ol class="search__results" aria-label="Kết quả tìm kiếm">
          {shown.hits.map((hit) => (
            <li key={hit.targetUrl} class="search-result">
              <h2 class="search-result__title">
                <a href={hit.targetUrl}>{hit.title}</a>
              </h2>
              {(hit.kind || hit.number || hit.date) && (
                <p class="search-result__meta">
                  {[hit.kind, hit.number, hit.date ? formatIsoDate(hit.date) : undefined].filter(Boolean).join(' · ')}
                </p>
              )}
              {/* The title already links to this section; naming it here says where the link lands. */}
              {hit.section && <p class="search-result__section">Mục: {hit.section}</p>}
              <p class="search-result__excerpt" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
            </li>
          ))}
        </ol>
      )}

      {shown && shown.hits.length < total && (
        <button type="button" class="secondary" onClick={() => void showMore()} disabled={moreLoading}>
          {moreLoading ? 'Đang tải thêm…' : `Xem thêm kết quả (còn ${formatNumber(total - shown.hits.length)})`}
        </button>
      )}
    </div>
  );
}

interface FilterGroupProps {
  legend: string;
  name: string;
  counts: Record<string, number>;
  selected: string | undefined;
  onChoose: (value: string | undefined) => void;
  sort?: (a: string, b: string) => number;
}

function FilterGroup({ legend, name, counts, selected, onChoose, sort = (a, b) => a.localeCompare(b, 'vi') }: FilterGroupProps) {
  const values = Object.keys(counts)
    .filter((value) => (counts[value] ?? 0) > 0 || value === selected)
    .sort(sort);
  if (selected && !values.includes(selected)) values.unshift(selected);
  return (
    <fieldset class="search-filter">
      <legend>{legend}</legend>
      <label class="search-filter__option">
        <input type="radio" name={name} value="" checked={!selected} onChange={() => onChoose(undefined)} />
        <span>Tất cả</span>
      </label>
      {values.map((value) => (
        <label class="search-filter__option" key={value}>
          <input type="radio" name={name} value={value} checked={selected === value} onChange={() => onChoose(value)} />
          <span>
            {value} <span class="search-filter__count">({formatNumber(counts[value] ?? 0)})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
