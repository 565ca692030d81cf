// The Pagefind adapter: runs a search on Pagefind's JS API, loaded on demand from the built site
// (never bundled), and shapes what it returns into ranked results and hits for the page.
import { dateKey, documentNumberQueryKey } from '../lib/search/doc-number.ts';
import { SEARCH_FIELDS } from '../lib/search/fields.ts';
import { MatchClass, matchesNearTogether, settledOrder, verifiedClass } from '../lib/search/precision.ts';
import { candidateClass, opensWith, queryWords, rankResults, type RankedResult } from '../lib/search/rank.ts';
import { normalizeQuery, yearInQuery, type SearchState } from '../lib/search/query.ts';
import { toSearchHit, type PagefindFragment, type PinnedBy, type SearchHit, type SitePlace } from '../lib/search/results.ts';
import { whenIdle } from './idle.ts';

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResult extends RankedResult {
  data: () => Promise<PagefindFragment>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** A null term searches by filters alone: every page the filters allow. */
  search: (term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
}

/** Where Pagefind writes its bundle; a variable so Vite leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Choices measured by `npm run bench -- search` (docs/benchmarks.md). The benchmark may set
 * globalThis.__searchTuning before the page's scripts run, to measure the alternatives on one build.
 */
export interface SearchTuning {
  /** Run Pagefind in its Web Worker rather than on the main thread. */
  worker: boolean;
  /** Results loaded and shown at first; the next come with "Xem thêm". */
  firstPage: number;
  /**
   * On a page opened without a query, when to fetch Pagefind's script, WASM and meta and run the warm-up
   * searches: as the page loads ('load'); when the reader first touches the search box or, failing that,
   * warmUpDelayMs after the page loaded, at idle ('idle'); or only when the box is touched ('focus').
   * A page opened with a query loads Pagefind at once. 'idle': fetching and warming Pagefind as the page
   * loaded cost a phone 143–776 ms of blocking time in Lighthouse (docs/benchmarks.md).
   */
  preload: 'load' | 'idle' | 'focus';
  /** With preload 'idle': how long after the page loaded Pagefind is fetched and warmed if the box was not touched. */
  warmUpDelayMs: number;
  /** Fragments fetched before the first paint; the rest of the page's fragments are fetched after it. */
  firstFragments: number;
  /** Fetch the index chunks for the words typed so far on each keystroke, before the search starts. */
  preloadWhileTyping: boolean;
  /**
   * While the reader types, how long after the first results are painted the rest of the page of
   * results waits before its fragments are fetched (a keystroke in that time replaces the search, and
   * they are never fetched). 0: measured, 300 ms saved no bytes on 1,000 documents once single letters
   * wait and stale searches are skipped, and slowed the next query.
   */
  restDelayWhileTyping: number;
  /** Start a search only once the one before it is done, skipping those a newer one replaced meanwhile. */
  oneSearchAtATime: boolean;
  /** While typing, neither search nor preload a query whose last word is a single letter. */
  waitForSecondLetter: boolean;
  /** After the last keystroke, how long typing must pause before a search starts. */
  typingPauseMs: number;
  /**
   * Once Pagefind is loaded and before the reader's first search, how many searches to run in idle time
   * so that search is not the page's first: Pagefind's first search on a page runs several times slower
   * than the next ones (more garbage collection and compiling; docs/benchmarks.md). 0: none.
   */
  warmUpSearches: number;
  /** What those searches look for: null for every page (a filter-only search, no index chunk to fetch). */
  warmUpTerm: string | null;
  /**
   * Fetch a search's index chunks first and start Pagefind's search only if no newer keystroke came
   * meanwhile: once started, a search holds the main thread until it ends.
   */
  skipStaleBeforeSearch: boolean;
}

export const tuning: SearchTuning = {
  worker: false,
  firstPage: 10,
  preload: 'idle',
  warmUpDelayMs: 5000,
  firstFragments: 2,
  preloadWhileTyping: true,
  restDelayWhileTyping: 0,
  oneSearchAtATime: true,
  waitForSecondLetter: true,
  typingPauseMs: 60,
  warmUpSearches: 4,
  warmUpTerm: null,
  skipStaleBeforeSearch: true,
  ...(globalThis as { __searchTuning?: Partial<SearchTuning> }).__searchTuning,
};

// Ranking: an exact diacritic match gets the full bonus over a folded one ("đảng" over "dang"),
// and the title counts more than Pagefind's default so a page about the words comes first.
const pagefindOptions = () => ({
  excerptLength: 28,
  noWorker: !tuning.worker,
  ranking: { diacriticSimilarity: 1, metaWeights: { title: 6 } },
});

let loading: Promise<PagefindApi> | null = null;

/** Loads Pagefind once; later calls share the same promise. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
      await pagefind.options(pagefindOptions());
      await pagefind.init();
      return pagefind;
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/**
 * While the reader types, fetch the index chunks the words so far need (as Pagefind's own UI does), so
 * the search after the pause finds them loaded. Only when Pagefind is already loaded: never waits for it.
 */
export function preloadTerm(term: string): void {
  if (!tuning.preloadWhileTyping) return;
  loading?.then((pagefind) => pagefind.preload(term)).catch(() => undefined);
}

/**
 * Runs tuning.warmUpSearches throwaway searches in idle time, one per idle period, while stillIdle()
 * says the reader has not begun a search (their own search does the same work).
 */
export async function warmUpSearch(stillIdle: () => boolean): Promise<void> {
  const pagefind = await loadPagefind();
  for (let i = 0; i < tuning.warmUpSearches; i++) {
    await new Promise<void>((idle) => whenIdle(idle));
    if (!stillIdle()) return;
    await pagefind.search(tuning.warmUpTerm);
  }
}

let countsLoaded = false;

/**
 * Loads the whole filter index, without which searches return no counts per kind and year. Called
 * after the first results are on screen, so a first search does not wait for it.
 */
export async function loadFilterCounts(): Promise<void> {
  if (countsLoaded) return;
  const pagefind = await loadPagefind();
  await pagefind.filters();
  countsLoaded = true;
  answers.clear();
}

// Recent answers by query and filters: choosing a filter reuses the counts already computed.
const answers = new Map<string, Promise<PagefindResponse>>();
const MAX_ANSWERS = 40;

function cachedSearch(pagefind: PagefindApi, term: string, filters: Record<string, string>, sort?: Record<string, 'asc' | 'desc'>): Promise<PagefindResponse> {
  const key = JSON.stringify([term, filters, sort]);
  let answer = answers.get(key);
  if (!answer) {
    answer = pagefind.search(term, sort ? { filters, sort } : { filters });
    answer.catch(() => answers.delete(key));
    answers.set(key, answer);
    if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  }
  return answer;
}

export interface SearchOutcome {
  /** Results in display order: documents named by number, phrase matches, all words in a passage, then looser matches. */
  results: PagefindResult[];
  /** How many results at the top hold every word of the query (judged from positions until their text is loaded). */
  exactCount: number;
  /** How many results at the top are documents named by the number in the query: exact without a text check. */
  pinned: number;
  /** How many of those the number names; the others are documents of the year typed beside other words. */
  numbered: number;
  /** What named those: a document number or a date. */
  pinnedBy: PinnedBy;
  /** How many results after those hold the words side by side, judged from positions. */
  phrase: number;
  /** Counts per kind given the selected year, and per year given the selected kind. */
  counts: { kind: Record<string, number>; year: Record<string, number> };
  /** True until the filter index is loaded: the counts are then still empty. */
  countsPending: boolean;
  /** The query's folded words, to check the loaded results. */
  words: string[];
  /** The query is still being typed: its last word may be unfinished (matched and highlighted as a start). */
  typing: boolean;
}

/** A result as shown: its hit, and whether it holds every word of the query or goes under "Kết quả gần đúng". */
export interface ShownHit extends SearchHit {
  exact: boolean;
}

const filtersOf = (kind?: string, year?: string) => ({
  ...(kind ? { [SEARCH_FIELDS.kind]: kind } : {}),
  ...(year ? { [SEARCH_FIELDS.year]: year } : {}),
});

/**
 * Runs the query with its filters; the counts for each filter leave that filter's own choice out.
 * Returns null, without searching, when isCurrent() says a newer search replaced this one while its
 * index chunks were loading.
 */
export async function runSearch(state: SearchState, isCurrent: () => boolean = () => true, typing = false): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const query = normalizeQuery(state.query);
  const numberKey = documentNumberQueryKey(query);
  const filters = filtersOf(state.kind, state.year);
  const countsPending = !countsLoaded;
  const words = queryWords(query);
  if (tuning.skipStaleBeforeSearch) {
    await Promise.all([pagefind.preload(query, { filters }), numberKey ? pagefind.preload(numberKey, { filters }) : null]);
    if (!isCurrent()) return null;
  }
  const [main, byNumber, withoutKind, withoutYear] = await Promise.all([
    cachedSearch(pagefind, query, filters),
    // Documents sharing a number (two numbered 02) come newest first.
    numberKey ? cachedSearch(pagefind, numberKey, filters, { [SEARCH_FIELDS.sortDate]: 'desc' }) : null,
    state.kind && !countsPending ? cachedSearch(pagefind, query, filtersOf(undefined, state.year)) : null,
    state.year && !countsPending ? cachedSearch(pagefind, query, filtersOf(state.kind, undefined)) : null,
  ]);
  // A year typed beside other words ("quy định 2017"): documents of that year holding the other words come
  // first, as a document named by its number does (the year is in their date, not their text).
  const asked = !byNumber?.results.length && !state.year ? yearInQuery(query) : null;
  const ofYear = asked ? await cachedSearch(pagefind, asked.rest, filtersOf(state.kind, asked.year)) : null;
  const restCount = asked ? new Set(queryWords(asked.rest)).size : 0;
  const ofYearHolding = ofYear?.results.filter((result) => matchesNearTogether(result.words, restCount)) ?? [];
  // "quyết định 2017": the decision of 2017 (its title opens with the words) before a rule that mentions decisions.
  const yearPinned = [...ofYearHolding.filter((r) => opensWith(r.words, restCount)), ...ofYearHolding.filter((r) => !opensWith(r.words, restCount))];
  const ranked = rankResults(main.results, byNumber?.results ?? [], words, yearPinned);
  return {
    results: ranked.results,
    exactCount: ranked.exactCount,
    pinned: ranked.pinned,
    numbered: ranked.numbered,
    pinnedBy: numberKey?.startsWith(dateKey('')) ? 'date' : 'number',
    phrase: ranked.phrase,
    words,
    typing,
    counts: {
      kind: (withoutKind ?? main).filters[SEARCH_FIELDS.kind] ?? {},
      year: (withoutYear ?? main).filters[SEARCH_FIELDS.year] ?? {},
    },
    countsPending,
  };
}

