// When a word of the page answers a word of the query: one rule for precision (exact or looser),
// the excerpt and its highlights. Pagefind itself matches every query word as the start of any word
// and drops punctuation inside numbers ("08" reaches "0,8", "99" reaches "99,51%"); here a word must
// match whole, or as one part of a compound such as "124-QĐ/TW", and only the last word of a query
// still being typed may be the start of a word.
import { foldForSearch, stripFoldTwins } from './fold.ts';

/** A word of the page as the query meets it: folded whole, and its parts ("124-QĐ/TW" → 124qdtw; 124, qd, tw). */
export interface WordForms {
  whole: string;
  parts: string[];
}

// Punctuation between two digits belongs to the number ("0,8", "12.926", "02/02/2018"): kept as one ".".
const NUMBER_PUNCTUATION = /(?<=\p{N})[.,/:](?=\p{N})/gu;
const NOT_WORD = /[^\p{L}\p{N}.]+/gu;

/** Folds a word of the page or the query into its forms; empty whole for punctuation alone. */
export function wordForms(word: string): WordForms {
  const folded = foldForSearch(stripFoldTwins(word)).replace(NUMBER_PUNCTUATION, '\u0001');
  const cleaned = folded.replace(/\./g, ' ').replace(/\u0001/g, '.');
  const parts = cleaned.split(NOT_WORD).filter((part) => part.length > 0);
  // A date answers its year ("2017" finds "01/12/2017"), not its day or month ("02" is not "02/02/2018").
  const years = parts.flatMap((part) => /^\d{1,2}\.\d{1,2}\.(\d{4})$/.exec(part)?.[1] ?? []);
  return { whole: parts.join(''), parts: [...parts, ...years] };
}

/** A query word's key: what wordForms(word).whole gives, so "99-QĐ/TW" and "99/qd-tw" both give "99qdtw". */
export const queryWordKey = (word: string) => wordForms(word).whole;

/** How a word of the page answers a query word: 'whole' (the word or one of its parts), 'prefix' (its start), or null. */
export function matchWord(forms: WordForms, queryWord: string, allowPrefix: boolean): 'whole' | 'prefix' | null {
  if (!queryWord || !forms.whole) return null;
  if (forms.whole === queryWord || forms.parts.includes(queryWord)) return 'whole';
  if (allowPrefix && (forms.whole.startsWith(queryWord) || forms.parts.some((part) => part.startsWith(queryWord)))) return 'prefix';
  return null;
}

/**
 * The query words (by index) a word of the page answers; the last may match as a prefix when the query
 * is still being typed.
 */
export function answeredWords(forms: WordForms, words: readonly string[], typing: boolean): number[] {
  const last = words.length - 1;
  const which: number[] = [];
  words.forEach((word, i) => {
    if (matchWord(forms, word, typing && i === last)) which.push(i);
  });
  return which;
}
