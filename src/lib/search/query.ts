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

// Format characters (zero-width spaces and joiners, soft hyphens, direction marks, BOM, word joiner) are
// invisible in the box but split a word in two for the index: removed before anything else, as the BOM
// also counts as whitespace and would otherwise become a space inside a word.
const FORMAT = /[\p{Cf}\u180E]/gu;
// Control characters left once whitespace (tab, new line: also controls) has become spaces.
const CONTROL = /\p{Cc}/gu;
// Full-width letters and digits (an East Asian keyboard) are the ASCII ones.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/**
 * The one form of a query that is searched and written into the address: NFC (so a decomposed "ế"
 * matches the index), invisible characters removed, any spacing (no-break, ideographic, thin) a single
 * space, trimmed, at most 200 characters.
 */
export function normalizeQuery(text: string): string {
  const visible = text
    .replace(FORMAT, '')
    .replace(/\s+/g, ' ')
    .replace(CONTROL, '')
    .replace(FULL_WIDTH, (char) => char.normalize('NFKC'))
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
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

/** A year as typed among other words: four digits from 1930 (the Party's founding) to 2099. */
const YEAR_WORD = /^(?:19[3-9]\d|20\d\d)$/;

/**
 * A year typed beside other words ("quy định 2017", "nam 2018 ke hoach") asks for documents of that year:
 * the year and the other words apart; null without a year word or without other words.
 */
export function yearInQuery(query: string): { year: string; rest: string } | null {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  const at = words.findIndex((word) => YEAR_WORD.test(word));
  if (at < 0 || words.length < 2) return null;
  return { year: words[at]!, rest: words.filter((_, i) => i !== at).join(' ') };
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