/**
 * Loads results [from, from + size) and returns them as a new list of hits. Each one is checked
 * against its text as it arrives (verifiedClass) and the list is ordered by what was found, then by
 * rank. onArrive gets the hits whose place is already certain, so the page paints them without
 * waiting for the slowest fragment. With `first` given, only that many fragments are fetched at once;
 * the others wait until the first ones are painted (a frame later, and restDelay ms more), and are not
 * fetched at all when isCurrent() says a newer search replaced this one (the list returned is then
 * incomplete and unused).
 */
export async function loadResults(
  outcome: SearchOutcome,
  from: number,
  size: number,
  places: readonly SitePlace[],
  onArrive?: (hits: ShownHit[]) => void,
  staging: { first?: number; isCurrent?: () => boolean; restDelay?: number } = {},
): Promise<ShownHit[]> {
  const slice = outcome.results.slice(from, from + size);
  const candidates = slice.map((_, i) => candidateClass(from + i, outcome));
  const verified: Array<MatchClass | undefined> = new Array(slice.length).fill(undefined);
  const hits: Array<SearchHit | undefined> = new Array(slice.length).fill(undefined);
  const ordered = (indexes: number[]) => indexes.map((i) => ({ ...hits[i]!, exact: verified[i]! !== MatchClass.loose }));
  const isCurrent = staging.isCurrent ?? (() => true);
  let reported = 0;
  const load = async (result: PagefindResult, i: number) => {
    const fragment = await result.data();
    verified[i] = verifiedClass(candidates[i]!, fragment.content, outcome.words, result.words, outcome.typing);
    hits[i] = toSearchHit(fragment, places, { words: outcome.words, typing: outcome.typing }, from + i < outcome.numbered ? outcome.pinnedBy : undefined);
    const settled = settledOrder(candidates, verified);
    if (onArrive && settled.length > reported && isCurrent()) {
      reported = settled.length;
      onArrive(ordered(settled));
    }
  };
  const first = Math.min(staging.first ?? slice.length, slice.length);
  await Promise.all(slice.slice(0, first).map((result, i) => load(result, i)));
  if (first < slice.length) {
    await afterPaint();
    if (staging.restDelay) await new Promise((waited) => setTimeout(waited, staging.restDelay));
    if (!isCurrent()) return [];
    await Promise.all(slice.slice(first).map((result, i) => load(result, first + i)));
  }
  return ordered(settledOrder(candidates, verified));
}

/** Resolves once the frame holding the latest changes has been painted. */
export const afterPaint = () => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
