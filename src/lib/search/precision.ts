// Precision: a result holds every word of the query, in one passage. Pagefind matches each query
// word as the prefix of any word on the page ("tan" finds "tăng"), anywhere on it, so a page with
// "tăng cường" near its top, "sở hữu" and "tác phong" further down answers "Tăng Hữu Phong". Those
// looser matches are shown apart, under "Kết quả gần đúng".
import { answeredWords, matchWord, wordForms, type WordForms } from './match.ts';

/** How many consecutive words the query's words must all fall within: room for a few words between each. */
export function passageSpan(wordCount: number): number {
  return wordCount * 2 + 6;
}

/**
 * From match positions alone (no page text needed): true when one passage holds as many distinct
 * matched positions as the query has words. Used to rank and count before any page is loaded.
 */
export function matchesNearTogether(positions: readonly number[], wordCount: number): boolean {
  if (wordCount < 2) return positions.length > 0 || wordCount === 0;
  // Pagefind reports positions in order; sort only when they are not (it runs on every result).
  const inOrder = positions.every((p, i) => i === 0 || p >= positions[i - 1]!);
  const sorted = inOrder ? positions : [...positions].sort((a, b) => a - b);
  const distinct = sorted.filter((p, i) => i === 0 || p !== sorted[i - 1]);
  const span = passageSpan(wordCount);
  for (let i = 0; i + wordCount - 1 < distinct.length; i++) {
    if (distinct[i + wordCount - 1]! - distinct[i]! < span) return true;
  }
  return false;
}

/** The words of the page text as Pagefind counts positions, folded only where asked for. */
function pageWords(content: string) {
  const text = content.split(/\s+/);
  const forms = new Map<number, WordForms>();
  return {
    length: text.length,
    at(position: number): WordForms {
      let value = forms.get(position);
      if (value === undefined) forms.set(position, (value = wordForms(text[position] ?? '')));
      return value;
    },
  };
}

/**
 * True when the page text holds the query's words in order, side by side, ignoring marks, đ and
 * punctuation; with `typing`, the last word may be unfinished. With the matched positions given,
 * only phrases starting there are checked, which spares folding the whole text.
 */
export function holdsPhrase(content: string, words: readonly string[], starts?: readonly number[], typing = false): boolean {
  if (words.length < 2) return false;
  const text = pageWords(content);
  const last = words.length - 1;
  for (const start of starts ?? Array.from({ length: text.length }, (_, i) => i)) {
    if (start + last >= text.length) continue;
    let i = 0;
    while (i < last && matchWord(text.at(start + i), words[i]!, false)) i++;
    if (i === last && matchWord(text.at(start + last), words[last]!, typing)) return true;
  }
  return false;
}

/**
 * From the page text: true when every query word is on the page as a whole word (folded, so marks
 * and đ do not matter; with `typing`, the last one may be unfinished) and all lie in one passage.
 * With the matched positions given, only passages starting there are checked.
 */
export function holdsAllWords(content: string, words: readonly string[], starts?: readonly number[], typing = false): boolean {
  if (words.length === 0) return false;
  const text = pageWords(content);
  // The positions holding a query word, in order, with which words each one is.
  const hits: Array<{ at: number; which: number[] }> = [];
  const positions = starts ? [...new Set(starts)].sort((a, b) => a - b) : Array.from({ length: text.length }, (_, i) => i);
  for (const at of positions) {
    const which = answeredWords(text.at(at), words, typing);
    if (which.length > 0) hits.push({ at, which });
  }
  const span = words.length === 1 ? 1 : passageSpan(words.length);
  // Slide a window over the hits: it must cover every query word within span words.
  const covered: number[] = new Array<number>(words.length).fill(0);
  let missing = words.length;
  let from = 0;
  for (const hit of hits) {
    for (const i of hit.which) if ((covered[i] = covered[i]! + 1) === 1) missing--;
    while (hit.at - hits[from]!.at >= span) {
      for (const i of hits[from]!.which) if ((covered[i] = covered[i]! - 1) === 0) missing++;
      from++;
    }
    if (missing === 0) return true;
  }
  return false;
}

/** How a result answers the query, best first: named by its number, the words as a phrase, all words in one passage, looser. */
export const MatchClass = { number: 0, phrase: 1, allWords: 2, loose: 3 } as const;
export type MatchClass = (typeof MatchClass)[keyof typeof MatchClass];

/**
 * A result's class once its text is loaded. The class from positions (the candidate) can only be
 * confirmed or lowered: words side by side but out of order are not the phrase, a word that is only
 * the start of another is not the word (unless it is the last one of a query still being typed).
 */
export function verifiedClass(candidate: MatchClass, content: string, words: readonly string[], positions: readonly number[], typing = false): MatchClass {
  if (candidate === MatchClass.number || candidate === MatchClass.loose) return candidate;
  if (candidate === MatchClass.phrase && holdsPhrase(content, words, positions, typing)) return MatchClass.phrase;
  return holdsAllWords(content, [...new Set(words)], positions, typing) ? MatchClass.allWords : MatchClass.loose;
}

/**
 * The results of a page that can be painted now, in their final order (by class, then rank), while
 * others are still loading. Candidates come sorted by class and a result's class can only drop, so
 * one still loading never lands above a result whose class is below its candidate class.
 */
export function settledOrder(candidates: readonly MatchClass[], verified: readonly (MatchClass | undefined)[]): number[] {
  const pending = verified.findIndex((value) => value === undefined);
  const bound = pending < 0 ? Infinity : candidates[pending]!;
  const settled: number[] = [];
  verified.forEach((value, i) => {
    if (value !== undefined && (value < bound || (value === bound && i < pending))) settled.push(i);
  });
  return settled.sort((a, b) => verified[a]! - verified[b]! || a - b);
}
