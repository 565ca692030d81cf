// The search page's state lives in its address (?q=…&loai=…&nam=…) so a search can be shared and
// the back button returns to it.

export interface SearchState {
  query: string;
  /** Selected kind filter, e.g. "Quyết định". */
  kind?: string;
  /** Selected year filter, e.g. "2017". */
  year?: string;
}

/** Longest query kept, in characters: longer input is cut here, in the box's address too. */
export const MAX_QUERY_LENGTH = 200;

// Control and format characters (zero-width spaces and joiners, soft hyphens, direction marks, BOM)
// are invisible in the box but split a word in two for the index; whitespace among them becomes a space.
const INVISIBLE = /[\p{Cc}\p{Cf}\u180E]/gu;

/**
 * The one form of a query that is searched and written into the address: NFC (so a decomposed "ế"
 * matches the index), invisible characters removed, single spaces, trimmed, at most 200 characters.
 */
export function normalizeQuery(text: string): string {
  const visible = text.replace(/\s+/g, ' ').replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const chars = Array.from(visible);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : visible;
}

/**
 * Whether a query is searched while the reader is still typing it: not while its last word is a single
 * character, as Pagefind then matches every word starting with that letter, which takes seconds on a
 * large index and holds up the search for the next keystroke. Enter searches it all the same.
 */
export function searchableWhileTyping(query: string): boolean {
  const words = normalizeQuery(query).split(' ');
  return Array.from(words.at(-1) ?? '').length !== 1;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = { query: normalizeQuery(params.get('q') ?? '') };
  const kind = params.get('loai');
  const year = params.get('nam');
  if (kind) state.kind = kind.normalize('NFC');
  if (year && /^\d{4}$/.test(year)) state.year = year;
  return state;
}

/** "?q=dang+vien&loai=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh" with the query normalised, or "" for an empty state. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = normalizeQuery(state.query);
  if (query) params.set('q', query);
  if (state.kind) params.set('loai', state.kind);
  if (state.year) params.set('nam', state.year);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return normalizeQuery(a.query) === normalizeQuery(b.query) && a.kind === b.kind && a.year === b.year;
}
