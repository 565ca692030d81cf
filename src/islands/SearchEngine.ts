// Runs a search on Pagefind's JS API, loaded on demand from the built site (never bundled).
import { documentNumberQueryKey } from '../lib/search/doc-number.ts';
import { SEARCH_FIELDS } from '../lib/search/fields.ts';
import { holdsPhrase, phraseFirst, queryWords, rankResults, type RankedResult } from '../lib/search/rank.ts';
import { normalizeQuery, type SearchState } from '../lib/search/query.ts';
import { toSearchHit, type PagefindFragment, type SearchHit } from '../lib/search/results.ts';

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResult extends RankedResult {
  data: () => Promise<PagefindFragment>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
}

/** Where Pagefind writes its bundle; a variable so Vite leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

// Ranking: an exact diacritic match gets the full bonus over a folded one ("đảng" over "dang"),
// and the title counts more than Pagefind's default so a page about the words comes first.
// No worker: on this site a search takes a few milliseconds, less than starting the worker, whose
// script would add 12 KB to a first query.
const PAGEFIND_OPTIONS = {
  excerptLength: 28,
  noWorker: true,
  ranking: { diacriticSimilarity: 1, metaWeights: { title: 6 } },
};

let loading: Promise<PagefindApi> | null = null;

/** Loads Pagefind once; later calls share the same promise. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
      await pagefind.options(PAGEFIND_OPTIONS);
      await pagefind.init();
      return pagefind;
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
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

function cachedSearch(pagefind: PagefindApi, term: string, filters: Record<string, string>): Promise<PagefindResponse> {
  const key = JSON.stringify([term, filters]);
  let answer = answers.get(key);
  if (!answer) {
    answer = pagefind.search(term, { filters });
    answer.catch(() => answers.delete(key));
    answers.set(key, answer);
    if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  }
  return answer;
}

export interface SearchOutcome {
  /** Results in display order: a document named by its number first, then phrase matches, then the rest. */
  results: PagefindResult[];
  /** Counts per kind given the selected year, and per year given the selected kind. */
  counts: { kind: Record<string, number>; year: Record<string, number> };
  /** True until the filter index is loaded: the counts are then still empty. */
  countsPending: boolean;
  /** How many results at the top are documents named by the number in the query. */
  pinned: number;
  /** The query's folded words, to check phrases in the loaded results. */
  words: string[];
}

const filtersOf = (kind?: string, year?: string) => ({
  ...(kind ? { [SEARCH_FIELDS.kind]: kind } : {}),
  ...(year ? { [SEARCH_FIELDS.year]: year } : {}),
});

/** Runs the query with its filters; the counts for each filter leave that filter's own choice out. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const query = normalizeQuery(state.query);
  const numberKey = documentNumberQueryKey(query);
  const filters = filtersOf(state.kind, state.year);
  const countsPending = !countsLoaded;
  const words = queryWords(query);
  const [main, byNumber, withoutKind, withoutYear] = await Promise.all([
    cachedSearch(pagefind, query, filters),
    numberKey ? cachedSearch(pagefind, numberKey, filters) : null,
    state.kind && !countsPending ? cachedSearch(pagefind, query, filtersOf(undefined, state.year)) : null,
    state.year && !countsPending ? cachedSearch(pagefind, query, filtersOf(state.kind, undefined)) : null,
  ]);
  const pinned = byNumber?.results ?? [];
  return {
    results: rankResults(main.results, pinned, words.length),
    pinned: pinned.length,
    words,
    counts: {
      kind: (withoutKind ?? main).filters[SEARCH_FIELDS.kind] ?? {},
      year: (withoutYear ?? main).filters[SEARCH_FIELDS.year] ?? {},
    },
    countsPending,
  };
}

/** Loads the data of the given results and shapes them for display. */
export async function loadHits(results: PagefindResult[]): Promise<SearchHit[]> {
  return Promise.all(results.map(async (result) => toSearchHit(await result.data())));
}

/**
 * The first page of results, loaded; within it, pages that really hold the query as a phrase (in
 * order, which positions alone cannot tell) move up behind any document named by its number.
 * The outcome's results are reordered the same way, so later pages follow on.
 */
export async function loadFirstPage(outcome: SearchOutcome, size: number): Promise<SearchHit[]> {
  const page = outcome.results.slice(0, size);
  const fragments = await Promise.all(page.map((result) => result.data()));
  const isPhrase = new Map(
    page.map((result, i) => [result, holdsPhrase(fragments[i]!.content, outcome.words, result.words)]),
  );
  const ordered = phraseFirst(page, outcome.pinned, (result) => isPhrase.get(result)!);
  outcome.results.splice(0, page.length, ...ordered);
  return ordered.map((result) => toSearchHit(fragments[page.indexOf(result)]!));
}
