import { describe, expect, it } from 'vitest';
import { holdsPhrase, longestRun, phraseFirst, queryWords, rankResults } from '../../src/lib/search/rank.ts';

const r = (id: string, words: number[] = []) => ({ id, score: 1, words });

describe('words side by side', () => {
  it('are measured as the longest run of consecutive positions', () => {
    expect(longestRun([40, 3, 4, 5, 9, 10])).toBe(3);
    expect(longestRun([7])).toBe(1);
    expect(longestRun([])).toBe(0);
  });

  it('count a position matched twice (a word and its folded twin) once', () => {
    expect(longestRun([4, 4, 5])).toBe(2);
  });

  it('are counted against the words of the query, folded, punctuation aside', () => {
    expect(queryWords('Đảng bộ quận')).toEqual(['dang', 'bo', 'quan']);
    expect(queryWords('“phai nhạt” – lý tưởng')).toEqual(['phai', 'nhat', 'ly', 'tuong']);
  });
});

describe('the final order', () => {
  it('puts the numbered document first, then phrase matches in Pagefind’s order, then the rest, each once', () => {
    const main = [r('a', [1, 5]), r('b', [7, 8]), r('c', [2, 3, 9]), r('d', [1])];
    expect(rankResults(main, [r('d')], 2).map((x) => x.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('shows a numbered document through its text match when it has one, which places the highlights', () => {
    const text = r('d', [4, 5]);
    const [first] = rankResults([r('a'), text], [r('d')], 1);
    expect(first).toBe(text);
  });

  it('keeps Pagefind’s order for a single word, where there is no phrase', () => {
    expect(rankResults([r('a', [1]), r('b', [1, 2])], [], 1).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('a phrase on the page', () => {
  const content = 'Số liệu của toàn Đảng\u00AD^~dang~^ bộ quận năm 2019. Mỗi cán bộ, đảng\u00AD^~dang~^ viên phải rèn luyện.';

  it('is found in order whatever the marks, đ and punctuation', () => {
    expect(holdsPhrase(content, queryWords('Dang bo'))).toBe(true);
    expect(holdsPhrase(content, queryWords('cán bộ đảng viên'))).toBe(true);
  });

  it('is not found when the same words stand in another order', () => {
    expect(holdsPhrase('Mỗi cán bộ, đảng\u00AD^~dang~^ viên', queryWords('dang bo'))).toBe(false);
  });

  it('checks only the given start positions when there are some', () => {
    const words = queryWords('dang bo');
    expect(holdsPhrase(content, words, [4])).toBe(true);
    expect(holdsPhrase(content, words, [9])).toBe(false);
  });

  it('accepts an unfinished last word, as while typing', () => {
    expect(holdsPhrase(content, queryWords('dang bo qu'))).toBe(true);
    expect(holdsPhrase(content, queryWords('dang bo x'))).toBe(false);
  });
});

describe('the first page', () => {
  it('keeps numbered documents on top, then puts verified phrases ahead, order otherwise kept', () => {
    expect(phraseFirst(['n', 'a', 'P', 'b', 'Q'], 1, (x) => x === x.toUpperCase() && x !== 'n')).toEqual(['n', 'P', 'Q', 'a', 'b']);
  });
});
