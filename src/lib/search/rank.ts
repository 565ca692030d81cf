// Ranking on top of Pagefind's: a document named by its number comes first, then pages holding the
// query's words side by side, then the other matches. Pagefind alone scores each word apart, so the
// page with the exact sentence can sit far down a list of pages that merely hold all the words.
import { queryWordKey } from './match.ts';
import { MatchClass, matchesNearTogether } from './precision.ts';

export interface RankedResult {
  id: string;
  score: number;
  /** Positions of the matched words on the page, as Pagefind reports them. */
  words: number[];
}

/** The query's words as the page's words are compared with them: folded, letters and digits (see match.ts). */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).map(queryWordKey).filter(Boolean);
}

/**
 * The longest run of matched words at consecutive positions. A word holding đ and its folded twin
 * share one position, so "đảng viên" and "dang vien" both make a run of two.
 */
export function longestRun(positions: number[]): number {
  // Pagefind reports positions in order; sort only when they are not (it runs on every result).
  const inOrder = positions.every((p, i) => i === 0 || p >= positions[i - 1]!);
  const sorted = inOrder ? positions : [...positions].sort((a, b) => a - b);
  let longest = sorted.length > 0 ? 1 : 0;
  let current = 1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) continue;
    current = sorted[i] === sorted[i - 1]! + 1 ? current + 1 : 1;
    longest = Math.max(longest, current);
  }
  return longest;
}

export interface RankedList<T> {
  /** Documents named by number, then pages with the words side by side, then with all words in one passage, then the rest. */
  results: T[];
  /** How many results at the top hold every word in one passage, judged from positions (or were named by number). */
  exactCount: number;
  /** How many results at the top are pinned: documents named by the number in the query, then those of the year asked. */
  pinned: number;
  /** How many of the pinned ones the number in the query names (they come first). */
  numbered: number;
  /** How many results after those hold the words side by side, judged from positions. */
  phrase: number;
}

/**
 * Number matches, then pages with the query's words side by side, then pages with them all in one
 * passage (each group in Pagefind's order, which keeps exact diacritics ahead), then the rest: looser matches.
 */
export function rankResults<T extends RankedResult>(main: T[], byNumber: T[], words: readonly string[], ofYear: T[] = []): RankedList<T> {
  const wordCount = words.length;
  // A word typed twice needs to be on the page once.
  const distinctCount = new Set(words).size;
  // A numbered document also found by the text search keeps that result: it knows where the words are, for the excerpt.
  const fromText = byNumber.length + ofYear.length > 0 ? new Map(main.map((result) => [result.id, result])) : null;
  const pinnedIds = new Set<string>();
  const pinned: T[] = [];
  for (const result of [...byNumber, ...ofYear]) {
    if (pinnedIds.has(result.id)) continue;
    pinnedIds.add(result.id);
    pinned.push(fromText?.get(result.id) ?? result);
  }
  const numbered = new Set(byNumber.map((result) => result.id)).size;
  // One pass over what can be thousands of results, before the first one is painted.
  const phrase: T[] = [];
  const near: T[] = [];
  const loose: T[] = [];
  for (const result of main) {
    if (pinnedIds.has(result.id)) continue;
    if (wordCount >= 2 && longestRun(result.words) >= wordCount) phrase.push(result);
    else if (matchesNearTogether(result.words, distinctCount)) near.push(result);
    else loose.push(result);
  }
  // Of the pages holding the phrase, those whose title opens with it first ("Nghị quyết Trung ương 4" is the
  // resolution's title and part of a plan's): the page's text starts with its title, at position 0.
  const titled = phrase.filter((result) => opensWith(result.words, wordCount));
  const phraseOrder = titled.length > 0 ? [...titled, ...phrase.filter((result) => !titled.includes(result))] : phrase;
  return {
    results: [...pinned, ...phraseOrder, ...near, ...loose],
    exactCount: pinned.length + phrase.length + near.length,
    pinned: pinned.length,
    numbered,
    phrase: phrase.length,
  };
}

/** True when the matched positions cover the first `count` words of the page: its title opens with the query. */
export function opensWith(positions: readonly number[], count: number): boolean {
  const found = new Set(positions);
  for (let at = 0; at < count; at++) if (!found.has(at)) return false;
  return count > 0;
}

/** The class a result at this rank has from positions alone. */
export function candidateClass(rank: number, list: Pick<RankedList<unknown>, 'pinned' | 'phrase' | 'exactCount'>): MatchClass {
  if (rank < list.pinned) return MatchClass.number;
  if (rank < list.pinned + list.phrase) return MatchClass.phrase;
  return rank < list.exactCount ? MatchClass.allWords : MatchClass.loose;
}
