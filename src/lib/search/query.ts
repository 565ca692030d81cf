// The search page's state lives in its address (?q=…&loai=…&nam=…) so a search can be shared and
// the back button returns to it.

export interface SearchState {
  query: string;
  /** Selected kind filter, e.g. "Quyết định". */
  kind?: string;
  /** Selected year filter, e.g. "2017". */
  year?: string;
}

const MAX_QUERY_LENGTH = 200;

/** NFC (so a decomposed "ế" matches the index), single spaces, trimmed, bounded length. */
export function normalizeQuery(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = { query: (params.get('q') ?? '').normalize('NFC').slice(0, MAX_QUERY_LENGTH) };
  const kind = params.get('loai');
  const year = params.get('nam');
  if (kind) state.kind = kind.normalize('NFC');
  if (year && /^\d{4}$/.test(year)) state.year = year;
  return state;
}

/** "?q=dang+vien&loai=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh", or "" for an empty state. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  if (state.kind) params.set('loai', state.kind);
  if (state.year) params.set('nam', state.year);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return normalizeQuery(a.query) === normalizeQuery(b.query) && a.kind === b.kind && a.year === b.year;
}
