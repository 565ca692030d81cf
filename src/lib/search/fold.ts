// Vietnamese folding for search. Pagefind strips tone marks itself but keeps đ, a letter of its own,
// so "dang vien" never reaches "đảng viên". At index time each word holding đ is joined to its folded
// twin by a soft hyphen ("Đảng\u00AD^~dang~^"): Pagefind indexes both halves at the word's own position,
// so phrases still line up; the results show the original text again once twins are stripped.

/** Joins a word to its folded twin: a soft hyphen (Pagefind splits compounds there) and a rare ASCII pair. */
export const TWIN_MARK = '\u00AD^~';
/** Closes the twin, so stripping it never eats text Pagefind glued to the word. */
export const TWIN_END = '~^';

const D_STROKE = /[đĐ]/;

/** "Đảng viên" → "Dang vien": no tone or vowel marks, đ → d, case kept. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case folded form, the shape the index and the query meet in. */
export function foldForSearch(text: string): string {
  return foldVietnamese(text).toLowerCase();
}

/** True when Pagefind's own folding would miss the word: it holds đ or Đ. */
export function needsTwin(word: string): boolean {
  return D_STROKE.test(word);
}

// A word split into leading punctuation, its core, and trailing punctuation: "(Đảng)," → "(", "Đảng", "),".
const WORD_PARTS = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/** "(Đảng)," → "(Đảng\u00AD^~dang~^),": the twin holds only letters and digits between its marks. */
export function withFoldTwin(word: string): string {
  const [, lead, core, trail] = WORD_PARTS.exec(word)!;
  const twin = foldForSearch(core!).replace(/[^\p{L}\p{N}]/gu, '');
  return twin ? `${lead}${core}${TWIN_MARK}${twin}${TWIN_END}${trail}` : word;
}

// A word of HTML text: no whitespace, and no non-breaking space written as an entity.
const HTML_WORD = /(?:(?!&nbsp;|&#160;|&#xa0;)\S)+/gi;

/** Gives each word that holds đ its folded twin; whitespace and every other word are kept as they are. */
export function addFoldTwins(text: string): string {
  return text.replace(HTML_WORD, (word) => (needsTwin(word) ? withFoldTwin(word) : word));
}

const TWIN = /\u00AD\^~[\p{L}\p{N}]*~\^/gu;

/** Removes the twins from text Pagefind returns (excerpt with <mark>, title, section text). */
export function stripFoldTwins(text: string): string {
  return text.replace(TWIN, '');
}
