// The search page: results as you type, filters by kind and year with counts, state in the address.
// The state lives in stores/search.ts; this view and its parts in islands/search/ only show it.
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../lib/numbers.ts';
import { searchStatus } from '../lib/search/status.ts';
import { homeCrumb, sections } from '../ui/routes.ts';
import { paths } from '../lib/paths.ts';
import { $counts, $listed, $moreLoading, $phase, $search, $shown, chooseFilter, endTyping, showMore, startSearch, submitQuery, typeQuery, warmUp } from '../stores/search.ts';
import SearchForm from './search/SearchForm.tsx';
import FilterPanel from './search/FilterPanel.tsx';
import ResultList from './search/ResultList.tsx';

export default function Search() {
  const state = useStore($search);
  const phase = useStore($phase);
  const shown = useStore($shown);
  const counts = useStore($counts);
  const moreLoading = useStore($moreLoading);
  const listed = useStore($listed);
  const box = useRef<HTMLInputElement>(null);
  const [wide, setWide] = useState(true);

  useEffect(() => {
    setWide(matchMedia('(min-width: 40rem)').matches);
    // Words typed into the server-rendered box before the island woke up are kept and searched.
    return startSearch({ places: [...sections, homeCrumb], typedEarly: box.current?.value ?? '' });
  }, []);

  const busy = phase === 'searching' || phase === 'loading';
  const filtered = Boolean(state.kind || state.year);
  const total = shown?.outcome.results.length ?? 0;
  // While a new query runs, the last answer stays up: searches take milliseconds and flicker is worse.
  const status = searchStatus({ phase: shown && phase === 'loading' ? 'searching' : phase, query: shown?.query, ...counts, filtered, offline: phase === 'error' && !navigator.onLine });

  return (
    <div class="search">
      <SearchForm action={paths.search} query={state.query} box={box} onType={typeQuery} onSubmit={submitQuery} onFocus={warmUp} onBlur={endTyping} />

      <p id="search-status" class="search__status" role="status" aria-live="polite" aria-busy={busy}>
        {status}
      </p>

      {shown && phase !== 'error' && !shown.outcome.countsPending && (total > 0 || filtered) && (
        <FilterPanel state={state} counts={shown.outcome.counts} open={wide} onChoose={chooseFilter} />
      )}

      {shown && phase !== 'error' && <ResultList hits={listed.hits} />}

      {shown && phase === 'done' && listed.remaining > 0 && (
        <button type="button" class="secondary" onClick={() => void showMore()} disabled={moreLoading}>
          {moreLoading ? 'Đang tải thêm…' : `Xem thêm kết quả (còn ${formatNumber(listed.remaining)})`}
        </button>
      )}
    </div>
  );
}
