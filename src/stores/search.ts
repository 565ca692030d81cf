// The search page's state: the query and filters (kept in the address), the phase, the results shown
// and their paging. One ticket per search, so an answer that comes late never replaces a newer one.
import { atom, computed } from 'nanostores';
import { normalizeQuery, readSearchState, sameSearchState, searchableWhileTyping, writeSearchState, type SearchState } from '../lib/search/query.ts';
import type { SitePlace } from '../lib/search/results.ts';
import type { SearchPhase } from '../lib/search/status.ts';
import { afterPaint, loadFilterCounts, loadPagefind, loadResults, preloadTerm, runSearch, tuning, warmUpSearch, type SearchOutcome, type ShownHit } from './search-engine.ts';
import { whenIdle } from './idle.ts';

/** Results "Xem thêm" adds. */
const MORE_PAGE_SIZE = 10;

export interface ShownResults {
  /** The normalised query these results answer. */
  query: string;
  outcome: SearchOutcome;
  /** Loaded results, in rank order; each knows whether it holds every word of the query. */
  hits: ShownHit[];
}

export const $search = atom<SearchState>({ query: '' });
export const $phase = atom<SearchPhase>('idle');
export const $shown = atom<ShownResults | null>(null);
export const $moreLoading = atom(false);

/**
 * A query naming a document by its number is precise by nature: looser matches (a "99" inside
 * "99,51%") are left out. Otherwise they are listed apart, after the results holding every word.
 */
const listsLooser = (shown: ShownResults) => shown.outcome.numbered === 0;

/** Results holding every word (estimated from positions, corrected as texts load) and the looser ones listed. */
export const $counts = computed($shown, (shown) => {
  if (!shown) return { exact: 0, loose: 0 };
  const { exactCount, results } = shown.outcome;
  const demoted = shown.hits.filter((hit, rank) => rank < exactCount && !hit.exact).length;
  return { exact: exactCount - demoted, loose: listsLooser(shown) ? results.length - exactCount + demoted : 0 };
});

/** The hits the page lists, and how many more "Xem thêm" can bring. */
export const $listed = computed($shown, (shown) => {
  if (!shown) return { hits: [], remaining: 0 };
  const looser = listsLooser(shown);
  const limit = looser ? shown.outcome.results.length : shown.outcome.exactCount;
  return { hits: looser ? shown.hits : shown.hits.filter((hit) => hit.exact), remaining: Math.max(0, limit - shown.hits.length) };
});

let places: readonly SitePlace[] = [];
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
// While the reader keeps typing, the address is replaced rather than stacked in the history.
let typing = false;
// The first search of a typing run adds a history entry; the ones after it replace that entry.
let typedEntryPending = false;
// Pagefind runs one search at a time on the main thread: a search waits for the one before it, and is
// skipped when a newer one came meanwhile, so a burst of keystrokes never queues up stale searches.
let previousSearch: Promise<unknown> = Promise.resolve();
// Whether the reader has typed or a search has run since the page opened: Pagefind's warm-up then stops.
let engaged = false;

function searchInTurn(next: SearchState, ticket: number, typing: boolean): Promise<SearchOutcome | null> {
  if (!tuning.oneSearchAtATime) return runSearch(next, () => ticket === latest, typing);
  const before = previousSearch;
  const current = () => ticket === latest;
  const turn = before.then(
    () => (current() ? runSearch(next, current, typing) : null),
    () => (current() ? runSearch(next, current, typing) : null),
  );
  previousSearch = turn.catch(() => undefined);
  return turn;
}

/**
 * Runs a search. With `typed`, it came from typing: the address follows once its first results are
 * painted (not on every keystroke: each change of address costs a history entry's work, and a
 * browser may fetch the page's icon again), and the rest of the page of results waits
 * tuning.restDelayWhileTyping after the first paint.
 */
async function search(next: SearchState, typed = false): Promise<void> {
  const ticket = ++latest;
  const query = normalizeQuery(next.query);
  let addressed = !typed;
  const address = () => {
    if (addressed || ticket !== latest) return;
    addressed = true;
    commit(next, !typedEntryPending);
    typedEntryPending = false;
  };
  if (!query) {
    address();
    $shown.set(null);
    $phase.set('idle');
    return;
  }
  engaged = true;
  const phase = $phase.get();
  $phase.set(phase === 'idle' || phase === 'error' ? 'loading' : 'searching');
  try {
    // A search started by typing may end in an unfinished word; Enter, a filter or an address says the query is complete.
    const outcome = await searchInTurn(next, ticket, typed);
    if (!outcome || ticket !== latest) return;
    // Results are painted as their fragments arrive; the status stays busy until the page is complete.
    const firstPage = outcome.numbered > 0 ? Math.min(tuning.firstPage, outcome.exactCount) : tuning.firstPage;
    // The first fragments are fetched alone, so the first results paint sooner; the rest after that paint.
    const current = () => ticket === latest;
    const hits = await loadResults(
      outcome,
      0,
      firstPage,
      places,
      (ready) => {
        $shown.set({ query, outcome, hits: ready });
        $phase.set('searching');
        if (!addressed) void afterPaint().then(address);
      },
      { first: tuning.firstFragments, isCurrent: current, restDelay: typed ? tuning.restDelayWhileTyping : 0 },
    );
    if (ticket !== latest) return;
    $shown.set({ query, outcome, hits });
    $phase.set('done');
    address();
    if (outcome.countsPending) {
      // The filter counts come once the first results are painted, so those do not wait for them.
      await afterPaint();
      await loadFilterCounts();
      const counted = await runSearch(next);
      if (!counted || ticket !== latest) return;
      const shown = $shown.get();
      if (shown) $shown.set({ ...shown, outcome: { ...shown.outcome, counts: counted.counts, countsPending: false } });
    }
  } catch (error) {
    if (ticket !== latest) return;
    address();
    console.warn('Search failed', error);
    $phase.set('error');
  }
}

