// Ranking on top of Pagefind's: a document named by its number comes first, then pages holding the
// query's words side by side, then the other matches. Pagefind alone scores each word apart, so the
// page with the exact sentence can sit far down a list of pages that merely hold all the words.
import { foldForSearch, stripFoldTwins } from './fold.ts';

export interface RankedResult {
  id: string;
  score: number;
  /** Positions of the matched words on the page, as Pagefind reports them. */
  words: number[];
}

/** The query's words as the index compares them: folded, letters and digits only. */
export function queryWords(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

/**
 * True when the page text holds the query's words in order, side by side, ignoring marks, đ and
 * punctuation; the last word may be unfinished, as while typing. With the matched positions given,
 * only phrases starting there are checked, which spares folding the whole text.
 */
export function holdsPhrase(content: string, words: string[], starts?: number[]): boolean {
  if (words.length < 2) return false;
  const text = content.split(/\s+/);
  const folded = new Map<number, string>();
  const word = (at: number) => {
    let value = folded.get(at);
    if (value === undefined) {
      value = foldForSearch(stripFoldTwins(text[at] ?? '')).replace(/[^\p{L}\p{N}]/gu, '');
      folded.set(at, value);
    }
    return value;
  };
  const last = words.length - 1;
  for (const start of starts ?? text.keys()) {
    if (start + last >= text.length) continue;
    let i = 0;
    while (i < last && word(start + i) === words[i]) i++;
    if (i === last && word(start + last).startsWith(words[last]!)) return true;
  }
  return false;
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

/** Number matches, then pages with the query's words side by side (in Pagefind's order, which keeps exact diacritics ahead), then the rest. */
export function rankResults<T extends RankedResult>(main: T[], byNumber: T[], wordCount: number): T[] {
  const phrase = wordCount >= 2 ? main.filter((result) => longestRun(result.words) >= wordCount) : [];
  // A numbered document also found by the text search keeps that result: it knows where the words are, for the excerpt.
  const fromText = new Map(main.map((result) => [result.id, result]));
  const pinned = byNumber.map((result) => fromText.get(result.id) ?? result);
  const seen = new Set<string>();
  const ranked: T[] = [];
  for (const result of [...pinned, ...phrase, ...main]) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    ranked.push(result);
  }
  return ranked;
}

/** Keeps the first `pinned` items (documents named by number), then moves verified phrase matches ahead of the rest, order kept. */
export function phraseFirst<T>(items: T[], pinned: number, isPhrase: (item: T) => boolean): T[] {
  const head = items.slice(0, pinned);
  const tail = items.slice(pinned);
  return [...head, ...tail.filter(isPhrase), ...tail.filter((item) => !isPhrase(item))];
}
