import { describe, expect, it } from 'vitest';
import { longestRun, queryWords, rankResults } from '../../src/lib/search/rank.ts';

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
  it('puts the numbered document first, then phrase matches, then words in one passage, then the rest, each once', () => {
    const main = [r('far', [1, 400]), r('a', [1, 5]), r('b', [7, 8]), r('c', [2, 3, 9]), r('d', [1])];
    const ranked = rankResults(main, [r('d')], ['x', 'y']);
    expect(ranked.results.map((x) => x.id)).toEqual(['d', 'b', 'c', 'a', 'far']);
    expect(ranked.exactCount).toBe(4);
    expect(ranked.pinned).toBe(1);
  });

  it('counts as looser a page whose only matches lie far apart', () => {
    const ranked = rankResults([r('scattered', [28, 2004, 3622]), r('together', [10, 11, 12])], [], ['tang', 'huu', 'phong']);
    expect(ranked.results.map((x) => x.id)).toEqual(['together', 'scattered']);
    expect(ranked.exactCount).toBe(1);
  });

  it('shows a numbered document through its text match when it has one, which places the highlights', () => {
    const text = r('d', [4, 5]);
    const [first] = rankResults([r('a'), text], [r('d')], ['x']).results;
    expect(first).toBe(text);
  });

  it('keeps Pagefind’s order for a single word, where there is no phrase', () => {
    expect(rankResults([r('a', [1]), r('b', [1, 2])], [], ['x']).results.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('asks a word typed twice to be on the page once', () => {
    const ranked = rankResults([r('a', [5, 6])], [], ['dang', 'vien', 'dang', 'vien']);
    expect(ranked.exactCount).toBe(1);
  });
});