function commit(next: SearchState, replace: boolean): void {
  if (sameSearchState(readSearchState(location.search), next)) return;
  const url = `${location.pathname}${writeSearchState(next)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

/** What the box holds as the reader types: the address follows at once, the search after a pause. */
export function typeQuery(query: string): void {
  const next = { ...$search.get(), query };
  $search.set(next);
  engaged = true;
  if (!typing) typedEntryPending = true;
  typing = true;
  clearTimeout(timer);
  const term = normalizeQuery(query);
  // The results of the last search stay up (the status names their query) until the word has two letters;
  // its index chunks are not fetched before either, as a single letter needs those of every word it starts.
  if (tuning.waitForSecondLetter && !searchableWhileTyping(term)) return;
  if (term) preloadTerm(term);
  timer = setTimeout(() => void search(next, true), tuning.typingPauseMs);
}

/** Enter or the button: search now, with what the box holds. */
export function submitQuery(query: string): void {
  const next = { ...$search.get(), query };
  typing = false;
  clearTimeout(timer);
  $search.set(next);
  // Typed words whose search had not yet reached the address get their own history entry.
  commit(next, !typedEntryPending);
  typedEntryPending = false;
  void search(next);
}

/** A kind or year chosen (undefined for "Tất cả"): a new history entry. */
export function chooseFilter(change: Partial<Pick<SearchState, 'kind' | 'year'>>): void {
  const next = { ...$search.get(), ...change };
  for (const key of ['kind', 'year'] as const) if (!next[key]) delete next[key];
  typing = false;
  typedEntryPending = false;
  $search.set(next);
  commit(next, false);
  clearTimeout(timer);
  void search(next);
}

/** The box lost focus: the next keystroke starts a new history entry. */
export function endTyping(): void {
  typing = false;
}

let prepared = false;

/**
 * Fetches Pagefind and runs its first searches while the page is idle, so the reader's own is not the
 * slow first one; once, and stopped as soon as the reader types.
 */
function prepare(): void {
  if (prepared) return;
  prepared = true;
  loadPagefind().catch(() => {
    prepared = false;
    $phase.set('error');
  });
  warmUpSearch(() => !engaged).catch(() => undefined);
}

/** The reader touched or focused the box: get Pagefind ready now, if the page has not yet. */
export function warmUp(): void {
  prepare();
}

export async function showMore(): Promise<void> {
  const shown = $shown.get();
  const { remaining } = $listed.get();
  if (!shown || remaining === 0) return;
  $moreLoading.set(true);
  try {
    const more = await loadResults(shown.outcome, shown.hits.length, Math.min(MORE_PAGE_SIZE, remaining), places);
    if ($shown.get() === shown) $shown.set({ ...shown, hits: [...shown.hits, ...more] });
  } catch (error) {
    console.warn('Loading more results failed', error);
    $phase.set('error');
  } finally {
    $moreLoading.set(false);
  }
}

/**
 * Starts the page: searches what the address asks, or what was typed into the server-rendered box
 * before the script woke up; follows the back button. Returns the clean-up.
 */
export function startSearch(options: { places: readonly SitePlace[]; typedEarly: string }): () => void {
  places = options.places;
  // The address keeps only the normalised query: a pasted 10,000 characters or a zero-width space never stays in it.
  const asked = new URLSearchParams(location.search).get('q');
  if (asked !== null && asked !== readSearchState(location.search).query) {
    history.replaceState(null, '', `${location.pathname}${writeSearchState(readSearchState(location.search))}`);
  }
  const show = (next: SearchState) => {
    $search.set(next);
    void search(next);
  };
  const fromAddress = () => {
    typing = false;
    show(readSearchState(location.search));
  };
  if (options.typedEarly && !readSearchState(location.search).query) typeQuery(options.typedEarly);
  // Effects run after hydration, so typing may already have begun: keep its history mode.
  else show(readSearchState(location.search));
  // Without a query the page stays light as it loads: Pagefind comes when the reader touches the box,
  // or at idle a moment later (tuning.preload), and warms up then.
  let delayed: ReturnType<typeof setTimeout> | undefined;
  if (tuning.preload === 'load') prepare();
  else if (tuning.preload === 'idle') delayed = setTimeout(() => whenIdle(prepare), tuning.warmUpDelayMs);
  addEventListener('popstate', fromAddress);
  return () => {
    clearTimeout(delayed);
    removeEventListener('popstate', fromAddress);
  };
}
