import { describe, expect, it } from 'vitest';
import { longestRun, opensWith, queryWords, rankResults } from '../../src/lib/search/rank.ts';

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

describe('pages holding the phrase', () => {
  it('come with those whose title opens with it first (the page text starts with its title)', () => {
    const plan = r('plan', [3, 4, 5, 6]);
    const resolution = r('resolution', [0, 1, 2, 40]);
    expect(rankResults([plan, resolution], [], ['nghi', 'quyet', 'trung', 'uong']).results.map((x) => x.id)).toEqual(['plan', 'resolution']);
    expect(rankResults([plan, resolution], [], ['nghi', 'quyet', 'trung']).results.map((x) => x.id)).toEqual(['resolution', 'plan']);
    expect(opensWith([0, 1, 2], 3)).toBe(true);
    expect(opensWith([1, 2, 3], 3)).toBe(false);
  });
});

describe('documents of the year typed', () => {
  it('are pinned after those named by number, each document once, and only the numbered ones count as numbered', () => {
    const ranked = rankResults([r('a', [1, 2]), r('b', [5, 6])], [r('n')], ['x', 'y'], [r('n'), r('b')]);
    expect(ranked.results.map((x) => x.id)).toEqual(['n', 'b', 'a']);
    expect([ranked.pinned, ranked.numbered]).toEqual([2, 1]);
  });
});
