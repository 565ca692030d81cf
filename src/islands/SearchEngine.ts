// Runs a search on Pagefind's JS API, loaded on demand from the built site (never bundled).
import { documentNumberQueryKey } from '../lib/search/doc-number.ts';
import { phraseQuery, rankResults, type RankedResult } from '../lib/search/rank.ts';
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

export const FILTER_KIND = 'kind';
export const FILTER_YEAR = 'year';

/** Where Pagefind writes its bundle; a variable so Vite leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

// Ranking: an exact diacritic match gets the full bonus over a folded one ("đảng" over "dang"),
// and the title counts more than Pagefind's default so a page about the words comes first.
const PAGEFIND_OPTIONS = {
  excerptLength: 28,
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
      // Loads the filter index, without which searches return no counts per kind and year.
      await pagefind.filters();
      return pagefind;
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

export interface SearchOutcome {
  /** Results in display order: a document named by its number first, then the text matches. */
  results: PagefindResult[];
  /** Counts per kind given the selected year, and per year given the selected kind. */
  counts: { kind: Record<string, number>; year: Record<string, number> };
}

const filtersOf = (kind?: string, year?: string) => ({
  ...(kind ? { [FILTER_KIND]: kind } : {}),
  ...(year ? { [FILTER_YEAR]: year } : {}),
});

/** Runs the query with its filters; the counts for each filter leave that filter's own choice out. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const query = normalizeQuery(state.query);
  const numberKey = documentNumberQueryKey(query);
  const phrase = phraseQuery(query);
  const filters = filtersOf(state.kind, state.year);
  const [main, byNumber, asPhrase, withoutKind, withoutYear] = await Promise.all([
    pagefind.search(query, { filters }),
    numberKey ? pagefind.search(numberKey, { filters }) : null,
    phrase ? pagefind.search(phrase, { filters }) : null,
    state.kind ? pagefind.search(query, { filters: filtersOf(undefined, state.year) }) : null,
    state.year ? pagefind.search(query, { filters: filtersOf(state.kind, undefined) }) : null,
  ]);
  return {
    results: rankResults(main.results, byNumber?.results ?? [], asPhrase?.results ?? []),
    counts: {
      kind: (withoutKind ?? main).filters[FILTER_KIND] ?? {},
      year: (withoutYear ?? main).filters[FILTER_YEAR] ?? {},
    },
  };
}

/** Loads the data of the given results and shapes them for display. */
export async function loadHits(results: PagefindResult[]): Promise<SearchHit[]> {
  return Promise.all(results.map(async (result) => toSearchHit(await result.data())));
}
