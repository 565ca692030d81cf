// Vietnamese folding for search. Pagefind strips tone marks itself but keeps đ, a letter of its own,
// so "dang vien" never reaches "đảng viên". At index time each word holding đ gets a folded twin
// right after it ("Đảng ^~dang"); the results show the original text again once twins are stripped.

/** Starts every folded twin; ASCII punctuation, so Pagefind indexes only the letters after it. */
export const TWIN_MARK = '^~';

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

/** The folded twin of one word, e.g. "Đảng," → "^~dang,". */
export function foldTwin(word: string): string {
  return `${TWIN_MARK}${foldForSearch(word)}`;
}

/** Adds a folded twin after each word that holds đ; whitespace and every other word are kept as they are. */
export function addFoldTwins(text: string): string {
  return text.replace(/\S+/g, (word) => (needsTwin(word) ? `${word} ${foldTwin(word)}` : word));
}

const MARKED_TWIN = /^<mark>\^~.*<\/mark>$/s;
const TRAILING_STOP = /[.:;,!?]+$/;

/**
 * Removes the twins from text Pagefind returns (excerpt with <mark>, title, section text).
 * A highlighted twin passes its highlight to the word it stands for.
 */
export function stripFoldTwins(text: string): string {
  if (!text.includes(TWIN_MARK)) return text;
  const words = text.split(' ');
  const kept: string[] = [];
  for (const word of words) {
    const marked = MARKED_TWIN.test(word);
    if (!marked && !word.startsWith(TWIN_MARK)) {
      kept.push(word);
      continue;
    }
    const previous = kept.length - 1;
    if (previous < 0) continue;
    // Pagefind ends a heading's text with "." after its last word, which may be the twin.
    const closing = TRAILING_STOP.exec(word.replace('</mark>', ''))?.[0] ?? '';
    let original = kept[previous]!;
    if (closing && !original.replace('</mark>', '').endsWith(closing)) original = original.endsWith('</mark>') ? original.replace(/<\/mark>$/, `${closing}</mark>`) : `${original}${closing}`;
    if (marked && !original.startsWith('<mark>')) original = `<mark>${original}</mark>`;
    kept[previous] = original;
  }
  return kept.join(' ');
}
