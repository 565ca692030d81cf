// Ranking on top of Pagefind's: a document named by its number comes first, then pages holding the
// query as a phrase, then the other matches. Pagefind alone scores each word apart, so the page with
// the exact sentence can sit far down a list of pages that merely hold all the words somewhere.
import { foldForSearch } from './fold.ts';

export interface RankedResult {
  id: string;
  score: number;
}

/**
 * The query as a Pagefind exact-phrase search, folded: every word holding đ is indexed with a folded
 * twin at its own position, so the folded phrase lines up with accented and unaccented text alike.
 * Null for a single word, where a phrase adds nothing.
 */
export function phraseQuery(query: string): string | null {
  const words = foldForSearch(query)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 2 ? `"${words.join(' ')}"` : null;
}

/** Number matches, then phrase matches in Pagefind's order (which keeps exact diacritics ahead), then the rest. */
export function rankResults<T extends RankedResult>(main: T[], byNumber: T[], asPhrase: T[]): T[] {
  const order = new Map(main.map((result, index) => [result.id, index]));
  const phraseFirst = [...asPhrase].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  const seen = new Set<string>();
  const ranked: T[] = [];
  for (const result of [...byNumber, ...phraseFirst, ...main]) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    ranked.push(result);
  }
  return ranked;
}
