import { describe, expect, it } from 'vitest';
import { phraseQuery, rankResults } from '../../src/lib/search/rank.ts';

const r = (id: string, score = 1) => ({ id, score });

describe('the phrase pass', () => {
  it('searches the folded words as one exact phrase', () => {
    expect(phraseQuery('Đảng bộ quận')).toBe('"dang bo quan"');
    expect(phraseQuery('“phai nhạt” lý tưởng!')).toBe('"phai nhat ly tuong"');
  });

  it('is skipped for a single word', () => {
    expect(phraseQuery('đình')).toBeNull();
    expect(phraseQuery('  đình, ')).toBeNull();
  });
});

describe('the final order', () => {
  it('puts the numbered document first, then phrase matches in Pagefind’s order, then the rest, each once', () => {
    const main = [r('a'), r('b'), r('c'), r('d')];
    expect(rankResults(main, [r('d')], [r('c'), r('b')]).map((x) => x.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('keeps Pagefind’s order when there is no number and no phrase match', () => {
    expect(rankResults([r('a'), r('b')], [], []).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
