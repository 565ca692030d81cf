// The excerpt a result shows: the passage of the page that holds the query's words (most of the
// distinct words, side by side if it can), outside the headings the result already shows as its
// title and section, with only the words that matched highlighted. Pagefind's own excerpt takes
// the densest run of its matches, prefixes ("tục" for "tu") and headings included.
import { escapeHtml } from '../html.ts';
import { stripFoldTwins } from './fold.ts';
import { answeredWords, matchWord, wordForms, type WordForms } from './match.ts';

/** Words an excerpt shows. */
export const EXCERPT_WORDS = 28;
/** Words of context an excerpt may show before the first matched word, to start at its sentence. */
const LEAD = 8;

/** What the excerpt is built from: the page text split as Pagefind counts positions, and what to avoid. */
export interface ExcerptSource {
  /** The indexed text, words separated by whitespace (twins included). */
  content: string;
  /** Positions of the page's headings, its title included: [start, end) in words. */
  headings: ReadonlyArray<readonly [number, number]>;
  /** Positions Pagefind matched, where the query's words may be. */
  candidates: readonly number[];
  /** Part of the page to take the passage from when it holds a match: the section the result links to. */
  within?: readonly [number, number];  /** Show the opening of the page's text whatever matched (a document named by its number). */
  opening?: boolean;
}

export interface ExcerptQuery {
  /** Query words as queryWords() gives them. */
  words: readonly string[];
  /** The query is still being typed: its last word may be the start of a word, and that start is highlighted. */
  typing: boolean;
}

/** Splits the page text exactly as Pagefind does to count word positions. */
export const splitWords = (content: string) => content.split(/[^\S\uFEFF]+/);

