import { describe, expect, it } from 'vitest';
import { MatchClass, holdsAllWords, matchesNearTogether, passageSpan, settledOrder, verifiedClass } from '../../src/lib/search/precision.ts';
import { queryWords } from '../../src/lib/search/rank.ts';

describe('every word of the query, judged from match positions', () => {
  it('holds when as many distinct positions as words fall within one passage', () => {
    expect(matchesNearTogether([3, 4, 5], 3)).toBe(true);
    expect(matchesNearTogether([3, 3 + passageSpan(2) - 1], 2)).toBe(true);
  });

  it('does not hold for words scattered over the page ("Tăng Hữu Phong" in three distant places)', () => {
    expect(matchesNearTogether([28, 2004, 3622], 3)).toBe(false);
    expect(matchesNearTogether([3, 3 + passageSpan(2)], 2)).toBe(false);
  });

  it('counts a word and its folded twin, which share a position, once', () => {
    expect(matchesNearTogether([7, 7], 2)).toBe(false);
  });
});

describe('every word of the query, checked in the page text', () => {
  const page = 'Về tăng\u00A0cường công tác xây dựng Đảng\u00AD^~dang~^ … sở hữu … tác phong. Mỗi cán bộ, đảng\u00AD^~dang~^ viên; Quyết định 99-QĐ/TW\u00AD^~99qdtw~^ ban hành.';

  it('finds whole words whatever the marks and đ, in one passage', () => {
    expect(holdsAllWords(page, queryWords('dang vien'))).toBe(true);
    expect(holdsAllWords(page, queryWords('Cán bộ đảng viên'))).toBe(true);
    expect(holdsAllWords(page, queryWords('99-QD/TW'))).toBe(true);
  });

  it('refuses a word that is only the start of another word, except the last one, still being typed', () => {
    expect(holdsAllWords(page, queryWords('tan cuong'))).toBe(false);
    expect(holdsAllWords(page, queryWords('tang cuo'), undefined, true)).toBe(true);
    // Searched as complete (Enter, an address): "cuo" is not a word of the page.
    expect(holdsAllWords(page, queryWords('tang cuo'))).toBe(false);
  });

  it('refuses words that are all on the page but far apart', () => {
    const long = `tăng ${'chữ '.repeat(200)} hữu ${'chữ '.repeat(200)} phong`;
    expect(holdsAllWords(long, queryWords('Tăng Hữu Phong'))).toBe(false);
    expect(holdsAllWords('ông Tăng Hữu Phong, tổ trưởng', queryWords('Tăng Hữu Phong'))).toBe(true);
  });

  it('refuses a number that only starts the same: "99-QD/TW" is not "99,51%"', () => {
    expect(holdsAllWords('Hài lòng 12.926. 99,51% Bình thường', queryWords('99-QD/TW'))).toBe(false);
  });

  it('reads a number as one word: "08" is not "0,8 m", "02" not the day of 02/02/2018, but "2017" is the year of 01/12/2017', () => {
    expect(holdsAllWords('cao chừng 0,8 m', queryWords('08'))).toBe(false);
    expect(holdsAllWords('ngày 02/02/2018', queryWords('02'))).toBe(false);
    expect(holdsAllWords('ngày 01/12/2017', queryWords('2017'))).toBe(true);
    expect(holdsAllWords('Quy định 124-QĐ/TW.', queryWords('124'))).toBe(true);
    expect(holdsAllWords('Quy định 1240-QĐ/TW.', queryWords('124'))).toBe(false);
  });

  it('checks only passages around the given positions when there are some', () => {
    expect(holdsAllWords('đảng viên và cán bộ', queryWords('dang vien'), [0, 1])).toBe(true);
    expect(holdsAllWords('đảng viên và cán bộ', queryWords('dang vien'), [3])).toBe(false);
  });
});

describe('the order of a page of results', () => {
  const { number, phrase, allWords, loose } = MatchClass;

  it('confirms a phrase only when the words stand in order, else keeps all words, else loose', () => {
    const words = queryWords('dang bo');
    expect(verifiedClass(phrase, 'toàn Đảng\u00AD^~dang~^ bộ quận', words, [1, 2])).toBe(phrase);
    expect(verifiedClass(phrase, 'cán bộ, đảng\u00AD^~dang~^ viên', words, [1, 2])).toBe(allWords);
    expect(verifiedClass(allWords, 'đang bổ sung', queryWords('dang bo sung'), [0, 1, 2])).toBe(allWords);
    expect(verifiedClass(allWords, 'tăng cường', queryWords('tan cuong'), [0, 1])).toBe(loose);
    expect(verifiedClass(number, 'anything', words, [])).toBe(number);
  });

  it('paints a result only once nothing still loading can land above it', () => {
    const candidates = [number, phrase, phrase, allWords, loose];
    // The second phrase candidate is still on its way: the first, confirmed, can show; the lowered one waits.
    expect(settledOrder(candidates, [number, phrase, undefined, allWords, undefined])).toEqual([0, 1]);
    expect(settledOrder(candidates, [number, allWords, undefined, allWords, loose])).toEqual([0]);
    // All in: by class, then rank.
    expect(settledOrder(candidates, [number, allWords, phrase, allWords, loose])).toEqual([0, 2, 1, 3, 4]);
  });
});