const SENTENCE_END = /[.!?:;…]["”’)]*$/u;

/** Safe HTML of the passage that best explains the match, with <mark> around the matched words. */
export function buildExcerpt(source: ExcerptSource, query: ExcerptQuery, length = EXCERPT_WORDS): string {
  const tokens = splitWords(source.content);
  const inHeading = (at: number) => source.headings.some(([start, end]) => at >= start && at < end);
  const headingAfter = (at: number) => Math.min(tokens.length, ...source.headings.filter(([start]) => start > at).map(([start]) => start));
  const headingBefore = (at: number) => Math.max(0, ...source.headings.filter(([, end]) => end <= at).map(([, end]) => end));
  const forms = new Map<number, WordForms>();
  const formsAt = (at: number) => {
    let value = forms.get(at);
    if (value === undefined) forms.set(at, (value = wordForms(tokens[at] ?? '')));
    return value;
  };

  const positions = [...new Set(source.candidates)].filter((at) => at >= 0 && at < tokens.length && !inHeading(at)).sort((a, b) => a - b);
  const hits = positions.map((at) => ({ at, which: answeredWords(formsAt(at), query.words, query.typing) })).filter((hit) => hit.which.length > 0);
  const within = source.within;
  const inside = within ? hits.filter((hit) => hit.at >= within[0] && hit.at < within[1]) : [];
  const pool = inside.length > 0 ? inside : hits;

  // Without a whole word outside the headings (a looser result): where Pagefind matched, unmarked; else the opening.
  const near = positions.filter((at) => within && at >= within[0] && at < within[1]);
  let first: number;
  if (pool.length > 0 && !source.opening) first = bestPassageStart(pool, length - LEAD, headingAfter);
  else if (positions.length > 0 && !source.opening) first = (near[0] ?? positions[0])!;
  else {
    const from = within ? within[0] : 0;
    first = from;
    while (first < tokens.length && inHeading(first)) first++;
    if (first >= tokens.length) first = from;
  }

  // Start at the sentence holding the first matched word when it begins a few words earlier.
  const floor = Math.max(headingBefore(first), within && first >= within[0] ? within[0] : 0, first - LEAD);
  let start = first;
  for (let at = first; at > floor; at--) {
    if (SENTENCE_END.test(tokens[at - 1] ?? '')) {
      start = at;
      break;
    }
    if (at === floor + 1) start = Math.max(floor, first - 3);
  }
  let end = Math.min(start + length, headingAfter(start));
  // Cut short by a heading: take more words before instead.
  if (end - start < length) start = Math.max(headingBefore(start), end - length, 0);

  const marked = new Set(hits.map((hit) => hit.at));
  const words: string[] = [];
  for (let at = start; at < end; at++) {
    const shown = stripFoldTwins(tokens[at]!);
    if (!shown) continue;
    words.push(marked.has(at) ? markWord(shown, formsAt(at), query) : escapeHtml(shown));
  }
  // Nothing is cut before a passage that opens a sentence or the text under a heading.
  const opensText = SENTENCE_END.test(tokens[start - 1] ?? '') || source.headings.some(([, end]) => end === start);
  const before = start > 0 && !opensText ? '… ' : '';
  const after = end < tokens.length && !SENTENCE_END.test(tokens[end - 1] ?? '') ? ' …' : '';
  return `${before}${words.join(' ')}${after}`;
}

/**
 * Where the best passage begins: the window of `span` words (not crossing a heading) that holds the
 * most distinct query words, then the longest run of them in the query's order, then the most match
 * weight (a word in a heading weighs more, as Pagefind weighs it).
 */
export function bestPassageStart(hits: ReadonlyArray<{ at: number; which: number[]; weight?: number }>, span: number, headingAfter: (at: number) => number): number {
  let best = hits[0]!.at;
  let bestScore: number[] = [];
  for (let i = 0; i < hits.length; i++) {
    const limit = Math.min(hits[i]!.at + span, headingAfter(hits[i]!.at));
    const inWindow = [];
    for (let j = i; j < hits.length && hits[j]!.at < limit; j++) inWindow.push(hits[j]!);
    const distinct = new Set(inWindow.flatMap((hit) => hit.which)).size;
    let run = 1;
    let longest = 1;
    for (let j = 1; j < inWindow.length; j++) {
      const prev = inWindow[j - 1]!;
      const next = inWindow[j]!;
      run = next.at === prev.at + 1 && next.which.some((w) => prev.which.includes(w - 1)) ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    const score = [distinct, longest, inWindow.reduce((sum, hit) => sum + (hit.weight ?? 1), 0)];
    if (isBetter(score, bestScore)) {
      best = hits[i]!.at;
      bestScore = score;
    }
  }
  return best;
}

const isBetter = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > (b[i] ?? -Infinity);
  return false;
};

// A word split into leading punctuation, its core, and trailing punctuation: "(Đảng)," → "(", "Đảng", "),".
const WORD_PARTS = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * The word with its matched part in <mark>, punctuation left outside: the whole word, or, for the
 * last word of a query still being typed, only the start that was typed ("<mark>tu</mark>yên").
 */
function markWord(shown: string, forms: WordForms, query: ExcerptQuery): string {
  const [, lead, core, trail] = WORD_PARTS.exec(shown)!;
  const last = query.words.length - 1;
  const whole = query.words.some((word) => matchWord(forms, word, false) === 'whole');
  if (whole || !core) return `${escapeHtml(lead!)}<mark>${escapeHtml(core!)}</mark>${escapeHtml(trail!)}`;
  const typed = query.words[last]!;
  if (!forms.whole.startsWith(typed)) return `${escapeHtml(lead!)}<mark>${escapeHtml(core)}</mark>${escapeHtml(trail!)}`;
  // Count the letters and digits of the core until the typed start is covered (folding keeps one per character).
  const chars = Array.from(core);
  let counted = 0;
  let cut = 0;
  while (cut < chars.length && counted < typed.length) {
    if (/[\p{L}\p{N}]/u.test(chars[cut]!)) counted++;
    cut++;
  }
  return `${escapeHtml(lead!)}<mark>${escapeHtml(chars.slice(0, cut).join(''))}</mark>${escapeHtml(chars.slice(cut).join('') + trail!)}`;
}
